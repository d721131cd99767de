// Shared by the benchmarks: wall time of whole commands, in one run, as a user waits for them.
import { spawnSync } from 'node:child_process';

export function timeCommand(argv, { runs = 15, env = {}, cwd, allowFailure = false } = {}) {
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, NO_COLOR: '1', ...env }, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && !(allowFailure && result.status === 1)) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i >= 2) times.push(ms); // two warm-up runs
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function report(rows, baseline) {
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, ms] of rows) {
    console.log(`${name.padEnd(width)}  ${ms.toFixed(1).padStart(7)} ms  ${(ms / baseline).toFixed(2)}× node -e ''`);
  }
}
