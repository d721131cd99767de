import type { DocumentFilter } from '../query/filter.js';
import { ftsExpression } from '../search/fts.js';
import { collectHits, type Hit } from '../search/hits.js';
import { parseQuery, spellingWords } from '../search/query.js';
import { conventionalSpellings, otherSpellings } from '../search/spellings.js';
import { readNames } from '../store/names.js';
import { collectionOf } from './collection.js';
import type { AppContext } from './context.js';
import { indexing } from './index.js';

/**
 * A signature ("Mao Zedong."), a closing or a footnote is short, so BM25
 * scores a name in it far above the same name in a substantive paragraph:
 * such parts come after the points and the preamble that match, each tier in
 * FTS5's order (Array.prototype.sort is stable).
 */
const BELOW = new Set(['closing', 'notes']);

function rerank<T extends { part: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => Number(BELOW.has(a.part)) - Number(BELOW.has(b.part)));
}

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
  request: {
    words: string[];
    caseSensitive: boolean;
    exactSpelling?: boolean | undefined;
    filter: DocumentFilter;
    limit: number;
  },
): Promise<SearchResult> {
  // Refused at once, before the index, when cable cannot read it (the spellings come below).
  parseQuery(request.words.join(' '), request.caseSensitive);
  const collection = collectionOf(ctx);
  // The spellings the collection's names.yaml lists for one name ("Peking", "Beijing").
  const listed = request.exactSpelling ? [] : readNames(collection.dir);
  // better-sqlite3 is loaded only by the commands that use the index.
  const { openSearchIndex } = await import('../store/searchIndex.js');
  const index = openSearchIndex(collection, ctx.env, { progress: indexing(ctx) });
  try {
    for (const problem of index.stats.problems) ctx.problems.push(problem);
    // Other spellings of a name (Wade-Giles for Pinyin and back, Cyrillic and Latin…) unless asked for the spelling
    // typed alone; and those names.yaml and the FRUS persons lists declare, which the index keeps
    // ("Park Chung Hee (Pak Chong-hui)"), and the conventional spellings cable ships ("Chiang Kai-shek").
    const query = request.exactSpelling
      ? parseQuery(request.words.join(' '), request.caseSensitive)
      : parseQuery(request.words.join(' '), request.caseSensitive, otherSpellings, () => [
          ...listed,
          ...conventionalSpellings(),
          ...index.declaredSpellings().map((group) => group.map(spellingWords)),
        ]);
    // Regexes and case are checked on the candidates, so those may need more of them than the limit;
    // and the ranking below may raise a candidate from further down: fetch a few times the limit.
    const exact = query.caseSensitive || query.terms.some((t) => t.kind === 'regex');
    const rows = index.candidates(ftsExpression(query), request.filter, exact ? null : request.limit * 3 + 10);
    // An exact query reads its candidates as they come (there may be many), in FTS5's order.
    const { hits, more } = collectHits(exact ? rows : rerank([...rows]), query, request.limit);
    return { hits, more, limit: request.limit, query: request.words.join(' '), dir: collection.dir };
  } finally {
    index.close();
  }
}
