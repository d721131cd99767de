import { FileError, UnusableDocumentError } from '../errors.js';
import type { LoadedDocument } from '../model/index.js';
import { parseDocument } from '../parse/index.js';
import { readDocumentText } from './read.js';

/** Reads and parses one file. Only I/O fails (FileError); what the parser found comes back as diagnostics. */
export function loadDocument(path: string): LoadedDocument {
  return parseText(path, readDocumentText(path));
}

export function parseText(path: string, text: string): LoadedDocument {
  const { document, diagnostics } = parseDocument(text, { path });
  return { document, diagnostics, text };
}

/** The fatal diagnostic of a loaded document (front matter that is not YAML, say), as an error; else the document. */
export function usable(loaded: LoadedDocument): LoadedDocument {
  const fatal = loaded.diagnostics.find((d) => d.fatal);
  if (fatal) throw new UnusableDocumentError(loaded.document.path, fatal);
  return loaded;
}

/** A file of a collection that cannot be used: reported, never fatal for the whole collection. */
export type DocumentProblem = FileError | UnusableDocumentError;

/** Loads a file as a usable document, or returns why it is not one. */
export function tryLoad(path: string): LoadedDocument | DocumentProblem {
  try {
    return usable(loadDocument(path));
  } catch (error) {
    if (error instanceof FileError || error instanceof UnusableDocumentError) return error;
    throw error;
  }
}
