import type { ArchiveDocument } from '../model/index.js';
import type { SourceFields } from './fields.js';
import { frusInfo } from './frus.js';
import { pinpointUnit, pinpointWords } from './unit.js';

export interface ArchiveCitation {
  text: string;
  /** The document had no Citation section; cable built this one. */
  constructed: boolean;
  /** What a constructed citation was built from, for the note on stderr. */
  builtFrom: string[];
  /** A constructed citation that has no URL to give: the document has neither a URL nor an archive id. */
  withoutUrl: boolean;
}

/**
 * The pinpoint goes where the archive's pattern identifies the item: after the quoted title and its date
 * ('"Cable, …," February, 1949, point 3, History and Public Policy Program Digital Archive, …'), never after
 * "Translated by …", where it would read as part of the translator's credit.
 */
function withPinpoint(citation: string, date: string | null, pin: string | null): string {
  if (pin === null) return citation;
  const title = /^["“][^]*?["”]/.exec(citation);
  if (title === null) return `${citation.replace(/[.\s]+$/, '')}, ${pin}.`;
  let at = title[0].length;
  const rest = citation.slice(at);
  const dated = date === null ? null : new RegExp(`^\\s*,?\\s*${escapeRegExp(date)}`).exec(rest);
  if (dated !== null) at += dated[0].length;
  const head = citation.slice(0, at);
  const after = citation.slice(at);
  // '"Title," point 3' after a title that ends in its comma; '"Title," Date, point 3' after a date.
  const joiner = dated === null && /,["”]$/.test(head) ? ' ' : ', ';
  const tail = after.trim() === '' ? '.' : /^\s*[,.]/.test(after) ? after : `,${after}`;
  return `${head}${joiner}${pin}${tail}`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The archive's own citation, or one built in its pattern when the document
 * has none: "Title," Date, Archive, Source. Translated by X. URL
 */
export function archiveCitation(
  doc: ArchiveDocument,
  fields: SourceFields,
  points: number[] = [],
  page: string | null = null,
): ArchiveCitation {
  const unit = pinpointUnit(doc, frusInfo(doc) !== null);
  const pin = page !== null ? `p. ${page}` : points.length > 0 ? pinpointWords(points, unit) : null;
  if (doc.citation !== null) {
    return { text: withPinpoint(doc.citation, doc.date, pin), constructed: false, builtFrom: [], withoutUrl: false };
  }
  const builtFrom = ['title', 'date'];
  // Quotation marks inside the quoted title become single ones: "Report on 'Operation X',".
  const title = (doc.title ?? '(untitled)').replace(/"([^"]*)"/g, "'$1'").replace(/“([^”]*)”/g, '‘$1’');
  let text = `"${title}," ${doc.date ?? 'n.d.'}, ${fields.archive}`;
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
  return {
    text: withPinpoint(text, doc.date ?? 'n.d.', pin),
    constructed: true,
    builtFrom,
    withoutUrl: fields.url === null,
  };
}
