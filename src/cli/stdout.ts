import { fstatSync, writeSync } from 'node:fs';

/**
 * Standard output, without process.stdout where it is not needed.
 *
 * Touching process.stdout makes Node load its stream modules (and, for a pipe,
 * its network modules): several milliseconds of a command that takes fifty. A
 * pipe or a file needs none of that, so cable writes to it directly, every
 * byte before it returns. A terminal (whose width and height cable needs) and
 * anything else goes through process.stdout as usual.
 */
export interface Stdout {
  write(text: string): void;
  isTTY: boolean;
  columns: number | undefined;
  rows: number | undefined;
}

export function openStdout(): Stdout {
  return isPipeOrFile(1) ? directStdout() : streamStdout();
}

function isPipeOrFile(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false; // closed or odd: let Node's stream deal with it
  }
}

function directStdout(): Stdout {
  // Once a write has gone to the stream, every later one must too, to keep their order.
  let stream: NodeJS.WriteStream | undefined;
  return {
    isTTY: false,
    columns: undefined,
    rows: undefined,
    write(text) {
      if (stream) return void stream.write(text);
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(1, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') quitQuietly();
          if (code !== 'EAGAIN') throw error;
          // A non-blocking pipe whose reader is behind: Node's stream waits for it.
          stream = processStdout();
          stream.write(bytes.subarray(offset));
          return;
        }
      }
    },
  };
}

function processStdout(): NodeJS.WriteStream {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') quitQuietly();
    throw error;
  });
  return process.stdout;
}

function streamStdout(): Stdout {
  const stdout = processStdout();
  const isTTY = stdout.isTTY === true;
  // A terminal that reports no size (0) is treated as one of unknown size.
  return {
    write: (text) => void stdout.write(text),
    isTTY,
    columns: isTTY && stdout.columns > 0 ? stdout.columns : undefined,
    rows: isTTY && stdout.rows > 0 ? stdout.rows : undefined,
  };
}

/** `cable show | head -1`: the reader has gone; stop quietly, as cat does. */
function quitQuietly(): never {
  process.exit(0);
}
