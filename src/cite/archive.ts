import type { ArchiveDocument } from '../model/index.js';
import type { CitationFields } from './fields.js';

export interface ArchiveCitation {
  text: string;
  /** The document had no Citation section; cable built this one. */
  constructed: boolean;
  /** What a constructed citation was built from, for the note on stderr. */
  builtFrom: string[];
}

/** "point 3", "points 2–4", "points 1, 3". */
export function pinpointWords(numbers: number[]): string {
  if (numbers.length === 1) return `point ${numbers[0]}`;
  const consecutive = numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
  return consecutive ? `points ${numbers[0]}–${numbers[numbers.length - 1]}` : `points ${numbers.join(', ')}`;
}

/** The locator a CSL style gets: "3", "2–4", "1, 3". */
export function locator(numbers: number[]): string {
  return pinpointWords(numbers).replace(/^points? /, '');
}

function withPinpoint(citation: string, url: string | null, numbers: number[], page: string | null = null): string {
  if (numbers.length === 0 && page === null) return citation;
  const pin = page !== null ? `p. ${page}` : pinpointWords(numbers);
  const at = url === null ? -1 : citation.lastIndexOf(url);
  if (at === -1) return `${citation.replace(/[.\s]+$/, '')}, ${pin}.`;
  const before = citation.slice(0, at).replace(/[.\s]+$/, '');
  return `${before}, ${pin}. ${citation.slice(at)}`;
}

/**
 * The archive's own citation, or one built in its pattern when the document
 * has none: "Title," Date, Archive, Source. Translated by X. URL
 */
export function archiveCitation(
  doc: ArchiveDocument,
  fields: CitationFields,
  points: number[] = [],
  page: string | null = null,
): ArchiveCitation {
  if (doc.citation !== null) {
    return { text: withPinpoint(doc.citation, doc.url, points, page), constructed: false, builtFrom: [] };
  }
  const builtFrom = ['title', 'date'];
  let text = `"${doc.title ?? '(untitled)'}," ${doc.date ?? 'n.d.'}, ${fields.archive}`;
  if (fields.source !== null) {
    text += `, ${fields.source.replace(/\.$/, '')}.`;
    builtFrom.push('the archival reference in its notes');
  } else {
    text += '.';
  }
  if (fields.translator !== null) text += ` Translated by ${fields.translator}.`;
  if (fields.url !== null) {
    text += ` ${fields.url}`;
    builtFrom.push('its id (for the URL)');
  }
  return { text: withPinpoint(text, fields.url, points), constructed: true, builtFrom };
}
