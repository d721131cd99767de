/** The document model: plain, JSON-serialisable types. */

export interface Point {
  /** The point's number as the document counts it (First → 1, IV → 4). */
  number: number;
  /** The marker as printed: "First.", "3.", "(2)", "IV.", "1．". */
  marker: string;
  /** The point without its marker; paragraphs separated by a blank line. */
  text: string;
  /** 1-based line of the marker in the source file. */
  line: number;
}

export interface ArchiveDocument {
  id: string;
  path: string;
  title: string | null;
  /** The date as printed in the document ("February, 1949"). */
  date: string | null;
  /** The same date in ISO 8601, as precise as the printed form ("1949-02"). */
  isoDate: string | null;
  /** The archive's citation on one line, URL without angle brackets. */
  citation: string | null;
  url: string | null;
  summary: string | null;
  credits: string | null;
  /** A source note ("Source: …"), where the document has one (FRUS): absent otherwise. */
  source?: string;
  originalLanguage: string | null;
  contents: string[];
  preamble: string[];
  points: Point[];
  closing: string[];
  /** Footnotes at the end of the body ("[1] BArch, B 136/59748, 297-301."). */
  notes: string[];
  /** YAML front matter, when the file has any (cable's provenance lives here). */
  frontMatter: Record<string, unknown>;
}

export type Severity = 'error' | 'warning';

/** A problem found while parsing: reported as data, never thrown. */
export interface Diagnostic {
  severity: Severity;
  /** 1-based line in the source file. */
  line: number;
  message: string;
  /** A stable name for the kind of problem, for scripts and tests. */
  code: string;
  /** The document cannot be used at all (e.g. front matter that is not YAML). */
  fatal?: boolean;
}

/** A diagnostic about one file: what `check` reports and what a collection's problems are. */
export interface Finding extends Diagnostic {
  path: string;
}

/** A document as read from a file: the model, what the parser found, and the text itself (for its SHA-256). */
export interface LoadedDocument {
  document: ArchiveDocument;
  diagnostics: Diagnostic[];
  text: string;
}

export interface ParseResult {
  document: ArchiveDocument;
  diagnostics: Diagnostic[];
}

/**
 * What `cable list` shows of a document: the index keeps it, so a list of 100,000 documents reads no document.
 * `language` as the document gives it; `title` null when it has none.
 */
export interface ListEntry {
  id: string;
  isoDate: string | null;
  language: string | null;
  points: number;
  title: string | null;
}

/** A parsed document's list entry. */
export const listEntry = (doc: ArchiveDocument): ListEntry => ({
  id: doc.id,
  isoDate: doc.isoDate,
  language: doc.originalLanguage,
  points: doc.points.length,
  title: doc.title,
});
