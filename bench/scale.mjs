// npm run bench:scale — every row of #18's table on this machine: citations (bench/cite.mjs), `cite --all` over
// 3,000 documents, and `list`, `search` and the index build over collections of 10,000 and 100,000 documents
// generated from the corpus's own sentences (bench/generate.mjs), each with its target and "met" or "not met".
// `BENCH_SCALE=10000` measures the 10,000-document rows only (the 100,000 collection is ~400 MB and its index
// ~700 MB; building both takes minutes).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citeRows } from './cite.mjs';
import { writeCollection } from './generate.mjs';
import { ENV, peakMemoryMb, printRows, row, timeCommand, timeCommands } from './startup-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'cable.js');
const node = process.execPath;
const sizes = (process.env.BENCH_SCALE ?? '10000,100000').split(',').map(Number);
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

const rows = [];
const work = mkdtempSync(join(tmpdir(), 'cable-bench-scale-'));
try {
  const { rows: cite, baseline } = citeRows();
  rows.push(...cite);

  // cite --all over 3,000 documents: the first 3,000 of a generated collection.
  const three = join(work, 'c3000');
  execFileSync('mkdir', ['-p', three]);
  writeCollection(three, 3000);
  const allMs = timeCommand([node, bin, 'cite', '--all', '--style', 'chicago-bib', '--dir', three], {
    runs: 1,
    env: { CABLE_NO_CITATION_CACHE: '1' },
  });
  rows.push(row('cite --all --style chicago-bib, 3,000 documents', allMs / 1000, 8, 's'));

  for (const count of sizes) {
    const dir = join(work, `c${count}`);
    execFileSync('mkdir', ['-p', dir]);
    const bytes = writeCollection(dir, count);
    const label = count.toLocaleString('en');
    const started = process.hrtime.bigint();
    execFileSync(node, [bin, 'index', '--rebuild', '--dir', dir], { stdio: 'ignore', env: ENV });
    const buildS = Number(process.hrtime.bigint() - started) / 1e9;
    const buildMb = peakMemoryMb([node, bin, 'index', '--rebuild', '--dir', dir]);
    const big = count >= 100000;
    rows.push(row(`index build, ${label} documents (${(bytes / 1e6).toFixed(0)} MB)`, buildS, big ? 30 : 4, 's'));
    rows.push(row(`index build, ${label} documents, peak memory`, buildMb, 250, 'MB'));

    const [base, list] = timeCommands(
      [
        [node, '-e', ''],
        [node, bin, 'list', '--dir', dir],
      ],
      { runs: big ? 5 : 9 },
    );
    rows.push(row(`list, ${label} documents`, (list ?? 0) / (base ?? baseline), big ? 3 : 2, '×'));
    rows.push(
      row(
        `list, ${label} documents, peak memory`,
        peakMemoryMb([node, bin, 'list', '--dir', dir]),
        big ? 150 : 100,
        'MB',
      ),
    );

    // A rare word, against rg -l over the same files (the scan an index should beat).
    const search = timeCommand([node, bin, 'search', 'Roshchin', '--dir', dir], { runs: big ? 5 : 9 });
    if (has('rg')) {
      const rg = timeCommand(['rg', '-li', '--glob', '*.md', 'Roshchin', dir], {
        runs: big ? 5 : 9,
        allowFailure: true,
      });
      rows.push(row(`search, ${label} documents, rare word`, search / rg, big ? 0.5 : 2, '× rg -l'));
    } else
      rows.push({
        what: `search, ${label} documents, rare word`,
        shown: `${search.toFixed(0)} ms`,
        goal: 'rg -l not installed',
        met: null,
      });
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
printRows(rows);
