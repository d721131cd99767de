import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { FileError } from '../errors.js';
import { type WordDocument, wordToManuscript } from '../verify/word.js';
import { readFileBytes } from './read.js';

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

/**
 * A Word manuscript's text (mammoth, BSD-2-Clause, a bundle of its own loaded only for a .docx), as verify/word.ts
 * writes it: a paragraph a line, block quotes by their style, footnotes as Markdown's. A file that is no Word
 * document is a FileError naming it.
 */
export async function readWordManuscript(path: string): Promise<string> {
  const buffer = readFileBytes(path);
  const mammoth = await import('mammoth');
  let document: WordDocument | null = null;
  try {
    // mammoth reads the document into its tree and hands it over before writing HTML, which cable does not use.
    await mammoth.convertToHtml(
      { buffer },
      {
        // What mammoth is given back to write as HTML is the same document emptied: cable reads the tree only.
        transformDocument: (tree: WordDocument) => {
          document = tree;
          return { ...tree, children: [] };
        },
      },
    );
  } catch {
    throw new FileError(path, 'unreadable', 'it is not a Word document (.docx); save it from Word as .docx');
  }
  return document === null ? '' : wordToManuscript(document);
}
