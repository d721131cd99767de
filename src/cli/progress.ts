import { type Io, terminalWidth } from './io.js';

/** Long work (an index build, `check` of a large collection) says how far it is, on a terminal. */
export type Progress = (done: number, total: number, what: string) => void;

const CLEAR = '\r\u001b[K';

/**
 * A progress line, on a terminal only (a pipe stays silent), as wide as the
 * terminal at most: the bar gives way to the words and the count.
 */
export function progressReporter(io: Io): Progress | undefined {
  if (!io.stderrIsTTY) return undefined;
  const columns = terminalWidth(io) ?? 80;
  return (done, total, what) => {
    if (total < 50) return;
    const count = ` ${done}/${total}`;
    const bar = Math.min(30, columns - 1 - what.length - 1 - count.length);
    const filled = Math.round((done / total) * Math.max(0, bar));
    const line = bar >= 5 ? `${what} ${'█'.repeat(filled)}${'░'.repeat(bar - filled)}${count}` : `${what}${count}`;
    io.err(`\r${line.slice(0, columns - 1)}`);
    if (done === total) io.err(CLEAR);
  };
}

/** One line that says what slow work is under way (a first citation in a CSL style), cleared when it ends. */
export function statusReporter(io: Io): ((text: string | null) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  const columns = terminalWidth(io) ?? 80;
  return (text) => io.err(text === null ? CLEAR : `\r${text.slice(0, columns - 1)}`);
}
