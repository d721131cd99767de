import { collectionOf } from './collection.js';
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
