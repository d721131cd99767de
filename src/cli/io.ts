import { isatty } from 'node:tty';
import { MAX_DOCUMENT_BYTES } from '../store/read.js';
import { openStdout } from './stdout.js';

/**
 * What a command may touch of its process: streams, environment, folder.
 * Tests pass their own; main.ts passes the real one.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number | undefined;
  rows: number | undefined;
  readStdin(): Promise<Buffer>;
  /** Standard input is a terminal: someone must type the document (and end it with Ctrl-D). */
  stdinIsTTY: boolean;
  /** Whether stdout understands OSC 8 hyperlinks (a terminal that says so; never a pipe). */
  hyperlinks(): Promise<boolean>;
  /** Writes long output through the pager when stdout is a terminal and the text is taller than it. */
  page(text: string, enabled: boolean): Promise<void>;
}

export function processIo(): Io {
  const stdout = openStdout();
  return {
    out: stdout.write,
    err: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: stdout.isTTY,
    // Asked only when needed: process.stderr, like process.stdout, costs start-up time.
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    columns: stdout.columns,
    rows: stdout.rows,
    get stdinIsTTY() {
      return isatty(0);
    },
    readStdin: async () => {
      // Never more than a document may be: one chunk past the limit is enough to refuse it.
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        total += (chunk as Buffer).length;
        if (total > MAX_DOCUMENT_BYTES) break;
      }
      return Buffer.concat(chunks);
    },
    hyperlinks: async () => {
      if (!stdout.isTTY) return false;
      const { createSupportsHyperlinks } = await import('supports-hyperlinks');
      return createSupportsHyperlinks(process.stdout);
    },
    page: async (text, enabled) => {
      if (!stdout.isTTY) return stdout.write(text);
      const { pageOrWrite } = await import('./pager.js');
      await pageOrWrite(text, { enabled, env: process.env, rows: stdout.rows, write: stdout.write });
    },
  };
}

/** Colour on a terminal; never with NO_COLOR (or --no-color), which wins; else FORCE_COLOR forces it (but FORCE_COLOR=0). */
export function wantsColor(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.TERM === 'dumb') return false;
  return io.stdoutIsTTY;
}

/** The terminal's width: a valid $COLUMNS, else the terminal's own; none for a pipe. */
export function terminalWidth(io: Io): number | undefined {
  const columns = Number(io.env.COLUMNS);
  if (io.env.COLUMNS !== undefined && Number.isInteger(columns) && columns > 0) return columns;
  return io.columns;
}

/** Width to wrap to: --width, else the terminal's (or $COLUMNS), else 80. */
export function outputWidth(io: Io, flag?: number): number {
  return flag ?? terminalWidth(io) ?? 80;
}
