import { readFileSync, statSync } from 'node:fs';
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

/** Reads one document file as text. Every failure is a FileError naming the file. */
export function readDocumentText(path: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new FileError(path, 'is-directory');
    if (stat.size > MAX_DOCUMENT_BYTES) throw new FileError(path, 'too-large', stat.size);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof FileError) throw error;
    systemError(path, error);
  }
  return decodeDocument(path, bytes);
}
