import { collectionOf } from './collection.js';
import type { AppContext } from './context.js';

/** Where the index is, and whether it is current: changes nothing. */
export async function indexStatus(ctx: AppContext) {
  const { indexStatus: status } = await import('../store/searchIndex.js');
  return status(collectionOf(ctx), ctx.env);
}

/** Brings the index up to date, or builds it from nothing. */
export async function updateIndex(ctx: AppContext, request: { rebuild: boolean }) {
  const { openSearchIndex } = await import('../store/searchIndex.js');
  const index = openSearchIndex(collectionOf(ctx), ctx.env, { rebuild: request.rebuild, progress: ctx.progress });
  index.close();
  ctx.problems.push(...index.stats.problems);
  return { path: index.path, stats: index.stats };
}
