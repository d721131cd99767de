import { run } from './cli.js';
import { processIo } from './io.js';

// `cable show | head -1`: the reader has gone; stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
