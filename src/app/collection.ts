import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ChooseDocumentError, CollectionError, DocumentMatchError } from '../errors.js';
import type { LoadedDocument } from '../model/index.js';
import { type DocumentFilter, filterDocuments, type SortKey } from '../query/filter.js';
import { selectDocument } from '../query/select.js';
import { type Collection, listDocumentPaths, loadCollection, resolveCollection } from '../store/collection.js';
import { loadDocument, parseText, usable } from '../store/load.js';
import { decodeDocument } from '../store/read.js';
import type { AppContext } from './context.js';

/** The collection in use: --dir, $CABLE_DIR, ./documents, the data folder, or the sample. */
export const collectionOf = (ctx: AppContext): Collection => resolveCollection(ctx.dir, ctx.env, ctx.cwd);

/** Every usable document of the collection; the others go to `ctx.problems`. */
export function load(ctx: AppContext): { collection: Collection; documents: LoadedDocument[] } {
  const collection = collectionOf(ctx);
  const { documents, problems } = loadCollection(collection.dir);
  for (const problem of problems) ctx.problems.push(problem);
  return { collection, documents };
}

const looksLikePath = (doc: string): boolean => /[\\/]/.test(doc) || /\.(md|markdown)$/i.test(doc);

/**
 * The document `--doc` names, read but not judged (a fatal diagnostic is the
 * caller's to report): a path, an id or file name in the collection, a unique
 * id prefix, or words of the title. Without `--doc`, the collection's only
 * document.
 */
export function locate(ctx: AppContext, given: string | undefined): LoadedDocument {
  if (given === '-') return parseText(STDIN, ctx.stdin ?? '');
  // An id copied from the list table, cut with "…", is a prefix.
  const doc = given?.replace(/…$/, '');
  if (doc !== undefined && /[\\/]/.test(doc)) return loadDocument(resolve(ctx.cwd, doc));
  if (doc !== undefined && looksLikePath(doc) && existsSync(resolve(ctx.cwd, doc))) {
    return loadDocument(resolve(ctx.cwd, doc));
  }
  const collection = collectionOf(ctx);
  if (doc !== undefined) {
    // The common case, an exact id or file name, reads one file instead of the whole collection.
    const direct = join(collection.dir, looksLikePath(doc) ? doc : `${doc}.md`);
    if (existsSync(direct)) return loadDocument(direct);
    if (looksLikePath(doc)) return loadDocument(resolve(ctx.cwd, doc)); // a FileError naming it
    const { documents } = load(ctx);
    const chosen = selectDocument(
      documents.map((d) => d.document),
      doc,
    );
    const loaded = documents.find((d) => d.document === chosen);
    if (!loaded) throw new DocumentMatchError(doc, []);
    return loaded;
  }
  const paths = listDocumentPaths(collection.dir);
  const only = paths[0];
  if (paths.length === 1 && only) return loadDocument(only);
  if (paths.length === 0) throw new CollectionError(collection.dir, 'empty');
  throw new ChooseDocumentError(
    collection.dir,
    load(ctx).documents.map((d) => d.document),
  );
}

const STDIN = '(stdin)';

/** Reads the document on standard input, for `--doc -`: a FileError names "(stdin)" when it is not one. */
export async function readStandardInput(ctx: AppContext): Promise<void> {
  ctx.stdin = decodeDocument(STDIN, await ctx.readStdin());
}

/** The document a command works on: as `locate`, and usable (a fatal diagnostic is an error). */
export const open = (ctx: AppContext, doc: string | undefined): LoadedDocument => usable(locate(ctx, doc));

/** The collection's documents that pass a filter, in the order asked. */
export function listDocuments(ctx: AppContext, filter: DocumentFilter, sort: SortKey = 'date') {
  const { collection, documents } = load(ctx);
  const docs = filterDocuments(
    documents.map((d) => d.document),
    filter,
    sort,
  );
  return { collection, total: documents.length, documents: docs };
}

/** `cable where`: the collection in use, why, and how many documents it has. */
export function where(ctx: AppContext) {
  const collection = collectionOf(ctx);
  return { collection, documents: listDocumentPaths(collection.dir).length };
}

/** Ids of the collection in use, from its file names (which `cable add` makes the ids), for completion. */
export function documentIds(ctx: AppContext): string[] {
  return listDocumentPaths(collectionOf(ctx).dir).map((p) => (p.split('/').pop() ?? p).replace(/\.md$/, ''));
}
