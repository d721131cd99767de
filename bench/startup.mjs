// npm run bench:startup — median wall time of cable's quick commands beside `node -e ''`, in one run,
// measured in turn so that the machine's load affects all alike. `show` is measured piped and on a
// pseudo-terminal (through script(1)), where it colours, wraps and links.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { report, timeCommands } from './startup-lib.mjs';

const bin = fileURLToPath(new URL('../bin/cable.js', import.meta.url));
const node = process.execPath;
const runs = Number(process.env.BENCH_RUNS ?? 31);
const names = ["node -e ''", 'cable cite', 'cable point 3', 'cable list', 'cable show | cat'];
const commands = [
  [node, '-e', ''],
  [node, bin, 'cite'],
  [node, bin, 'point', '3'],
  [node, bin, 'list'],
  [node, bin, 'show'],
];
const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0;
const pty = (command) => ['script', '-qec', `stty cols 100 rows 500; ${command}`, '/dev/null'];
if (hasScript) commands.push(pty(`${node} -e ''`), pty(`CABLE_PAGER=cat ${node} ${bin} show`));
const times = timeCommands(commands, { runs });
const rows = names.map((name, i) => [name, times[i]]);
// The pseudo-terminal costs the same with or without cable: count only what cable adds to node.
if (hasScript) rows.push(['cable show (terminal)', times[0] + (times[6] - times[5])]);
report(rows, times[0]);
console.log('targets: cite and point 3 ≤ 1.30×; show ≤ 2.00×');
