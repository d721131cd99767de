import { NoPointsError } from '../errors.js';
import { type ArchiveDocument, type Section, sectionText } from '../model/index.js';
import { glossDocument } from '../query/gloss.js';
import { matchTexts, type Range } from '../search/match.js';
import { parseQuery } from '../search/query.js';
import { conventionalSpellings, otherSpellings } from '../search/spellings.js';
import { documentUnits, type SearchUnit } from '../search/units.js';
import { readNames } from '../store/names.js';
import { collectionOf, open } from './collection.js';
import type { AppContext } from './context.js';

/** A document, or one of its sections. */
export function readDocument(
  ctx: AppContext,
  request: { doc: string | undefined; section: Section | null; gloss?: boolean },
) {
  const { document } = open(ctx, request.doc);
  return { document: request.gloss ? glossDocument(document) : document, section: request.section };
}

/** All points, for the outline; a document without any is an error. */
export function outline(ctx: AppContext, request: { doc: string | undefined }) {
  const { document } = open(ctx, request.doc);
  if (document.points.length === 0) throw new NoPointsError(document.id, false);
  return { document, points: document.points };
}

export interface FilterMatch {
  unit: Pick<SearchUnit, 'part' | 'number' | 'marker' | 'text'>;
  ranges: Range[];
}

/** The points and paragraphs of one document (or one header section) that match a query. */
export function filterDocument(
  ctx: AppContext,
  request: {
    doc: string | undefined;
    words: string[];
    caseSensitive: boolean;
    exactSpelling?: boolean | undefined;
    section: Section | null;
  },
): { document: ArchiveDocument; query: string; matches: FilterMatch[] } {
  // Other spellings of a name (Wade-Giles for Pinyin and back) unless asked for the spelling typed alone.
  const query = parseQuery(
    request.words.join(' '),
    request.caseSensitive,
    request.exactSpelling ? undefined : otherSpellings,
    // And the spellings the collection's names.yaml lists for one name ("Peking", "Beijing"), and the conventional
    // spellings cable ships ("Chiang Kai-shek", "Jiang Jieshi").
    request.exactSpelling ? [] : () => [...readNames(collectionOf(ctx).dir), ...conventionalSpellings()],
  );
  const { document } = open(ctx, request.doc);
  const { section } = request;
  let units: FilterMatch['unit'][] = documentUnits(document);
  if (section !== null) {
    const value = sectionText(document, section);
    units = value === null ? [] : [{ part: section.key as SearchUnit['part'], number: 1, marker: null, text: value }];
  }
  const results = matchTexts(
    units.map((u) => u.text),
    query,
  );
  const matches = units.flatMap((unit, i) => {
    const ranges = results[i];
    return ranges ? [{ unit, ranges }] : [];
  });
  return { document, query: request.words.join(' '), matches };
}
