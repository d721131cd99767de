// npm run bench:search — builds a 10,000-document collection from the corpus's own sentences and
// measures, in one run: index build, cable search (rare word, common word, phrase; whole process,
// warm), rg -l and grep -rl for the same words, adding one document, and peak memory.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDocument, writeCollection } from './generate.mjs';
import { ENV, peakMemoryMb, timeCommand } from './startup-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'cable.js');
const COUNT = Number(process.env.BENCH_DOCUMENTS ?? 10000);

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const dir = mkdtempSync(join(tmpdir(), 'cable-bench-'));
try {
  const bytes = writeCollection(dir, COUNT);
  console.log(`collection: ${COUNT} documents, ${(bytes / COUNT / 1024).toFixed(1)} KB each on average, in ${dir}`);

  const node = process.execPath;
  const started = process.hrtime.bigint();
  execFileSync(node, [bin, 'index', '--rebuild', '--dir', dir], { stdio: 'ignore', env: ENV });
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  const buildMemory = peakMemoryMb([node, bin, 'index', '--rebuild', '--dir', dir]);
  console.log(
    `index build: ${(buildMs / 1000).toFixed(2)} s (target ≤ 10 s); peak memory ${buildMemory === null ? '?' : `${buildMemory.toFixed(0)} MB`}`,
  );

  const queries = [
    ['rare word', ['Roshchin'], 'Roshchin'],
    ['common word', ['government'], 'government'],
    ['phrase', ['"coalition government"'], 'coalition government'],
  ];
  const rg = has('rg');
  let worstMemory = buildMemory ?? 0;
  for (const [name, cableArgs, pattern] of queries) {
    const cable = timeCommand([node, bin, 'search', ...cableArgs, '--dir', dir], { runs: 9 });
    const grep = timeCommand(['grep', '-rli', '--include=*.md', pattern, dir], { runs: 9, allowFailure: true });
    const rgMs = rg
      ? timeCommand(['rg', '-li', '--glob', '*.md', pattern, dir], { runs: 9, allowFailure: true })
      : null;
    const memory = peakMemoryMb([node, bin, 'search', ...cableArgs, '--dir', dir]);
    worstMemory = Math.max(worstMemory, memory ?? 0);
    const vsRg = rgMs === null ? 'rg not installed' : `${(cable / rgMs).toFixed(2)}× rg -l (${rgMs.toFixed(1)} ms)`;
    console.log(
      `search, ${name.padEnd(11)}: ${cable.toFixed(1).padStart(7)} ms  ${vsRg}; ${(cable / grep).toFixed(2)}× grep -rl (${grep.toFixed(1)} ms); peak ${memory === null ? '?' : `${memory.toFixed(0)} MB`}`,
    );
  }

  // Names in other spellings (Pinyin and Wade-Giles, Cyrillic and Latin) cost the query its expansion: the same
  // searches with --exact-spelling, and their ratio (target ≤ 1.2×).
  for (const [name, cableArgs] of [
    ['a name', ['Roshchin']],
    ['a Chinese name', ['Zhou', 'Enlai']],
  ]) {
    const spelled = timeCommand([node, bin, 'search', ...cableArgs, '--dir', dir], { runs: 9, allowFailure: true });
    const exact = timeCommand([node, bin, 'search', ...cableArgs, '--exact-spelling', '--dir', dir], {
      runs: 9,
      allowFailure: true,
    });
    console.log(
      `search, ${name}: ${spelled.toFixed(1)} ms with other spellings, ${exact.toFixed(1)} ms with --exact-spelling: ${(spelled / exact).toFixed(2)}× (target ≤ 1.2×)`,
    );
  }

  // Adding one document to the indexed collection: the whole `cable add`, index update included.
  const extra = join(tmpdir(), `cable-bench-extra-${process.pid}.md`);
  const addTimes = [];
  for (let i = 0; i < 5; i++) {
    writeFileSync(extra, makeDocument(COUNT + i));
    const t = process.hrtime.bigint();
    execFileSync(node, [bin, 'add', extra, '--id', `extra-${i}`, '--dir', dir], { stdio: 'ignore', env: ENV });
    addTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  rmSync(extra, { force: true });
  addTimes.sort((a, b) => a - b);
  console.log(`add one document to the indexed collection: ${addTimes[2].toFixed(1)} ms median (target ≤ 200 ms)`);
  console.log(`peak memory of any measured command: ${worstMemory.toFixed(0)} MB (target ≤ 200 MB)`);
  console.log(`node -e '': ${timeCommand([node, '-e', '']).toFixed(1)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
