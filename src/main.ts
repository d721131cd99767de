import { processIo } from './cli/io.js';
import { run } from './cli.js';

void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
