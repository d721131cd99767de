import type { ArchiveDocument } from '../model/index.js';
import { loadNameTables } from '../text/nameTables.js';
import { ARCHIVAL_FOOTNOTE, BRACKETED_REFERENCE, CALL_NUMBER, SOURCE_FOOTNOTE } from './archives.js';

/**
 * A person or body named in a title, as printed ("Filippov [Stalin]"): the
 * name, and the editorial bracket beside it, which is not part of the name.
 */
export interface Party {
  /** As printed, brackets included: what a citation shows. */
  display: string;
  /** Without editorial brackets: "Filippov". */
  name: string;
  /** What the editor's bracket says: "Stalin", "via Terebin". */
  annotation: string | null;
  /** A ministry, embassy or committee rather than a person, or a place ("Pyongyang", "New Delhi"). */
  organisation: boolean;
}

export interface CitationFields {
  id: string;
  title: string | null;
  /** "cable", "telegram", "letter", "report", "memorandum of conversation" … */
  kind: string | null;
  /** The document's own number, where the title gives one ("83", "066.808"). */
  number: string | null;
  authors: Party[];
  recipients: Party[];
  /** A subject quoted in the title: 'Arriving in Nanning on the 29th'. */
  subject: string | null;
  date: string | null;
  isoDate: string | null;
  archive: string;
  /** The source or provenance: "RGASPI, F. 558, …", "Provided to … by …". */
  source: string | null;
  translator: string | null;
  url: string | null;
}

export const DEFAULT_ARCHIVE = 'History and Public Policy Program Digital Archive';
const KNOWN_ARCHIVES = [
  DEFAULT_ARCHIVE,
  'Wilson Center Digital Archive',
  'Cold War International History Project Digital Archive',
];

const KINDS =
  'memorandum of conversation|record of conversation|minutes of conversation|cable|telegram|letter|report|memorandum|note|message|instruction|directive|statement|speech|record|minutes|notes|draft|information|resolution|decree';

const ORGANISATION =
  /\b(ministry|embassy|committee|bureau|division|department|government|party|politburo|office|council|association|commission|consulate|legation|foundation|headquarters|central|secretariat|presidium|directorate|agency|command|army|section)\b/i;

/**
 * A group, never a person to invert: a name that opens with an article or a quantifier ("the Soviet side",
 * "All Provincial Premiers", "Each Delegation") or joins words with "of"/"for"/"in" ("Heads of Mission").
 */
const GROUP = /^(?:the|all|every|each|both|several|various|other|many|some|certain)\s|\s(?:of|for|in)\s/i;

/** Splits "A, B, and C" or "A and B" outside brackets and parentheses. */
export function splitParties(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const tokens = text.split(/(\s*,\s*and\s+|\s*,\s*|\s+and\s+|[[\]()])/);
  for (const token of tokens) {
    if (token === '[' || token === '(') depth++;
    if (token === ']' || token === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /^(\s*,\s*and\s+|\s*,\s*|\s+and\s+)$/.test(token)) {
      if (current.trim() !== '') parts.push(current.trim());
      current = '';
    } else {
      current += token;
    }
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

let places: Set<string> | null = null;

/**
 * Places, as Node's ICU data names them (src/data/names.json, made by scripts/names-data.mjs): the cities of the
 * IANA time-zone database ("Pyongyang", "Bucharest", "New York") and CLDR's English names of countries and
 * regions ("North Korea"). A place that sends or receives a telegram is never a person's name to invert.
 */
export function isPlace(name: string): boolean {
  places ??= new Set(loadNameTables().places);
  return places.has(name.toLowerCase());
}

export function readParty(display: string): Party {
  const annotations = [...display.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
  const name = display
    .replace(/\s*\[[^\]]*\]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    display,
    name: name === '' ? display : name,
    annotation: annotations.length > 0 ? annotations.join('; ') : null,
    organisation: ORGANISATION.test(name) || GROUP.test(name) || isPlace(name),
  };
}

const parties = (text: string): Party[] => splitParties(text).map(readParty);

/**
 * "Telegram from New Delhi to Moscow": where one side is a place, a single party on the other side is one too
 * (the time-zone cities do not name every capital), never a person to invert ("Delhi, New").
 */
function betweenPlaces(authors: Party[], recipients: Party[]): { authors: Party[]; recipients: Party[] } {
  const placed = (side: Party[]) => side.length > 0 && side.every((p) => isPlace(p.name));
  const asPlace = (side: Party[]) =>
    side.length === 1 && side[0]?.annotation === null ? side.map((p) => ({ ...p, organisation: true })) : side;
  if (placed(recipients)) authors = asPlace(authors);
  if (placed(authors)) recipients = asPlace(recipients);
  return { authors, recipients };
}

interface TitleParts {
  kind: string | null;
  number: string | null;
  authors: Party[];
  recipients: Party[];
  subject: string | null;
}

const QUOTED_SUBJECT = /,\s*['‘"“](.+)['’"”]\s*$/;

/**
 * Handling markings a title may end with, as the corpora's documents carry them (FRUS source notes: "Top Secret;
 * Priority; Limdis", "Eyes Only"; the Romanian telegrams: "SECRET, Urgent"): classification and precedence, not
 * parties.
 */
const MARKING =
  /^(?:(?:top|strictly|very)\s+)?(?:secret|confidential|restricted|unclassified|urgent|immediate|priority|flash|routine|limdis|nodis|exdis|eyes\s+only|personal)$/i;
const DOCUMENT_NUMBER = /^No\.?\s*(\d[\w./-]*)$/i;

/** English words that join a subject's words ("Plans for Mao's Visit to Moscow"); a person's name has none. */
const SUBJECT_WORDS = /\s(?:for|on|of|about|regarding|concerning|with|to|in|at|from|by|and|the|a|an)\s/i;

/**
 * Splits what follows the parties off the recipients: handling markings and a document number at the end
 * ("Bucharest, SECRET, Urgent, No. 067.046"), and a subject ("Stalin, Plans for Mao's Visit to Moscow").
 */
function trailing(text: string): { text: string; number: string | null; subject: string | null } {
  const parts = text.split(/\s*,\s*/);
  let number: string | null = null;
  let subject: string | null = null;
  for (;;) {
    const last = (parts.at(-1) ?? '').trim();
    if (parts.length < 2) break;
    const numbered = DOCUMENT_NUMBER.exec(last);
    if (numbered) number ??= numbered[1] ?? null;
    else if (!last.split(/\s*;\s*/).every((m) => MARKING.test(m))) break;
    parts.pop();
  }
  // A list of parties ends "…, and C" (or "A and B"): a last part after a comma without "and", in words that join a
  // phrase, is what the document is about.
  const last = (parts.at(-1) ?? '').trim();
  if (
    parts.length >= 2 &&
    !/^and\s/i.test(last) &&
    last.split(/\s+/).length >= 3 &&
    SUBJECT_WORDS.test(` ${last} `) &&
    !ORGANISATION.test(last)
  ) {
    subject = last;
    parts.pop();
  }
  return { text: parts.join(', '), number, subject };
}

function withSubject(rest: string): { text: string; subject: string | null } {
  const m = QUOTED_SUBJECT.exec(rest);
  return m ? { text: rest.slice(0, m.index), subject: m[1] ?? null } : { text: rest, subject: null };
}

/**
 * Reads the kind of document and its parties from an archive title:
 * "Cable, Joseph Stalin to Anastas Mikoyan", "Telegram from X to Y",
 * "Cable No. 83 from X to Y", "Memorandum of Conversation, A with B",
 * "Letter from X to Y", "Report, X to Y", "Bureau [Ministry], 'Subject'".
 */
export function readTitle(title: string): TitleParts {
  const none: TitleParts = { kind: null, number: null, authors: [], recipients: [], subject: null };
  // "(Excerpt)" describes the document, not its last party.
  const t = title.trim().replace(/\s*\((?:excerpts?|draft|summary|extract)\)$/i, '');
  let m = new RegExp(`^(${KINDS})(?:\\s+(?:No\\.?\\s*)?([\\d][\\w./-]*))?(?:,\\s*|\\s+from\\s+)(.+)$`, 'i').exec(t);
  if (m) {
    const kind = (m[1] ?? '').toLowerCase();
    const number = m[2] ?? null;
    const { text, subject } = withSubject(m[3] ?? '');
    if (/conversation$/.test(kind)) {
      const between = /^(?:between\s+)?(.+?)\s+(?:with|and)\s+(.+)$/i.exec(text);
      return {
        kind,
        number,
        authors: between ? [...parties(between[1] ?? ''), ...parties(between[2] ?? '')] : parties(text),
        recipients: [],
        subject,
      };
    }
    const to = /^(.+?)\s+to\s+(.+)$/i.exec(text);
    if (to) {
      const rest = trailing(to[2] ?? '');
      return {
        kind,
        number: number ?? rest.number,
        ...betweenPlaces(parties(to[1] ?? ''), parties(rest.text)),
        subject: subject ?? rest.subject,
      };
    }
    const rest = trailing(text);
    return {
      kind,
      number: number ?? rest.number,
      authors: parties(rest.text),
      recipients: [],
      subject: subject ?? rest.subject,
    };
  }
  m = /^(.+?),\s*['‘"“](.+)['’"”]\s*$/.exec(t);
  if (m) return { ...none, authors: parties(m[1] ?? ''), subject: m[2] ?? null };
  return none;
}

export interface CitationParts {
  archive: string | null;
  source: string | null;
  translator: string | null;
}

const TRANSLATED = /\btranslated\b[^.]*?\bby\s+([^.;]+?)\s*(?:[.;]|$)/i;

/** Reads archive, source and translator from the archive's own citation string. */
export function readCitation(citation: string, date: string | null): CitationParts {
  let rest = citation.replace(/\s*https?:\/\/\S+\s*$/, '').trim();
  // Drop the quoted title and the date that follow it.
  rest = rest.replace(/^["“][^]*?[,.]?["”],?\s*/, '');
  if (date !== null && rest.startsWith(date)) rest = rest.slice(date.length).replace(/^,\s*/, '');
  const archive = KNOWN_ARCHIVES.find((a) => rest.startsWith(a)) ?? null;
  if (archive !== null) rest = rest.slice(archive.length).replace(/^[,.]\s*/, '');
  const translator = TRANSLATED.exec(rest)?.[1]?.trim() ?? null;
  // What is not the translation credit is the source: "Obtained by X and translated by Y" keeps "Obtained by X".
  const source = rest
    .replace(/(?:^|\s*,?\s*and\s+|\.\s*)translated\b[^.]*?\bby\s+[^.;]+[.;]?/i, '.')
    .replace(/^\.\s*/, '')
    .replace(/\s*\.\s*$/, '')
    .trim();
  return { archive, source: source === '' ? null : `${source}.`.replace(/\.\.$/, '.'), translator };
}

/**
 * The archival reference a document without a Citation section prints itself, wherever its editors put it: a
 * footnote ("[1] BArch, B 136/59748, 297-301.", "[1] Source: Department of State, Central Files, …"), a bracketed
 * line under the text ("_[AA:A2680, 14/1942]_"), or a line in Russian archival numbering above or below it
 * ("РГАСПИ. Ф. 17. Оп. 162. Д. 25. Л. 30. Подлинник. Машинопись.").
 */
export function sourceFromDocument(
  doc: Pick<ArchiveDocument, 'notes' | 'preamble' | 'closing' | 'points'>,
): string | null {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  for (const note of doc.notes) {
    const m = ARCHIVAL_FOOTNOTE.exec(note.trim()) ?? SOURCE_FOOTNOTE.exec(note.trim());
    if (m?.[1]) return clean(m[1]);
  }
  // Lines under the text, above it, and at the end of the last point (where a reference under the text ends up
  // when nothing separates it from the last point).
  const last = doc.points.at(-1)?.text.split('\n').slice(-12) ?? [];
  const lines = [...doc.closing, ...doc.notes, ...last, ...doc.preamble].flatMap((l) => l.split('\n'));
  for (const line of lines.map((l) => l.trim())) {
    const bracketed = BRACKETED_REFERENCE.exec(line);
    if (bracketed?.[1]) return clean(bracketed[1]);
    if (line.length < 200 && CALL_NUMBER.test(line) && /^\P{Ll}/u.test(line)) return clean(line);
  }
  return null;
}

/** The numeric archive id gives the archive's own URL. */
export function archiveUrl(id: string): string | null {
  return /^\d+$/.test(id) ? `https://digitalarchive.wilsoncenter.org/document/${id}` : null;
}

/** What the archive pattern needs, without reading the title's parties: archive, source, translator, URL. */
export type SourceFields = Pick<CitationFields, 'archive' | 'source' | 'translator' | 'url'>;

export function sourceFields(doc: ArchiveDocument): SourceFields {
  const fromCitation = doc.citation === null ? null : readCitation(doc.citation, doc.date);
  return {
    archive: fromCitation?.archive ?? DEFAULT_ARCHIVE,
    source: fromCitation ? fromCitation.source : sourceFromDocument(doc),
    translator: fromCitation?.translator ?? null,
    url: doc.url ?? archiveUrl(doc.id),
  };
}

export function citationFields(doc: ArchiveDocument): CitationFields {
  const title =
    doc.title === null
      ? { kind: null, number: null, authors: [], recipients: [], subject: null }
      : readTitle(doc.title);
  const fromCitation = doc.citation === null ? null : readCitation(doc.citation, doc.date);
  return {
    id: doc.id,
    title: doc.title,
    ...title,
    date: doc.date,
    isoDate: doc.isoDate,
    archive: fromCitation?.archive ?? DEFAULT_ARCHIVE,
    source: fromCitation ? fromCitation.source : sourceFromDocument(doc),
    translator: fromCitation?.translator ?? null,
    url: doc.url ?? archiveUrl(doc.id),
  };
}
