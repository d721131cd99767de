import { matchTexts, type Range, snippet } from './match.js';
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
      hits.push({ ...candidate, ranges, snippet: cut.text, snippetRanges: cut.ranges });
    });
    batch = [];
    return hits.length > limit;
  };
  for (const candidate of candidates) {
    batch.push(candidate);
    if (batch.length >= 500 && flush()) break;
  }
  if (batch.length > 0) flush();
  return { hits: hits.slice(0, limit), more: hits.length > limit };
}
