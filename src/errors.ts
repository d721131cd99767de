import type { ArchiveDocument, Diagnostic } from './model/index.js';

/**
 * Errors that stop a command. Each carries data, never wording: the CLI
 * (src/cli/messages.ts) is the one place that turns them into a line for the
 * user and an exit code. Problems that do not stop a command (a document in
 * the collection that cannot be read, a lint finding) are not errors at all:
 * they travel as `Finding`s.
 */
export abstract class CableError extends Error {
  abstract readonly kind: string;
  constructor() {
    super();
    this.name = new.target.name;
  }
  /** For stack traces and tests: the CLI words the message itself. */
  override get message(): string {
    return `${this.kind} ${JSON.stringify({ ...this, stack: undefined })}`;
  }
}

export type FileProblem =
  | 'not-found'
  | 'is-directory'
  | 'not-a-file'
  | 'permission'
  | 'symlink-loop'
  | 'too-large'
  | 'empty'
  | 'utf16'
  | 'binary'
  | 'not-utf8'
  | 'unreadable';

/** A file that cannot be read as text (I/O, size, encoding). */
export class FileError extends CableError {
  readonly kind = 'file';
  constructor(
    readonly path: string,
    readonly problem: FileProblem,
    /** The system's code (EIO…) for `unreadable`, the size in bytes for `too-large`. */
    readonly detail: string | number | null = null,
    /** What the file was read as: a document of a collection, or a manuscript `cable verify` checks. */
    readonly role: 'document' | 'manuscript' = 'document',
  ) {
    super();
  }
}

/** A file that was read but cannot be used: a fatal diagnostic, such as `---js` front matter. */
export class UnusableDocumentError extends CableError {
  readonly kind = 'unusable';
  constructor(
    readonly path: string,
    readonly diagnostic: Diagnostic,
  ) {
    super();
  }
}

export type CollectionProblem = 'missing' | 'not-a-folder' | 'unreadable' | 'read-only' | 'empty';

export class CollectionError extends CableError {
  readonly kind = 'collection';
  constructor(
    readonly dir: string,
    readonly problem: CollectionProblem,
    /** Where the folder was named (`--dir`, `$CABLE_DIR`), or the system's code. */
    readonly detail: string | null = null,
  ) {
    super();
  }
}

/** A write that failed: `code` is the system's (ENOSPC, EACCES, EROFS…). */
export class WriteError extends CableError {
  readonly kind = 'write';
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super();
  }
}

/** `--doc` was not given and the collection holds several documents. */
export class ChooseDocumentError extends CableError {
  readonly kind = 'choose-document';
  constructor(
    readonly dir: string,
    readonly candidates: ArchiveDocument[],
  ) {
    super();
  }
}

/** `--doc` names several documents (`candidates`), or none (`candidates` empty). */
export class DocumentMatchError extends CableError {
  readonly kind = 'document-match';
  constructor(
    readonly query: string,
    readonly candidates: ArchiveDocument[],
  ) {
    super();
  }
}

export class NoPointsError extends CableError {
  readonly kind = 'no-points';
  constructor(
    readonly documentId: string,
    /** Whether particular points were asked for (a usage error) or the outline (a failure). */
    readonly asked: boolean,
  ) {
    super();
  }
}

export class NoSuchPointError extends CableError {
  readonly kind = 'no-such-point';
  constructor(
    readonly documentId: string,
    readonly missing: number[],
    readonly available: number[],
  ) {
    super();
  }
}

/** `cite --page N` names a page the document is not printed on (a FRUS volume records its pages). */
export class NoSuchPageError extends CableError {
  readonly kind = 'no-such-page';
  constructor(
    readonly documentId: string,
    readonly page: string,
    readonly pages: string[],
  ) {
    super();
  }
}

export class PointSpecError extends CableError {
  readonly kind = 'point-spec';
  constructor(
    readonly spec: string,
    readonly problem: 'empty' | 'invalid' | 'too-many',
  ) {
    super();
  }
}

export class NoSectionError extends CableError {
  readonly kind = 'no-section';
  constructor(
    readonly documentId: string,
    readonly section: string,
  ) {
    super();
  }
}

export class PinpointError extends CableError {
  readonly kind = 'pinpoint';
  constructor(
    readonly style: string,
    readonly description: string,
  ) {
    super();
  }
}

export type QueryProblem = 'empty' | 'only-negated' | 'too-many' | 'invalid-regex';

export class QueryError extends CableError {
  readonly kind = 'query';
  constructor(
    readonly problem: QueryProblem,
    /** The regular expression concerned, for the regex problems. */
    readonly source: string | null = null,
    readonly detail: string | null = null,
  ) {
    super();
  }
}

/** `cable add` would not store a document: `reason` says why. */
export class AddRefusedError extends CableError {
  readonly kind = 'add-refused';
  constructor(
    readonly source: string,
    readonly reason:
      | 'incomplete'
      | 'xml'
      | 'no-id'
      | 'bad-id'
      | 'conflict'
      | 'conflict-meanwhile'
      | 'stored-copy-differs',
    /** The diagnostics for `incomplete`; the id for the others. */
    readonly detail: { diagnostics?: Diagnostic[]; id?: string; path?: string } = {},
  ) {
    super();
  }
}

/** Where the search index goes, something else is: a folder. cable never deletes what it did not make. */
export class IndexPathError extends CableError {
  readonly kind = 'index-path';
  constructor(readonly path: string) {
    super();
  }
}

/** A volume that cannot be imported: malformed XML (with where), or not a FRUS volume. Nothing was imported. */
export class ImportError extends CableError {
  readonly kind = 'import';
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super();
  }
}

/** A file cable ships (a CSL style) cannot be read: the installation is damaged. */
export class InstallationError extends CableError {
  readonly kind = 'installation';
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super();
  }
}

/** A collection's names.yaml that cable cannot read as lists of spellings. */
export class NamesFileError extends CableError {
  readonly kind = 'names-file';
  constructor(
    readonly path: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super();
  }
}

/** citeproc could not apply a CSL style to a document: it printed "[CSL STYLE ERROR: …]" instead of a citation. */
export class StyleError extends CableError {
  readonly kind = 'style';
  constructor(
    readonly style: string,
    readonly documentId: string,
    readonly detail: string,
  ) {
    super();
  }
}

/** Several items of one command failed (files of `add`); each has been reported already. */
export class PartialFailureError extends CableError {
  readonly kind = 'partial-failure';
  constructor(
    readonly failed: number,
    readonly total: number,
  ) {
    super();
  }
}

/**
 * The command line itself is wrong: an option value, a combination. Raised
 * only by the CLI layer, which words it where it knows the option.
 */
export class UsageError extends CableError {
  readonly kind = 'usage';
  constructor(readonly text: string) {
    super();
  }
}

/** A failure the CLI words itself (exit 1): nothing found, errors found by `check`. */
export class FailureError extends CableError {
  readonly kind = 'failure';
  constructor(readonly text: string) {
    super();
  }
}

/** Every error cable raises, for an exhaustive switch on `kind`. */
export type KnownError =
  | FileError
  | UnusableDocumentError
  | CollectionError
  | WriteError
  | ChooseDocumentError
  | DocumentMatchError
  | NoPointsError
  | NoSuchPointError
  | NoSuchPageError
  | PointSpecError
  | NoSectionError
  | PinpointError
  | QueryError
  | StyleError
  | NamesFileError
  | AddRefusedError
  | InstallationError
  | IndexPathError
  | ImportError
  | PartialFailureError
  | UsageError
  | FailureError;
