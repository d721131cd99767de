import { matchTexts, type Range, type SpellingFound, snippet, spellingsFound } from './match.js';
import type { Query } from './query.js';
import type { SearchUnit } from './units.js';

export interface SearchCandidate extends SearchUnit {
  docId: string;
  date: string | null;
  title: string | null;
}

export interface Hit extends SearchCandidate {
  /** Where the query matched in `text`. */
  ranges: Range[];
  snippet: string;
  snippetRanges: Range[];
  /** Words the hit has in another spelling than the query's ("Chou" for "Zhou"); empty when it has them as typed. */
  spellings: SpellingFound[];
}

/** Checks candidates (from the index or a scan) against the whole query, in their ranked order, in batches. */
export function collectHits(
  candidates: Iterable<SearchCandidate>,
  query: Query,
  limit: number,
): { hits: Hit[]; more: boolean } {
  const hits: Hit[] = [];
  let batch: SearchCandidate[] = [];
  const flush = (): boolean => {
    const results = matchTexts(
      batch.map((c) => c.text),
      query,
    );
    batch.forEach((candidate, i) => {
      const ranges = results[i];
      if (!ranges || hits.length > limit) return;
      const cut = snippet(candidate.text, ranges);
      hits.push({
        ...candidate,
        ranges,
        snippet: cut.text,
        snippetRanges: cut.ranges,
        spellings: spellingsFound(candidate.text, query),
      });
    });
    batch = [];
    return hits.length > limit;
  };
  for (const candidate of candidates) {
    batch.push(candidate);
    if (batch.length >= 500 && flush()) break;
  }
  if (batch.length > 0) flush();
  // The spelling typed first: a hit that has only another spelling ranks after every hit that has the typed one.
  hits.sort((a, b) => Number(a.spellings.length > 0) - Number(b.spellings.length > 0));
  return { hits: hits.slice(0, limit), more: hits.length > limit };
}
