import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileError, NamesFileError } from '../errors.js';
import { parseNamesFile } from '../parse/names.js';
import { words } from '../search/query.js';
import { foldText } from '../text/fold.js';

/** The name spellings a collection lists in its `names.yaml`, as the index's words (see `readNameSpellings`). */
export function readNames(dir: string): string[][][] {
  // Each spelling as the index's words: "Chiang Kai-shek" is chiang kai shek.
  return readNameSpellings(dir).map((group) => group.map((spelling) => words(foldText(spelling))));
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
