// npm run bench:cite — `cable cite` in each style beside `node -e ''` (medians, in one run, interleaved), a first
// call (no cached citation) and the same citation asked again, with peak memory, against #18's targets.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { peakMemoryMb, printRows, row, timeCommands } from './startup-lib.mjs';

const bin = fileURLToPath(new URL('../bin/cable.js', import.meta.url));
const node = process.execPath;
const FIRST = { CABLE_NO_CITATION_CACHE: '1' };

/** The citation rows of #18's table, measured now. */
export function citeRows() {
  const styles = [
    ['chicago', 3.5, 150],
    ['chicago-bib', 4, null],
    ['apa', 3.5, null],
    ['chicago-author-date', 4, null],
    ['mla', 3, null],
  ];
  // A cache of its own, warmed once, for the citation asked again.
  const cache = mkdtempSync(join(tmpdir(), 'cable-bench-cache-'));
  const again = { XDG_CACHE_HOME: cache };
  const commands = [[node, '-e', ''], ...styles.map(([style]) => [node, bin, 'cite', '--style', style])];
  const [baseline, ...first] = timeCommands(commands, { env: FIRST });
  timeCommands([[node, bin, 'cite', '--style', 'chicago']], { env: again, runs: 1 });
  const [base2, repeated] = timeCommands(
    [
      [node, '-e', ''],
      [node, bin, 'cite', '--style', 'chicago'],
    ],
    { env: again },
  );
  const rows = [];
  styles.forEach(([style, times, mb], i) => {
    rows.push(row(`cite --style ${style}, first call`, (first[i] ?? 0) / baseline, times, '×'));
    if (mb !== null)
      rows.push(
        row(
          `cite --style ${style}, first call, peak memory`,
          peakMemoryMb([node, bin, 'cite', '--style', style], { env: FIRST }),
          mb,
          'MB',
        ),
      );
    if (style === 'chicago')
      rows.push(row('cite --style chicago, the same citation again', (repeated ?? 0) / base2, 1.3, '×'));
  });
  return { rows, baseline };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, baseline } = citeRows();
  console.log(`node -e '': ${baseline.toFixed(1)} ms`);
  printRows(rows);
}
