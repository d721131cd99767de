import type { ArchiveDocument } from '../model/index.js';
import { type CitationFields, citationFields, type Party, splitParties } from './fields.js';
import { type FrusInfo, frusInfo, listed } from './frus.js';
import { nameOrder } from './names.js';

/** The subset of CSL-JSON that cable writes. */
export interface CslName {
  given?: string;
  family?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'personal_communication' | 'document' | 'manuscript' | 'chapter';
  'container-title'?: string;
  editor?: CslName[];
  publisher?: string;
  'publisher-place'?: string;
  number?: string;
  title?: string;
  'title-short'?: string;
  author?: CslName[];
  recipient?: CslName[];
  translator?: CslName[];
  genre?: string;
  issued?: { 'date-parts': number[][] } | { literal: string };
  archive?: string;
  archive_location?: string;
  note?: string;
  URL?: string;
  'call-number'?: string;
  'citation-key'?: string;
}

/** A person as CSL wants it (given and family, so styles may invert), or a literal name. */
export function cslName(party: Pick<Party, 'display' | 'name' | 'annotation' | 'organisation'>): CslName {
  // An organisation, a place, a name with an editor's bracket, or one printed family first stays as printed.
  if (party.organisation || party.annotation !== null || /[[\]()]/.test(party.display))
    return { literal: party.display };
  const order = nameOrder(party.name);
  return order.kind === 'as-printed' ? { literal: party.display } : { given: order.given, family: order.family };
}

/**
 * An author opens every note and entry: "the Romanian Embassy in Pyongyang" is printed "The Romanian Embassy…"
 * there (a recipient keeps its lower-case article inside the sentence).
 */
const authorName = (party: Party): CslName => {
  const name = cslName(party);
  return name.literal === undefined
    ? name
    : { literal: `${name.literal[0]?.toUpperCase() ?? ''}${name.literal.slice(1)}` };
};

const person = (name: string): Party => ({ display: name, name, annotation: null, organisation: false });

function issued(doc: ArchiveDocument): CslItem['issued'] | undefined {
  if (doc.isoDate !== null) return { 'date-parts': [doc.isoDate.split('-').map(Number)] };
  return doc.date === null ? undefined : { literal: doc.date };
}

/**
 * Styles read the item differently: `mla` puts the description in the title slot (and the URL without its
 * scheme, as MLA 9 does); `apa` writes the bracketed description itself, in words ("and", not APA's "&"; an
 * editor's brackets as parentheses, never brackets inside brackets). The exports carry the default item.
 */
export type CslFlavour = 'default' | 'mla' | 'apa';

/**
 * "stalin1949_121767": author (or, without one, the title's first key word: "chancellors1997_300238"), year and
 * the archive id, unique within a collection (BibTeX keys allow only letters, digits and _).
 */
export function citationKey(doc: ArchiveDocument, item: CslItem): string {
  const who = item.author?.[0];
  const titleWord =
    (item.title ?? '')
      .replace(/<[^>]*>/g, '')
      .split(/\s+/)
      .find((w) => !SMALL_WORDS.has(w.toLowerCase())) ?? '';
  const name = (who?.family ?? who?.literal?.split(' ')[0] ?? titleWord)
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  const year = doc.isoDate?.slice(0, 4) ?? '';
  const id = doc.id.replace(/[^A-Za-z0-9]+/g, '_');
  return /^\d+$/.test(doc.id) ? `${name || 'doc'}${year}_${id}` : id;
}

/**
 * A title keeps the case of the names in it: styles that title-case would print "Chiang Ching-Kuo". CSL's rich
 * text marks such a word `<span class="nocase">` (citeproc-js and pandoc both read it); the exports turn it into
 * their own protection (see exports.ts).
 */
export const protectNames = (title: string): string =>
  title.replace(/(?<![\p{L}>])\p{Lu}\p{Ll}*-\p{Ll}+(?![\p{L}<])/gu, (word) => `<span class="nocase">${word}</span>`);

/** The items every export writes: the item cable renders (Chicago's), each under its one key. */
export function keyedItems(docs: ArchiveDocument[]): (CslItem & { 'citation-key': string })[] {
  return exportItems(
    docs.map((doc) => {
      const item = toCsl(doc);
      return { ...item, 'citation-key': citationKey(doc, item) };
    }),
  ) as (CslItem & { 'citation-key': string })[];
}

/**
 * The items of an export, each under its one key: the CSL-JSON id is the citation key that BibLaTeX and RIS
 * give too (pandoc reads `id`, not `citation-key`), and two documents never share one (a second "x" is "x_2").
 */
export function exportItems(items: CslItem[]): CslItem[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = item['citation-key'] ?? item.id;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const key = count === 1 ? base : `${base}_${count}`;
    return { ...item, id: key, 'citation-key': key };
  });
}

/**
 * Maps a document to CSL-JSON so the official styles read as a historian
 * writes by hand: a cable or letter is a personal communication from its
 * author to its recipient, described by its genre ("cable"), never titled
 * with the archive's catalogue title; anything else is a titled document.
 */
export function toCsl(
  doc: ArchiveDocument,
  flavour: CslFlavour = 'default',
  fields: CitationFields = citationFields(doc),
): CslItem {
  // A FRUS document is a part of an edited, published volume, not an archive's item.
  const frus = frusInfo(doc);
  if (frus !== null) return frusCsl(doc, frus);
  const item: CslItem = { id: doc.id, type: 'document' };
  const communication =
    fields.kind !== null &&
    fields.authors.length > 0 &&
    fields.recipients.length > 0 &&
    !/conversation/.test(fields.kind);
  const genre =
    fields.kind === null ? null : fields.number === null ? fields.kind : `${fields.kind} no. ${fields.number}`;
  if (communication && genre !== null) {
    item.type = 'personal_communication';
    item.author = fields.authors.map(authorName);
    const description = `${genre[0]?.toUpperCase()}${genre.slice(1)} to ${joinNames(fields.recipients.map((r) => r.display))}`;
    if (flavour === 'mla') {
      // MLA describes an untitled letter in the title slot: "Cable to Anastas Mikoyan."
      item.genre = description;
    } else if (flavour === 'apa') {
      // APA prints the genre in brackets: "[Cable to Tuan (Van Tien Dung) and Bay Cuong (Pham Hung)]".
      item.genre = description.replace(/\[([^\]]*)\]/g, '($1)');
    } else {
      item.recipient = fields.recipients.map(cslName);
      item.genre = genre;
    }
    // "Cable, Terebin to Stalin, Plans for Mao's Visit to Moscow": the subject is the title styles print beside
    // the description, never a second recipient.
    if (fields.subject !== null && flavour !== 'mla') item.title = protectNames(fields.subject);
  } else if (fields.subject !== null && fields.authors.length > 0) {
    item.author = fields.authors.map(authorName);
    item.title = protectNames(fields.subject);
  } else if (doc.title !== null) {
    item.title = protectNames(doc.title);
    const short = shortTitle(doc.title);
    if (short !== doc.title) item['title-short'] = protectNames(short);
  }
  // "Gary Goldberg and Sergey Radchenko" are two translators, each a name of its own. Without an author, a style
  // would print them in the author's place ("Goldberg, Gary, trans. 'Minutes …'"): the credit is a note instead.
  const translators = translatorsOf(fields);
  if (translators.length > 0 && item.author !== undefined) item.translator = translators;
  const date = issued(doc);
  if (date !== undefined) item.issued = date;
  item.archive = fields.archive;
  // Where the document is, or was printed, reaches every style as its location in the archive; how the archive
  // came by it ("Provided to …", "Obtained by …") is a note, and never glued to a call number.
  if (fields.source !== null) {
    const { location, provenance } = splitSource(fields.source);
    if (location !== null) item.archive_location = location;
    if (provenance !== null) item.note = provenance;
  }
  if (translators.length > 0 && item.author === undefined) {
    item.note = [
      item.note,
      `Translated by ${joinNames(fields.translator === null ? [] : splitParties(fields.translator))}.`,
    ]
      .filter((x) => x !== undefined)
      .join(' ');
  }
  if (fields.url !== null) item.URL = flavour === 'mla' ? fields.url.replace(/^https?:\/\//, '') : fields.url;
  return item;
}

const translatorsOf = (fields: CitationFields): CslName[] =>
  fields.translator === null ? [] : splitParties(fields.translator).map((name) => cslName(person(name)));

/**
 * The items BibLaTeX and RIS write: the rendered item, with the translators of a document without an author
 * back in their own field (biblatex prints them after the title; Zotero's translator creator), not in a note.
 */
export function exportableItems(docs: ArchiveDocument[]): ReturnType<typeof keyedItems> {
  return keyedItems(docs).map((item, i) => {
    const doc = docs[i];
    if (doc === undefined || item.translator !== undefined || item.type === 'chapter') return item;
    const fields = citationFields(doc);
    const translators = translatorsOf(fields);
    if (translators.length === 0) return item;
    const note = item.note?.replace(/\s*Translated by [^]*$/, '');
    const { note: _dropped, ...rest } = item;
    return { ...rest, translator: translators, ...(note ? { note } : {}) };
  });
}

/** Sentences that say how the archive came by a document, not where it is. */
const PROVENANCE = /^(?:provided|obtained|with permission|donated|courtesy|contributed|made available|reproduced)\b/i;

/** "RGASPI, F. 558, Op. 11, D. 342. Obtained by X." → the location, and the provenance after it. */
export function splitSource(source: string): { location: string | null; provenance: string | null } {
  const sentences = source.split(
    /(?<=\.)\s+(?=(?:provided|obtained|with permission|donated|courtesy|contributed|made available|reproduced)\b)/i,
  );
  const location = sentences
    .filter((s) => !PROVENANCE.test(s))
    .join(' ')
    .replace(/\.$/, '');
  const provenance = sentences.filter((s) => PROVENANCE.test(s)).join(' ');
  return { location: location === '' ? null : location, provenance: provenance === '' ? null : provenance };
}

/** Chicago's short title: four key words (a name they end inside runs to its end), editorial brackets left out. */
function shortTitle(title: string): string {
  const words = title
    .replace(/\s*\[[^\]]*\]/g, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length <= 4) return title;
  // Four key words, the small words between them kept: "Protocol No. 18 of the Politburo", never "… 18 Of";
  // "Conversation with Gorbachev" and "Conversation with Mitterrand" stay apart. A colon ends the main title.
  const kept: string[] = [];
  let keyWords = 0;
  for (const [i, word] of words.entries()) {
    kept.push(word);
    if (!SMALL_WORDS.has(word.toLowerCase().replace(/[,;:]$/, ''))) keyWords++;
    if (/[:;,]$/.test(word)) break;
    // The fourth key word ends it, unless a name goes on ("Polish President Kwasniewski"): then the name's end.
    const next = words[i + 1] ?? '';
    if (keyWords >= 4 && !(/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(next) && !SMALL_WORDS.has(next.toLowerCase())))
      break;
  }
  while (kept.length > 1 && SMALL_WORDS.has((kept.at(-1) ?? '').toLowerCase().replace(/[,;:.]$/, ''))) kept.pop();
  return kept.join(' ').replace(/[,;:.]+$/, '');
}

/** English articles, prepositions and conjunctions, and "No.": never the last word of a short title. */
const SMALL_WORDS = new Set(
  'a an the of with to and or in on for at by from between about concerning regarding into over no no. nr.'.split(' '),
);

/** "A", "A and B", "A, B, and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** A FRUS document for the CSL styles and the exports: a chapter (the document) of an edited book (the volume). */
function frusCsl(doc: ArchiveDocument, info: FrusInfo): CslItem {
  const item: CslItem = {
    id: doc.id,
    type: 'chapter',
    title: doc.title ?? '',
    'container-title': listed(info.series, info.subSeries, info.volumeNumber, info.volumeTitle),
    editor: info.editors.map((name) => {
      const words = name.split(' ');
      return { given: words.slice(0, -1).join(' '), family: words.at(-1) ?? name };
    }),
    publisher: info.publisher.replace(/^[^:]*:\s*/, ''),
    'publisher-place': info.publisher.replace(/:.*$/, ''),
    issued: { 'date-parts': [[Number(info.year)]] },
  };
  if (info.document !== '') item.number = info.document;
  if (doc.url !== null) item.URL = doc.url;
  return item;
}
