import { run } from './cli.js';
import { processIo } from './io.js';

void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
