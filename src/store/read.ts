import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { FileError, type FileProblem } from '../errors.js';

/**
 * Larger files are refused with a clear message: the longest archive
 * documents are well under 1 MB, and a file this size is a whole scan or a
 * mistake. (The parser itself is linear; `npm run bench:parse` reads 50 MB.)
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

const SYSTEM_PROBLEMS: Record<string, FileProblem> = {
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  EISDIR: 'is-directory',
  EACCES: 'permission',
  EPERM: 'permission',
  ELOOP: 'symlink-loop',
};

function systemError(path: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  const problem = SYSTEM_PROBLEMS[code];
  throw problem === undefined ? new FileError(path, 'unreadable', code) : new FileError(path, problem);
}

/** Turns the bytes of a file into text, or says why they are not a document. */
export function decodeDocument(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new FileError(path, 'empty');
  // The same limit for every way in: standard input too.
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new FileError(path, 'too-large', bytes.length);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new FileError(path, 'utf16');
  }
  if (bytes.includes(0)) throw new FileError(path, 'binary');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new FileError(path, 'not-utf8');
  }
}

/**
 * Reads one document file as text. Every failure is a FileError naming the
 * file. Only a regular file is read (a FIFO would wait for ever, a link to
 * /dev/zero never end), and never more than the limit, whatever size it says
 * it has: the descriptor is read until the limit, and one byte more means
 * too large.
 */
export function readDocumentText(path: string): string {
  return decodeDocument(path, readFileBytes(path));
}

/** A file's bytes, read as `readDocumentText` reads them (a regular file, within the limit); a FileError else. */
export function readFileBytes(path: string): Buffer {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer before fstat can say what it is.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileError(path, 'is-directory');
    if (!stat.isFile()) throw new FileError(path, 'not-a-file');
    if (stat.size > MAX_DOCUMENT_BYTES) throw new FileError(path, 'too-large', stat.size);
    return readAtMost(fd, path);
  } catch (error) {
    if (error instanceof FileError) throw error;
    return systemError(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The file's bytes, up to the limit: a file that grew past it since its size was read is too large all the same. */
function readAtMost(fd: number, path: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_DOCUMENT_BYTES + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > MAX_DOCUMENT_BYTES) throw new FileError(path, 'too-large', total);
  }
  return Buffer.concat(chunks, total);
}
