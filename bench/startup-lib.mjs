// Shared by the benchmarks: wall time of whole commands, as a user waits for them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The environment every measured command runs in: the user's own collection,
 * cache, pager and terminal settings left out, so that a benchmark measures
 * cable on the sample (or the collection it names), wherever it runs.
 */
export const ENV = (() => {
  const home = mkdtempSync(join(tmpdir(), 'cable-bench-home-'));
  const env = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache') };
  for (const name of ['CABLE_DIR', 'PAGER', 'CABLE_PAGER', 'COLUMNS', 'FORCE_COLOR', 'FORCE_HYPERLINK', 'DEBUG']) {
    delete env[name];
  }
  return { ...env, NO_COLOR: '1' };
})();

function once(argv, { env = {}, cwd, allowFailure = false } = {}) {
  const start = process.hrtime.bigint();
  // Output goes to a pipe, as in `cable point 3 | pbcopy`: read, as a reader would, not thrown away.
  const result = spawnSync(argv[0], argv.slice(1), {
    env: { ...ENV, ...env },
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !(allowFailure && result.status === 1))
    throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/** Median of `runs` timings, after two warm-up runs. */
export function timeCommand(argv, { runs = 15, ...options } = {}) {
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const ms = once(argv, options);
    if (i >= 2) times.push(ms);
  }
  return median(times);
}

/**
 * Medians of several commands measured in turn (a, b, c, a, b, c, …), so
 * that a machine growing busier or quieter during the run affects all alike.
 */
export function timeCommands(commands, { runs = 15, ...options } = {}) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs + 2; i++) {
    commands.forEach((argv, k) => {
      const ms = once(argv, options);
      if (i >= 2) times[k].push(ms);
    });
  }
  return times.map(median);
}

export function report(rows, baseline) {
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, ms] of rows) {
    console.log(`${name.padEnd(width)}  ${ms.toFixed(1).padStart(7)} ms  ${(ms / baseline).toFixed(2)}× node -e ''`);
  }
}

/** Peak resident memory of one run of a command, in MB (GNU time's %M), or null without /usr/bin/time. */
export function peakMemoryMb(argv, { env = {}, cwd } = {}) {
  if (!existsSync('/usr/bin/time')) return null;
  // The command's own output is not kept (a list of 100,000 documents is more than a pipe buffer holds).
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], {
    encoding: 'utf8',
    env: { ...ENV, ...env },
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

/**
 * One row of a benchmark's table: what a user does, what it measured, the target, and whether it is met.
 * `value` and `target` are in the row's unit (× node -e '', ms, s or MB).
 */
export function row(what, measured, target, unit) {
  const met = measured === null ? null : measured <= target;
  const ratio = unit.startsWith('×');
  const per = unit === '×' ? "× node -e ''" : unit;
  const shown =
    measured === null
      ? '?'
      : ratio
        ? `${measured.toFixed(2)}${per}`
        : `${measured.toFixed(unit === 's' ? 2 : 0)} ${unit}`;
  const goal = ratio ? `≤ ${target}${per}` : `≤ ${target} ${unit}`;
  return { what, shown, goal, met };
}

/** Prints rows as a table: what, measured, target, met / not met. */
export function printRows(rows) {
  const w = Math.max(...rows.map((r) => r.what.length));
  const v = Math.max(...rows.map((r) => r.shown.length));
  const g = Math.max(...rows.map((r) => r.goal.length));
  for (const r of rows)
    console.log(
      `${r.what.padEnd(w)}  ${r.shown.padStart(v)}  ${r.goal.padEnd(g)}  ${r.met === null ? '?' : r.met ? 'met' : 'not met'}`,
    );
}
