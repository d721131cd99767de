import { type ArchiveDocument, type ListEntry, listEntry } from '../model/index.js';
import { compareDocuments, type DocumentFilter, type SortKey } from '../query/filter.js';
import type { Collection } from '../store/collection.js';
import { collectionOf, listDocuments } from './collection.js';
import type { AppContext } from './context.js';

/** The index build's progress, in the context's words. */
export const indexing = (ctx: AppContext) => {
  const progress = ctx.progress;
  return progress && ((done: number, total: number) => progress(done, total, 'Indexing'));
};

/** Where the index is, and whether it is current: changes nothing. */
export async function indexStatus(ctx: AppContext, request: { verify: boolean }) {
  const { indexStatus: status } = await import('../store/searchIndex.js');
  return status(collectionOf(ctx), ctx.env, { verify: request.verify });
}

/** Brings the index up to date, or builds it from nothing. */
export async function updateIndex(ctx: AppContext, request: { rebuild: boolean }) {
  const { openSearchIndex } = await import('../store/searchIndex.js');
  const index = openSearchIndex(collectionOf(ctx), ctx.env, { rebuild: request.rebuild, progress: indexing(ctx) });
  index.close();
  for (const problem of index.stats.problems) ctx.problems.push(problem);
  return { path: index.path, stats: index.stats };
}

/**
 * `cable list`: the collection's documents that pass a filter, in the order asked. What the table shows comes from
 * the index (brought up to date first, by the rule search uses), which reads no document but those that changed;
 * `documents` (for --json, which prints them whole) reads them all.
 */
export async function listCollection(
  ctx: AppContext,
  request: { filter: DocumentFilter; sort: SortKey | undefined; documents: boolean },
): Promise<{ collection: Collection; total: number; entries: ListEntry[]; documents: ArchiveDocument[] | null }> {
  if (request.documents) {
    const { collection, total, documents } = listDocuments(ctx, request.filter, request.sort);
    return { collection, total, entries: documents.map(listEntry), documents };
  }
  return { ...(await listEntries(ctx, request.filter, request.sort)), documents: null };
}

async function listEntries(ctx: AppContext, filter: DocumentFilter, sort: SortKey = 'date') {
  const collection = collectionOf(ctx);
  const { openSearchIndex } = await import('../store/searchIndex.js');
  const index = openSearchIndex(collection, ctx.env, { progress: indexing(ctx) });
  try {
    for (const problem of index.stats.problems) ctx.problems.push(problem);
    const entries = index.entries(filter).sort(compareDocuments(sort));
    return { collection, total: index.stats.documents, entries };
  } finally {
    index.close();
  }
}
