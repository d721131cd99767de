import type { Io } from './io.js';

/** A progress line for index builds, on a terminal only; a pipe stays silent. */
export function progressReporter(io: Io): ((done: number, total: number) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  return (done, total) => {
    if (total < 50) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.err(`\rIndexing ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${done}/${total}`);
    if (done === total) io.err('\r\u001b[K');
  };
}
