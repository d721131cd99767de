// npm run bench:parse — parse throughput of the pure parser, in MB/s, on the corpus and on
// generated 1, 10 and 50 MB documents, to show that time grows linearly with size.

import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { makeDocument } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The parser alone, bundled for this run (the CLI bundle does not export it).
const out = join(tmpdir(), `cable-parse-${process.pid}.mjs`);
await build({
  entryPoints: [join(root, 'src/parse/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const { parseDocument } = await import(pathToFileURL(out).href);
rmSync(out);

function measure(text, runs) {
  parseDocument(text, { path: 'warm.md' });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    parseDocument(text, { path: 'x.md' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const corpusDir = join(root, 'tests', 'fixtures', 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const corpusBytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
let corpusEach = 0;
for (const t of corpus) corpusEach += measure(t, 20);
console.log(
  `corpus, ${corpus.length} documents (${(corpusBytes / 1024).toFixed(0)} KB): ${(corpusBytes / 1e6 / (corpusEach / 1000)).toFixed(1)} MB/s, one by one`,
);

/** A document of about `mb` megabytes: the generator's body, repeated, with numbered points. */
function sized(mb) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < mb * 1e6; i++) {
    const body = makeDocument(i).split('\n\n').slice(1).join('\n\n');
    parts.push(`${i + 1}. ${body}`);
    size += body.length;
  }
  return `## May 1, 1950\n# A long document\n### Summary:\nGenerated.\n\n${parts.join('\n\n')}\n`;
}

let previous = null;
for (const mb of [1, 10, 50]) {
  const text = sized(mb);
  const ms = measure(text, mb === 50 ? 3 : 5);
  const rate = text.length / 1e6 / (ms / 1000);
  const growth =
    previous === null
      ? ''
      : `; ${(ms / previous.ms).toFixed(1)}× the time for ${(text.length / previous.size).toFixed(1)}× the size`;
  console.log(`${String(mb).padStart(2)} MB: ${ms.toFixed(0).padStart(5)} ms, ${rate.toFixed(1)} MB/s${growth}`);
  previous = { ms, size: text.length };
}

// Pathological shapes (hostile input): each at two sizes, ten times apart; linear parsing takes about ten times as long.
const SHAPES = {
  'a heading of spaces, then a line separator': (n) => `# ${' '.repeat(n)}\u2028x\n`,
  'a heading of closing #s': (n) => `###### ${'# '.repeat(n / 2)}\n`,
  'a heading of emphasis': (n) => `# ${'*'.repeat(n)}\n`,
  'a heading of nested emphasis': (n) => `# ${'_*'.repeat(n / 4)}x${'*_'.repeat(n / 4)}\n`,
  'one long paragraph': (n) => `## 1950\n# T\n\n${'word '.repeat(n / 5)}\n`,
  'points without end': (n) =>
    `## 1950\n# T\n\n${Array.from({ length: n / 10 }, (_, i) => `${i + 1}. p`).join('\n\n')}\n`,
};
for (const [name, shape] of Object.entries(SHAPES)) {
  const small = measure(shape(200_000), 3);
  const large = measure(shape(2_000_000), 3);
  console.log(
    `${name.padEnd(44)} 0.2 MB: ${small.toFixed(0).padStart(4)} ms; 2 MB: ${large.toFixed(0).padStart(5)} ms; ${(large / small).toFixed(1)}× for 10×`,
  );
}
