import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CableError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { selectDocument } from '../query/select.js';
import { describeCandidates } from '../render/list.js';
import { type Collection, listDocumentPaths, loadCollection, resolveCollection } from '../store/collection.js';
import { type LoadedDocument, loadDocument } from '../store/load.js';

export interface DocOptions {
  doc?: string;
  dir?: string;
  json?: boolean;
}

/** Options every command that reads one document takes. */
export function addDocOptions(command: Command): Command {
  return command
    .option(
      '-d, --doc <id|path>',
      'the document: an id, a unique id prefix, words of its title, or a path to a .md file',
    )
    .option('--dir <path>', 'the collection to use (default: $CABLE_DIR, ./documents, your data folder, or the sample)')
    .option('--json', 'print JSON instead of text');
}

const looksLikePath = (doc: string): boolean => /[\\/]/.test(doc) || /\.(md|markdown)$/i.test(doc);

/** Prints a warning for each file the collection could not read; the rest still works. */
export function warnAboutProblems(io: Io, problems: Error[]): void {
  for (const problem of problems) io.err(`cable: warning: ${problem.message}\n`);
}

/** The document a command works on, from --doc and the collection in use. */
export function openDocument(options: DocOptions, io: Io): LoadedDocument {
  const doc = options.doc;
  if (doc !== undefined && /[\\/]/.test(doc)) return loadDocument(resolve(io.cwd, doc));
  if (doc !== undefined && looksLikePath(doc) && existsSync(resolve(io.cwd, doc)))
    return loadDocument(resolve(io.cwd, doc));
  const collection: Collection = resolveCollection(options.dir, io.env, io.cwd);
  if (doc !== undefined) {
    // The common case, an exact id or file name, reads one file instead of the whole collection.
    const direct = join(collection.dir, looksLikePath(doc) ? doc : `${doc}.md`);
    if (existsSync(direct)) return loadDocument(direct);
    if (looksLikePath(doc)) return loadDocument(resolve(io.cwd, doc)); // says "no such file", naming it
    const { documents, problems } = loadCollection(collection.dir);
    warnAboutProblems(io, problems);
    const chosen = selectDocument(
      documents.map((d) => d.document),
      doc,
    );
    const loaded = documents.find((d) => d.document === chosen);
    if (!loaded) throw new CableError(`cannot open "${doc}"`);
    return loaded;
  }
  const paths = listDocumentPaths(collection.dir);
  const only = paths[0];
  if (paths.length === 1 && only) return loadDocument(only);
  if (paths.length === 0) {
    throw new CableError(
      `${collection.dir}: the collection has no documents; add one with \`cable add FILE\` or pass --doc PATH`,
    );
  }
  const { documents, problems } = loadCollection(collection.dir);
  warnAboutProblems(io, problems);
  throw new UsageError(
    `${documents.length} documents in ${collection.dir}; choose one with --doc ID:\n${describeCandidates(documents.map((d) => d.document))}`,
  );
}

/** The name a message uses for a document: its id and title. */
export function documentName(loaded: LoadedDocument): string {
  return `document ${loaded.document.id}`;
}

/** Parses a positive whole number option such as --width. */
export function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} takes a whole number above 0, not "${value}"`);
    return n;
  };
}
