import { DocumentError } from '../errors.js';
import type { ArchiveDocument, Diagnostic } from '../model.js';
import { parseDocument } from '../parse/index.js';
import { readDocumentText } from './read.js';

export interface LoadedDocument {
  document: ArchiveDocument;
  diagnostics: Diagnostic[];
  /** The text as read, for checks that look at the file itself (its SHA-256). */
  text: string;
}

/** Parses text already read; a fatal diagnostic (such as `---js` front matter) becomes an error naming the file. */
export function parseOrFail(path: string, text: string): LoadedDocument {
  const { document, diagnostics } = parseDocument(text, { path });
  const fatal = diagnostics.find((d) => d.fatal);
  if (fatal) throw new DocumentError(path, fatal.message);
  return { document, diagnostics, text };
}

export function loadDocument(path: string): LoadedDocument {
  return parseOrFail(path, readDocumentText(path));
}
