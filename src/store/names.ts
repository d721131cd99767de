import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileError, NamesFileError } from '../errors.js';
import { parseNamesFile } from '../parse/names.js';
import { spellingWords } from '../search/query.js';

/** The name spellings a collection lists in its `names.yaml`, as the index's words (see `readNameSpellings`). */
export function readNames(dir: string): string[][][] {
  return readNameSpellings(dir).map((group) => group.map(spellingWords));
}

/** The name spellings a collection lists in its `names.yaml` (see parse/names.ts), as written; none without it. */
export function readNameSpellings(dir: string): string[][] {
  const path = join(dir, 'names.yaml');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new FileError(
      path,
      code === 'EACCES' ? 'permission' : code === 'EISDIR' ? 'is-directory' : 'unreadable',
      code ?? null,
    );
  }
  const parsed = parseNamesFile(text);
  if ('problem' in parsed) throw new NamesFileError(path, parsed.problem.line, parsed.problem.reason);
  return parsed.groups;
}
