// npm run bench:verify — `cable verify` on a manuscript of 100,000 words with 300 quotations (half of them cited
// with their pandoc keys, one in ten altered) against a generated collection of 10,000 documents (target ≤ 10 s),
// and on a manuscript of 1,000 words against the sample beside `cable search` (target ≤ 1.5×).
// BENCH_PROFILE=<folder> writes a CPU profile of the long run there (node --cpu-prof).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDocument, writeCollection } from './generate.mjs';
import { ENV, timeCommand } from './startup-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'cable.js');
const node = process.execPath;
const COUNT = Number(process.env.BENCH_DOCUMENTS ?? 10000);

// A seeded generator, so every run checks the same manuscript.
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

/** Filler prose from the same sentences the documents are made of, and `quotes` quotations of their passages. */
function manuscript(dir, words, quotes, keys) {
  const passages = [];
  for (let i = 0; passages.length < quotes; i += 37) {
    const id = String(100000 + (i % COUNT));
    const text = readFileSync(join(dir, `${id}.md`), 'utf8')
      .split('\n\n')
      .slice(1);
    const paragraph = text[Math.floor(random() * text.length)] ?? '';
    const ws = paragraph.replace(/^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh)\.\s*/, '').split(/\s+/);
    if (ws.length < 30) continue;
    const start = Math.floor(random() * (ws.length - 20));
    const quote = ws.slice(start, start + 8 + Math.floor(random() * 12));
    // One in ten altered: a word replaced.
    if (passages.length % 10 === 3) quote[3] = 'never';
    const key = keys.get(id);
    passages.push(`"${quote.join(' ')}"${passages.length % 2 === 0 && key ? ` [@${key}]` : ''}`);
  }
  const out = [];
  let count = 0;
  let n = 0;
  const every = Math.floor(words / (quotes + 1));
  while (count < words) {
    const filler = makeDocument(1000000 + n)
      .split('\n\n')
      .slice(1)
      .join(' ')
      .replace(/["“”«»„「」>]/g, '');
    const ws = filler.split(/\s+/).slice(0, every);
    out.push(`${ws.join(' ')} ${passages[n] ?? ''}`);
    count += ws.length;
    n++;
  }
  return out.join('\n\n');
}

const work = mkdtempSync(join(tmpdir(), 'cable-bench-verify-'));
try {
  const dir = join(work, 'collection');
  execFileSync('mkdir', ['-p', dir]);
  writeCollection(dir, COUNT);
  execFileSync(node, [bin, 'index', '--dir', dir], { stdio: 'ignore', env: ENV });
  const items = JSON.parse(
    execFileSync(node, [bin, 'cite', '--all', '--style', 'csl-json', '--dir', dir], { env: ENV, maxBuffer: 1 << 30 }),
  );
  // A key ends with the document's id ("cable1974_100042").
  const keys = new Map(items.map((item) => [item.id.slice(item.id.lastIndexOf('_') + 1), item.id]));
  const big = join(work, 'manuscript.md');
  writeFileSync(big, manuscript(dir, 100000, 300, keys));
  const started = process.hrtime.bigint();
  const run = spawnSync(
    node,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []),
      bin,
      'verify',
      big,
      '--dir',
      dir,
      '--warn-only',
    ],
    {
      env: ENV,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(run.stdout.trimEnd().split('\n').at(-1));
  console.log(`verify, 100,000 words, 300 quotations, ${COUNT} documents: ${seconds.toFixed(2)} s (target ≤ 10 s)`);

  const small = join(work, 'short.md');
  const seedText = readFileSync(join(root, 'documents', '121767.md'), 'utf8');
  const quotes = seedText
    .split('\n\n')
    .filter((p) => p.split(' ').length > 20)
    .slice(0, 4)
    .map((p) => `"${p.split(' ').slice(2, 14).join(' ')}"`);
  const filler = makeDocument(5)
    .split('\n\n')
    .slice(1)
    .join(' ')
    .replace(/["“”«»„「」>]/g, '')
    .split(/\s+/);
  writeFileSync(small, `${filler.slice(0, 950).join(' ')} ${quotes.join(' ')}\n`);
  const verify = timeCommand([node, bin, 'verify', small, '--style', 'archive', '--warn-only'], { runs: 9 });
  const search = timeCommand([node, bin, 'search', 'Roshchin'], { runs: 9 });
  console.log(
    `verify, 1,000 words against the sample: ${verify.toFixed(1)} ms, ${(verify / search).toFixed(2)}× cable search (${search.toFixed(1)} ms; target ≤ 1.5×)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
