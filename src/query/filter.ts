import { type ArchiveDocument, type Source, sourceOf } from '../model/index.js';
import { foldText } from '../text/fold.js';

export interface DocumentFilter {
  from?: string | undefined;
  to?: string | undefined;
  language?: string | undefined;
  hasPoints?: boolean | undefined;
  source?: Source | undefined;
}

export const SORT_KEYS = ['date', 'id', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Whether a document falls in the filter. Bounds compare at their own
 * precision: --to 1949-02 keeps 1949-02-28; a document dated only "1949"
 * is kept by --from 1949 but not by --from 1949-02, since it may be earlier.
 */
export function matchesFilter(doc: ArchiveDocument, filter: DocumentFilter): boolean {
  const date = doc.isoDate;
  if (filter.from !== undefined && (date === null || date < filter.from)) return false;
  if (filter.to !== undefined && (date === null || date.slice(0, filter.to.length) > filter.to)) return false;
  if (filter.language !== undefined && foldText(doc.originalLanguage ?? '') !== foldText(filter.language)) return false;
  if (filter.hasPoints && doc.points.length === 0) return false;
  if (filter.source !== undefined && sourceOf(doc) !== filter.source) return false;
  return true;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// One collator for every comparison: the same order as localeCompare(…, 'en', …), without making one each time;
// made on first use, since most commands sort nothing.
let collators: { numeric: Intl.Collator; english: Intl.Collator } | undefined;
const collator = () => {
  collators ??= { numeric: new Intl.Collator('en', { numeric: true }), english: new Intl.Collator('en') };
  return collators;
};

/** What a list is sorted by: a document, or its entry in the index (model ListEntry). */
type Sortable = Pick<ArchiveDocument, 'id' | 'isoDate' | 'title'>;

export function compareDocuments(key: SortKey): (a: Sortable, b: Sortable) => number {
  switch (key) {
    case 'id': {
      const { numeric } = collator();
      return (a, b) => numeric.compare(a.id, b.id);
    }
    case 'title': {
      const { english } = collator();
      return (a, b) => english.compare(foldText(a.title ?? ''), foldText(b.title ?? '')) || byText(a.id, b.id);
    }
    case 'date': {
      // Undated documents last; same date by id.
      const { numeric } = collator();
      return (a, b) => byText(a.isoDate ?? '\uffff', b.isoDate ?? '\uffff') || numeric.compare(a.id, b.id);
    }
  }
}

export function filterDocuments(
  docs: ArchiveDocument[],
  filter: DocumentFilter,
  sort: SortKey = 'date',
): ArchiveDocument[] {
  return docs.filter((d) => matchesFilter(d, filter)).sort(compareDocuments(sort));
}
