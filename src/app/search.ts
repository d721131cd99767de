import type { DocumentFilter } from '../query/filter.js';
import { ftsExpression } from '../search/fts.js';
import { collectHits, type Hit } from '../search/hits.js';
import { parseQuery } from '../search/query.js';
import { collectionOf } from './collection.js';
import type { AppContext } from './context.js';

export interface SearchResult {
  hits: Hit[];
  /** More hits than the limit exist. */
  more: boolean;
  limit: number;
  query: string;
  dir: string;
}

/**
 * Searches the whole collection through its index (brought up to date
 * first): FTS5 finds the candidates, in rank order; each is then checked
 * against the whole query, which is where regexes and case are decided.
 */
export async function searchCollection(
  ctx: AppContext,
  request: { words: string[]; caseSensitive: boolean; filter: DocumentFilter; limit: number },
): Promise<SearchResult> {
  const query = parseQuery(request.words.join(' '), request.caseSensitive);
  const collection = collectionOf(ctx);
  // better-sqlite3 is loaded only by the commands that use the index.
  const { openSearchIndex } = await import('../store/searchIndex.js');
  const index = openSearchIndex(collection, ctx.env, { progress: ctx.progress });
  try {
    ctx.problems.push(...index.stats.problems);
    // Regexes and case are checked on the candidates, so those may need more of them than the limit.
    const exact = query.caseSensitive || query.terms.some((t) => t.kind === 'regex');
    const rows = index.candidates(ftsExpression(query), request.filter, exact ? null : request.limit + 1);
    const { hits, more } = collectHits(rows, query, request.limit);
    return { hits, more, limit: request.limit, query: request.words.join(' '), dir: collection.dir };
  } finally {
    index.close();
  }
}
