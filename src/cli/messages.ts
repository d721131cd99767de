import type { ArchiveCitation } from '../cite/archive.js';
import {
  type AddRefusedError,
  type CableError,
  type CollectionError,
  type FileError,
  type FileProblem,
  type KnownError,
  type QueryError,
  UnusableDocumentError,
} from '../errors.js';
import type { Finding } from '../model/index.js';
import { describeNumbers, MAX_POINTS } from '../query/pointSpec.js';
import { describeCandidates } from '../render/list.js';
import type { AddOutcome, AddResult } from '../store/add.js';
import { type Collection, userCollectionDir } from '../store/collection.js';
import type { DocumentProblem } from '../store/load.js';
import { MAX_DOCUMENT_BYTES } from '../store/read.js';

/**
 * The one place where errors become words: each typed error's data, said in
 * one line that names the file and the fix, with the exit code it earns
 * (2 for a usage error, 1 for any other failure).
 */
export interface Message {
  text: string;
  exitCode: 1 | 2;
}

type Env = Record<string, string | undefined>;

const FILE: Record<FileProblem, (error: FileError) => string> = {
  'not-found': (e) =>
    e.role === 'manuscript'
      ? 'no such file; check the path'
      : 'no such file; check the path, or run `cable list` to see the documents',
  'is-directory': (e) =>
    e.role === 'manuscript'
      ? 'is a folder, not a manuscript; pass its Markdown, text or Word files'
      : 'is a folder, not a document; pass one of the .md files in it, or use --dir to read it as a collection',
  'not-a-file': () =>
    'is not a regular file (a pipe, a device or a socket); cable reads documents from files, or from standard input with -',
  permission: () => 'permission denied; make the file readable (chmod u+r) or copy it somewhere you can read',
  'symlink-loop': () => 'is a loop of symbolic links; point the link at a real file',
  unreadable: (e) => `cannot be read (${e.detail})`,
  'too-large': (e) =>
    `is ${Math.round(Number(e.detail) / 1048576)} MB, larger than the ${MAX_DOCUMENT_BYTES / 1048576} MB cable reads; split it into ${e.role === 'manuscript' ? 'chapters' : 'documents'}`,
  empty: () => 'is empty; a document needs at least a "# Title" and a "## Date" heading',
  utf16: () => 'is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8 FILE > NEW.md)',
  binary: (e) =>
    e.role === 'manuscript'
      ? 'is a binary file (it contains NUL bytes), not Markdown or text; a Word manuscript must be saved as .docx'
      : 'is a binary file (it contains NUL bytes), not a Markdown document',
  'not-utf8': () => 'is not valid UTF-8; re-save it as UTF-8 (iconv -f LATIN1 -t UTF-8 FILE > NEW.md)',
};

/** Where a collection's folder was named. */
const NAMED_BY: Record<string, string> = { flag: '--dir', env: '$CABLE_DIR' };

/** Why this collection is the one in use, in words (`cable where`). */
export function collectionReason(collection: Collection, env: Env): string {
  switch (collection.source) {
    case 'flag':
      return 'given with --dir';
    case 'env':
      return 'set by $CABLE_DIR';
    case 'cwd':
      return 'the documents/ folder in the current folder';
    case 'user':
      return "the user's collection (XDG data folder)";
    case 'sample':
      return `the sample shipped with cable (read-only; create ${userCollectionDir(env)}, set $CABLE_DIR or pass --dir to use your own)`;
  }
}

function collectionText(e: CollectionError, env: Env): string {
  switch (e.problem) {
    case 'missing':
      return `${e.dir}: no such folder (from ${NAMED_BY[e.detail ?? ''] ?? e.detail}); create it with mkdir -p, or choose another collection`;
    case 'not-a-folder':
      return `${e.dir}: not a folder (from ${NAMED_BY[e.detail ?? ''] ?? e.detail}); a collection is a folder of .md files`;
    case 'unreadable':
      return `${e.dir}: cannot read the collection (${e.detail})`;
    case 'read-only':
      return `${e.dir}: this is the sample collection shipped with cable, which is read-only; choose your own with --dir PATH or $CABLE_DIR, or create ${userCollectionDir(env)}`;
    case 'empty':
      return `${e.dir}: the collection has no documents; add one with \`cable add FILE\` or pass --doc PATH`;
  }
}

const WRITE: Record<string, string> = {
  ENOSPC: 'the disk is full; free some space and add it again',
  EACCES: 'permission denied; choose a collection you can write to (--dir or $CABLE_DIR)',
  EPERM: 'permission denied; choose a collection you can write to (--dir or $CABLE_DIR)',
  EROFS: 'the file system is read-only; choose another collection (--dir or $CABLE_DIR)',
};

function queryText(e: QueryError): string {
  switch (e.problem) {
    case 'empty':
      return 'the query has no words; try cable search Roshchin, "exact phrase", word*, or /regex/';
    case 'only-negated':
      return 'a query needs at least one word to find, not only words to exclude (-word)';
    case 'too-many':
      return `the query has more than ${e.detail} words; cable reads at most ${e.detail}`;
    case 'invalid-regex':
      return `/${e.source}/ is not a regular expression cable can run: ${e.detail}`;
  }
}

const POINT_HELP = 'write 3, third or III, a range 2-4, or a list 1,3';

/** What the user reads for an error, and the exit code. */
export function describe(cableError: CableError, env: Env): Message {
  const error = cableError as KnownError;
  const failure = (text: string): Message => ({ text, exitCode: 1 });
  const usage = (text: string): Message => ({ text, exitCode: 2 });
  switch (error.kind) {
    case 'file':
    case 'unusable':
      return failure(describeProblem(error));
    case 'collection':
      return failure(collectionText(error, env));
    case 'write':
      return failure(`${error.path}: not written: ${WRITE[error.code] ?? `the write failed (${error.code})`}`);
    case 'choose-document':
      return usage(
        `${error.candidates.length} documents in ${error.dir}; choose one with --doc ID:\n${describeCandidates(error.candidates)}`,
      );
    case 'document-match':
      if (error.candidates.length === 0) {
        return usage(`no document matches "${error.query}"; run \`cable list\` to see ids and titles`);
      }
      return usage(
        `${error.candidates.length} documents match "${error.query}"; choose one with --doc ID:\n${describeCandidates(error.candidates)}`,
      );
    case 'no-points': {
      const text = `document ${error.documentId} has no numbered points; read it whole with \`cable show\``;
      return error.asked ? usage(text) : failure(text);
    }
    case 'no-such-point': {
      const which = error.missing.length === 1 ? `point ${error.missing[0]}` : `points ${error.missing.join(', ')}`;
      const numbers = describeNumbers(error.available.map((number) => ({ number })));
      return usage(`document ${error.documentId} has no ${which}; its points are ${numbers}`);
    }
    case 'no-such-page': {
      const pages =
        error.pages.length === 1 ? `page ${error.pages[0]}` : `pages ${error.pages[0]}–${error.pages.at(-1)}`;
      return usage(`document ${error.documentId} is not on page ${error.page}; it is printed on ${pages}`);
    }
    case 'point-spec':
      if (error.problem === 'too-many') return usage(`"${error.spec}" names more than ${MAX_POINTS} points`);
      return usage(
        error.problem === 'empty'
          ? `no point given: ${POINT_HELP}`
          : `"${error.spec}" is not a point number: ${POINT_HELP}`,
      );
    case 'no-section':
      return usage(`document ${error.documentId} has no ${error.section} section; \`cable show\` prints what it has`);
    case 'pinpoint':
      return usage(
        `--point cannot be used with --style ${error.style}: a ${error.description} has no pinpoint; use --style chicago, or archive`,
      );
    case 'query':
      return usage(queryText(error));
    case 'add-refused':
      return failure(addRefusedText(error));
    case 'index-path':
      return failure(
        `${error.path}: a folder is where cable keeps its search index; move it away or delete it, and search again`,
      );
    case 'import':
      return failure(
        `${error.path}:${error.line}:${error.column}: ${error.reason}; nothing was imported from it (cable expects a FRUS volume as HistoryAtState/frus publishes it, volumes/<id>.xml: download it again if it was cut)`,
      );
    case 'installation':
      return failure(`${error.path}: cannot read the CSL style (${error.code}); reinstall cable`);
    case 'names-file':
      return failure(
        `${error.path}:${error.line}: ${error.reason}; write each name as a list of its spellings, as in - [Peking, Beijing]`,
      );
    case 'style':
      return failure(
        `styles/${error.style}.csl cannot cite document ${error.documentId} (${error.detail}); cite it with --style archive, and report the document`,
      );
    case 'partial-failure':
      return failure(`${error.failed} of ${error.total} files not added`);
    case 'usage':
      return usage(error.text);
    case 'failure':
      return failure(error.text);
  }
}

function addRefusedText({ source, reason, detail }: AddRefusedError): string {
  switch (reason) {
    case 'incomplete':
      return `${source}: not added: ${(detail.diagnostics ?? []).map((d) => d.message).join('; ')}`;
    case 'xml':
      return `${source}: not added: it is XML, not a Markdown document; a FRUS volume is read with \`cable import ${source}\``;
    case 'no-id':
      return `${source}: not added: it has no citation URL to take an id from; give one with --id ID`;
    case 'bad-id':
      return `${source}: not added: "${detail.id}" cannot be a file name; give an id with --id ID (letters, digits, . _ -)`;
    case 'conflict':
      return `${source}: a different document with id ${detail.id} is already in the collection (${detail.path}); pass --force to replace it`;
    case 'stored-copy-differs':
      return `${source}: the stored copy of ${detail.id} (${detail.path}) differs from this original, which it was added from: it was edited or damaged since; pass --force to restore it from ${source}`;
    case 'conflict-meanwhile':
      return `${source}: a document with id ${detail.id} was added to the collection meanwhile (${detail.path}); pass --force to replace it`;
  }
}

/** A file of the collection that was skipped, in one line: "path: why". */
export function describeProblem(problem: DocumentProblem): string {
  if (problem instanceof UnusableDocumentError) return `${problem.path}: ${problem.diagnostic.message}`;
  return `${problem.path}: ${FILE[problem.problem](problem)}`;
}

/** An unreadable file, as `check` reports it: an error finding. */
export function unreadableFinding(problem: FileError): Finding {
  return {
    path: problem.path,
    line: 1,
    severity: 'error',
    code: 'unreadable',
    message: FILE[problem.problem](problem),
    fatal: true,
  };
}

/** What to do about a finding, where the fix is a cable command. */
const HINTS: Record<string, string> = {
  'sha256-mismatch': 'if the edit is intended, add it again with `cable add --force`',
};

/** A finding as `check` prints it: its message, and the fix where cable has one. */
export function withHint(finding: Finding): Finding {
  const hint = HINTS[finding.code];
  return hint === undefined ? finding : { ...finding, message: `${finding.message}; ${hint}` };
}

const joinWords = (words: string[]): string =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** Says on stderr that a citation was built by cable (the document had none), and from what. */
export function noteConstructed(
  io: { err(text: string): void },
  id: string,
  constructed: ArchiveCitation | null,
): void {
  if (constructed === null) return;
  io.err(
    `cable: note: document ${id} has no Citation section; this one was built in the archive's pattern from its ${joinWords(constructed.builtFrom)}\n`,
  );
  if (constructed.withoutUrl)
    io.err(
      `cable: note: document ${id} has no URL, so its citation gives none; add the archive's address as the last line of a Citation section\n`,
    );
}

const ADDED: Record<AddOutcome, string> = {
  added: 'added',
  replaced: 'replaced',
  'already-present': 'already present, unchanged',
};

/** What `add` did with one document: "added: 121767 → /home/ana/archive/121767.md". */
export const describeAdded = (result: AddResult): string => `${ADDED[result.outcome]}: ${result.id} → ${result.path}`;

/** "no documents match", or "no documents in DIR" when the collection is empty. */
export const nothingFound = (total: number, dir: string): string =>
  total > 0 ? 'no documents match' : `no documents in ${dir}`;
