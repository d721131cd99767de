import { lintDocument, sortFindings } from '../check/index.js';
import { FileError } from '../errors.js';
import type { Finding, LoadedDocument } from '../model/index.js';
import { listDocumentPaths, withUniqueIds } from '../store/collection.js';
import { loadDocument } from '../store/load.js';
import { collectionOf, locate } from './collection.js';
import type { AppContext } from './context.js';

export interface CheckResult {
  /** What the parser and the lint rules found, fatal diagnostics included. */
  findings: Finding[];
  /** Files that could not be read at all: each counts as an error. */
  unreadable: FileError[];
  checked: number;
}

function readForCheck(path: string): LoadedDocument | FileError {
  try {
    return loadDocument(path);
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
}

/**
 * Checks one document (`doc`) or the whole collection. A document is checked
 * the same way in both: the same findings, fatal ones included.
 */
export function checkDocuments(ctx: AppContext, doc: string | undefined): CheckResult {
  const paths = doc !== undefined ? [] : listDocumentPaths(collectionOf(ctx).dir);
  const progress = ctx.progress;
  const read =
    doc !== undefined
      ? [locate(ctx, doc)]
      : paths.map((path, i) => {
          if (progress && (i % 100 === 99 || i === paths.length - 1)) progress(i + 1, paths.length, 'Checking');
          return readForCheck(path);
        });
  const findings: Finding[] = [];
  const unreadable: FileError[] = [];
  for (const loaded of read) {
    if (loaded instanceof FileError) unreadable.push(loaded);
    else for (const d of lintDocument(loaded)) findings.push({ path: loaded.document.path, ...d });
  }
  // Two files that name the same document: reported, and the collection knows the second by its file name.
  const { clashes } = withUniqueIds(read.filter((r): r is LoadedDocument => !(r instanceof FileError)));
  for (const { loaded, id, others } of clashes) {
    findings.push({
      path: loaded.document.path,
      line: 1,
      severity: 'warning',
      code: 'id-clash',
      message: `its citation names document ${id}, as ${others.join(' and ')} does; it is known by its file name instead`,
    });
  }
  return { findings: sortFindings(findings), unreadable, checked: read.length };
}
