import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * Writes `cable verify --fix`'s corrected copy beside the manuscript, never over it nor over any file:
 * chapter.md → chapter.fixed.md, or chapter.fixed-2.md when that exists, … Written to a temporary file and renamed,
 * so no one reads half of it. Returns its path.
 */
export function writeFixedCopy(file: string, text: string): string {
  const ext = extname(file);
  const stem = ext === '' ? file : file.slice(0, -ext.length);
  let copy = `${stem}.fixed${ext}`;
  for (let n = 2; existsSync(copy); n++) copy = `${stem}.fixed-${n}${ext}`;
  const temporary = `${copy}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { flag: 'wx' });
  renameSync(temporary, copy);
  return copy;
}
