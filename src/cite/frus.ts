import type { ArchiveDocument } from '../model/index.js';
import { pinpointWords } from './unit.js';

/**
 * Citations of documents imported from Foreign Relations of the United
 * States, built from the volume's header (kept in each document's front
 * matter by `cable import`): the Office of the Historian's recommended
 * citation (the document's Citation section, `--style archive`), Chicago's
 * note for a document in a published collection (CMOS 14.111), its short
 * note and bibliography entry, and a CSL item of a chapter-like part of an
 * edited book for the other styles and the exports.
 */
export interface FrusInfo {
  volume: string;
  document: string;
  from: string;
  to: string;
  place: string;
  series: string;
  subSeries: string;
  volumeNumber: string;
  volumeTitle: string;
  editors: string[];
  year: string;
  publisher: string;
  /** The pages the document is printed on, the first its own. */
  pages: string[];
}

/** The FRUS fields of a document, or null when it is not from FRUS. */
export function frusInfo(doc: ArchiveDocument): FrusInfo | null {
  const frus = doc.frontMatter.frus;
  if (!frus || typeof frus !== 'object' || Array.isArray(frus)) return null;
  const f = frus as Record<string, unknown>;
  const text = (key: string): string => (typeof f[key] === 'string' ? (f[key] as string) : '');
  if (text('volume') === '') return null;
  return {
    volume: text('volume'),
    document: text('document'),
    from: text('from'),
    to: text('to'),
    place: text('place'),
    series: text('series') || 'Foreign Relations of the United States',
    subSeries: text('subSeries'),
    volumeNumber: text('volumeNumber'),
    volumeTitle: text('volumeTitle'),
    editors: Array.isArray(f.editors) ? f.editors.filter((e): e is string => typeof e === 'string') : [],
    year: text('year'),
    publisher: text('publisher') || 'Washington: Government Printing Office',
    pages: Array.isArray(f.pages) ? f.pages.filter((p): p is string => typeof p === 'string') : [],
  };
}

/** "Volume XIX, Part 1" → "vol. 19, pt. 1". */
function shortVolume(volumeNumber: string): string {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  const roman = (r: string): number => {
    let total = 0;
    for (let i = 0; i < r.length; i++) {
      const v = values[r[i] ?? ''] ?? 0;
      total += v < (values[r[i + 1] ?? ''] ?? 0) ? -v : v;
    }
    return total;
  };
  return volumeNumber
    .replace(/Volume\s+([IVXLC]+)\b/i, (_, r: string) => `vol. ${roman(r.toUpperCase())}`)
    .replace(/Volume\s+(\d+)/i, 'vol. $1')
    .replace(/Part\s+(\d+)/i, 'pt. $1');
}

/** Parts joined by commas, the empty ones left out (an old volume has no sub-series, number or title). */
export const listed = (...parts: string[]): string => parts.filter((part) => part !== '').join(', ');

const names = (list: string[]): string =>
  list.length <= 2 ? list.join(' and ') : `${list.slice(0, -1).join(', ')}, and ${list.at(-1)}`;

/** "telegram", "memorandum of conversation": the kind of document, from its title. */
function kindOf(title: string): string {
  const m =
    /^(telegram|memorandum of (?:a )?conversation|memorandum for the record|memorandum|letter|airgram|despatch|dispatch|note|paper|report|minutes|editorial note|national intelligence estimate|special national intelligence estimate|national security study memorandum|intelligence memorandum|briefing paper|position paper|message)\b/i.exec(
      title.trim(),
    );
  return (m?.[1] ?? 'document').toLowerCase();
}

/**
 * Where in the volume: "doc. 18", and the page after it when one is asked for; volumes before 1955–57 number
 * no documents, and cite the pages ("296–298", or the page asked for).
 */
const where = (info: FrusInfo, doc: ArchiveDocument, page: string | null): string => {
  if (info.document !== '') return page === null ? `doc. ${info.document}` : `doc. ${info.document}, ${page}`;
  if (page !== null) return page;
  const [first, last] = [info.pages[0], info.pages.at(-1)];
  if (first === undefined) return doc.id;
  return first === last ? first : `${first}–${last}`;
};

/** A pinpoint to numbered paragraphs, as FRUS is cited: ", para. 3", ", paras. 2–4"; nothing without one. */
const paragraphs = (points: number[]): string => (points.length > 0 ? `, ${pinpointWords(points, 'paragraph')}` : '');

/**
 * The full Chicago note (CMOS 14.111): sender to recipient, type, place, date,
 * in Foreign Relations of the United States, sub-series, vol., title, ed. …
 * (Washington: Government Printing Office, year), doc. N, URL. A pinpoint
 * follows the document number: a numbered paragraph ("para. 3") or a page.
 */
export function frusNote(
  doc: ArchiveDocument,
  info: FrusInfo,
  pinpoint: { points: number[]; page: string | null },
): string {
  const parties = info.from !== '' && info.to !== '' ? `${info.from} to ${info.to}` : '';
  const kind = kindOf(doc.title ?? '');
  // "Gresham to Baker" with no kind named (an old volume's heads are only the parties); the title when nothing else.
  const head =
    parties === ''
      ? kind === 'document'
        ? (doc.title ?? 'Document')
        : `${kind[0]?.toUpperCase()}${kind.slice(1)}`
      : kind === 'document'
        ? parties
        : `${parties}, ${kind}`;
  const when = [info.place, doc.date].filter((x) => x !== null && x !== '').join(', ');
  const editors = info.editors.length > 0 ? `, ed. ${names(info.editors)}` : '';
  const book = `in ${listed(info.series, info.subSeries, shortVolume(info.volumeNumber), info.volumeTitle)}${editors} (${info.publisher}, ${info.year})`;
  const at = where(info, doc, pinpoint.page);
  const para = paragraphs(pinpoint.points);
  // An editorial note has no place or date: nothing is left empty between commas.
  return `${[head, when, book, `${at}${para}`, doc.url ?? ''].filter((part) => part !== '').join(', ')}.`;
}

/** The short note: "Embassy in Korea to Department of State, April 18, 1969, FRUS, 1969–1976, vol. 19, pt. 1, doc. 18." */
export function frusShortNote(
  doc: ArchiveDocument,
  info: FrusInfo,
  { points, page }: { points: number[]; page: string | null },
): string {
  const parties = info.from !== '' && info.to !== '' ? `${info.from} to ${info.to}` : (doc.title ?? '');
  const para = paragraphs(points);
  const parts = [
    parties,
    doc.date ?? '',
    'FRUS',
    info.subSeries,
    shortVolume(info.volumeNumber),
    `${where(info, doc, page)}${para}`,
  ];
  return `${parts.filter((part) => part !== '').join(', ')}.`;
}

/** The bibliography entry: the volume, as an edited book. */
export function frusBibliography(info: FrusInfo): string {
  const editors = info.editors.length > 0 ? ` Edited by ${names(info.editors)}.` : '';
  const volume = shortVolume(info.volumeNumber).replace(/^vol\./, 'Vol.');
  const parts = [listed(info.series, info.subSeries), listed(volume, info.volumeTitle)].filter((part) => part !== '');
  return `U.S. Department of State. ${parts.join('. ')}.${editors} ${info.publisher}, ${info.year}.`;
}
