import { UsageError } from '../errors.js';
import type { ArchiveDocument } from '../model.js';
import { fold } from './select.js';

export interface DocumentFilter {
  from?: string;
  to?: string;
  language?: string;
  hasPoints?: boolean;
}

export const SORT_KEYS = ['date', 'id', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const PARTIAL_ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Checks a --from/--to value: an ISO date, partial allowed (1949, 1949-02, 1949-02-06). */
export function isoBound(option: string) {
  return (value: string): string => {
    if (!PARTIAL_ISO.test(value))
      throw new UsageError(`${option} takes an ISO date such as 1949, 1949-02 or 1949-02-06, not "${value}"`);
    return value;
  };
}

/**
 * Whether a document falls in the filter. Bounds compare at their own
 * precision: --to 1949-02 keeps 1949-02-28; a document dated only "1949"
 * is kept by --from 1949 but not by --from 1949-02, since it may be earlier.
 */
export function matchesFilter(doc: ArchiveDocument, filter: DocumentFilter): boolean {
  const date = doc.isoDate;
  if (filter.from !== undefined && (date === null || date < filter.from)) return false;
  if (filter.to !== undefined && (date === null || date.slice(0, filter.to.length) > filter.to)) return false;
  if (filter.language !== undefined && fold(doc.originalLanguage ?? '') !== fold(filter.language)) return false;
  if (filter.hasPoints && doc.points.length === 0) return false;
  return true;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareDocuments(key: SortKey): (a: ArchiveDocument, b: ArchiveDocument) => number {
  switch (key) {
    case 'id':
      return (a, b) => a.id.localeCompare(b.id, 'en', { numeric: true });
    case 'title':
      return (a, b) => fold(a.title ?? '').localeCompare(fold(b.title ?? ''), 'en') || byText(a.id, b.id);
    case 'date':
      // Undated documents last; same date by id.
      return (a, b) =>
        byText(a.isoDate ?? '\uffff', b.isoDate ?? '\uffff') || a.id.localeCompare(b.id, 'en', { numeric: true });
  }
}

export function filterDocuments(
  docs: ArchiveDocument[],
  filter: DocumentFilter,
  sort: SortKey = 'date',
): ArchiveDocument[] {
  return docs.filter((d) => matchesFilter(d, filter)).sort(compareDocuments(sort));
}
