import { readFileSync, statSync } from 'node:fs';
import { DocumentError } from '../errors.js';

/**
 * Larger files are refused with a clear message: the longest archive
 * documents are well under 1 MB, and a file this size is a whole scan or a
 * mistake. (The parser itself is linear; `npm run bench:parse` reads 50 MB.)
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

function systemError(path: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      throw new DocumentError(path, 'no such file; check the path, or run `cable list` to see the documents');
    case 'EISDIR':
      throw new DocumentError(
        path,
        'is a folder, not a document; pass one of the .md files in it, or use --dir to read it as a collection',
      );
    case 'EACCES':
    case 'EPERM':
      throw new DocumentError(
        path,
        'permission denied; make the file readable (chmod u+r) or copy it somewhere you can read',
      );
    case 'ELOOP':
      throw new DocumentError(path, 'is a loop of symbolic links; point the link at a real file');
    default:
      throw new DocumentError(path, `cannot be read (${code ?? String(error)})`);
  }
}

/** Turns the bytes of a file into text, or says in one line why they are not a document. */
export function decodeDocument(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0)
    throw new DocumentError(path, 'is empty; a document needs at least a "# Title" and a "## Date" heading');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DocumentError(path, 'is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8 FILE > NEW.md)');
  }
  if (bytes.includes(0))
    throw new DocumentError(path, 'is a binary file (it contains NUL bytes), not a Markdown document');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DocumentError(path, 'is not valid UTF-8; re-save it as UTF-8 (iconv -f LATIN1 -t UTF-8 FILE > NEW.md)');
  }
}

/** Reads one document file as text. Every failure becomes a one-line DocumentError naming the file. */
export function readDocumentText(path: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) systemError(path, Object.assign(new Error(), { code: 'EISDIR' }));
    if (stat.size > MAX_DOCUMENT_BYTES) {
      throw new DocumentError(
        path,
        `is ${Math.round(stat.size / 1048576)} MB, larger than the ${MAX_DOCUMENT_BYTES / 1048576} MB cable reads; split it into documents`,
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    systemError(path, error);
  }
  return decodeDocument(path, bytes);
}
