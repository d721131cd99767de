import type { Diagnostic, Point } from '../model/index.js';
import { LETTER_FAMILIES, type Marker, type MarkerFamily, readEditorsNumber, readMarker } from './markers.js';

export interface Paragraph {
  text: string;
  line: number;
}

export interface BodyParts {
  preamble: string[];
  points: Point[];
  closing: string[];
  notes: string[];
  diagnostics: Diagnostic[];
}

interface Candidate extends Marker {
  index: number;
}

/** How far a number may jump and still be read as the next point (a lost marker). */
const MAX_GAP = 3;
/** The first point of a list is numbered at most this (a letter may begin at 2). */
const MAX_FIRST = 3;

/**
 * Keeps the candidates of one family that form a plausible numbered list:
 * counting up by one, restarting at 1 (an appendix), repeating, or skipping
 * a few (a lost marker, which `cable check` reports).
 */
function sequence(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let previous = 0;
  for (const c of candidates) {
    const ok =
      kept.length === 0
        ? c.number <= MAX_FIRST
        : c.number === 1 || c.number === previous || (c.number > previous && c.number <= previous + MAX_GAP);
    if (ok) {
      kept.push(c);
      previous = c.number;
    }
  }
  return kept;
}

/** The list that starts first, of those families' candidates that form a list of two or more. */
function firstList(families: Array<[MarkerFamily, Candidate[]]>): Candidate[] {
  let best: Candidate[] = [];
  for (const [, candidates] of families) {
    const kept = sequence(candidates);
    if (kept.length < 2) continue;
    if (best.length === 0 || (kept[0]?.index ?? 0) < (best[0]?.index ?? 0)) best = kept;
  }
  return best;
}

/**
 * Picks the top-level list. Numbers first: of the families that form a list
 * of two or more, the one that starts first; an editor's "[4]" may stand in
 * its sequence for a lost marker. Letters ("(a)", "а)", "A.") only when no
 * numbered list is there. Else a lone numbered marker is a point when it is
 * the only one in the document and opens a substantive paragraph ("1.", or
 * an excerpt's "6."), never a number alone in its paragraph (a telegram's).
 */
function topLevel(paragraphs: Paragraph[]): Candidate[] {
  const byFamily = new Map<MarkerFamily, Candidate[]>();
  paragraphs.forEach((p, index) => {
    const marker = readMarker(p.text) ?? readEditorsNumber(p.text);
    if (!marker) return;
    const list = byFamily.get(marker.family) ?? [];
    list.push({ ...marker, index });
    byFamily.set(marker.family, list);
  });
  const families = [...byFamily.entries()];
  const numbered = families.filter(([family]) => !LETTER_FAMILIES.has(family) && family !== 'bracket');
  const list = firstList(numbered);
  if (list.length > 0) return withEditorsNumbers(list, byFamily.get('bracket') ?? []);
  const lettered = firstList(families.filter(([family]) => LETTER_FAMILIES.has(family)));
  if (lettered.length > 0) return lettered;
  const lone = numbered.flatMap(([, candidates]) => candidates);
  const only = lone[0];
  if (lone.length === 1 && only && only.number <= 20 && /\s/.test(only.rest.trim()) && only.rest.trim().length >= 20) {
    return [only];
  }
  return [];
}

/** "(1) … (2) … (3) … [4] …": an editor's bracketed number continues the list where a marker was lost. */
function withEditorsNumbers(list: Candidate[], brackets: Candidate[]): Candidate[] {
  if (brackets.length === 0) return list;
  const merged = [...list, ...brackets].sort((a, b) => a.index - b.index);
  const kept: Candidate[] = [];
  for (const c of merged) {
    const previous = kept[kept.length - 1];
    if (c.family !== 'bracket' || (previous && c.number === previous.number + 1)) kept.push(c);
  }
  return kept;
}

const DATE_LIKE = /\b(1[6-9]|20)\d\d\b|\b\d{1,2}\.[IVX]{1,4}\.\d{2,4}\b/;

/** A signature, a place and date, "End": short lines that close a document. */
function isClosingLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60 || t.includes('\n')) return false;
  if (/:$/.test(t)) return false;
  // Chinese or Japanese sentences are short in characters: punctuation inside says a sentence, not a signature.
  if (/[。，；！？、]/u.test(t)) return false;
  if (DATE_LIKE.test(t) && t.length <= 40) return true;
  if (/^\([^()]{1,40}\)$/.test(t)) return true; // "(Bitterlich)"
  if (/^(yours|sincerely|respectfully|with (comradely )?greetings)\b/i.test(t)) return true;
  const words = t.replace(/[.,]$/, '').split(/\s+/);
  if (words.length > 6) return false;
  // A name, a title, "End": every word capitalised but short joining words ("of", "to all").
  return words.every((w) => /^[[(.]?[\p{Lu}\p{Lo}\p{N}]/u.test(w) || /^\p{Ll}{1,3}$/u.test(w));
}

/** A footnote: "[1] BArch, …", a Markdown definition "[^1]: …", a Chinese "〔1〕 …". */
const FOOTNOTE = /^(\[\d+\]|\[\^\w+\]:|〔\d+〕)/u;
/** Under a notes rule or heading, also: "1 Masatoshi Akiyama." (DAFP), "(1) …", "1. …", "3Délai…" (a glued number). */
const NOTE_UNDER_RULE = /^(\[\d+\]|\[\^\w+\]:|〔\d+〕|\(\d+\)\s|\d{1,3}[.)]?\s*\p{L})/u;
/** A rule (---, ___, * * *) or a notes heading ("Notes", "### Notes:", "注　　释", "Примечания", "Anmerkungen"). */
const NOTES_SEPARATOR =
  /^\s*(?:[-_*=—–]\s*)+$|^\s*(?:#{1,6}\s*)?(?:notes?|footnotes|endnotes|注\s*释|примечания|anmerkungen|fußnoten|remarques)\s*:?\s*$/iu;
/** A source or archival reference that ends a document: "[AA:A2680, 14/1942]", "Quellen: …", "РГАСПИ. Ф. 17…". */
const SOURCE_LINE =
  /^\s*_?\s*(?:\[(?:AA|NAA|PRO|TNA|NARA):[^\]]*\]_?|(?:quellen?|sources?|source note|источник|archiv|archive)\s*:|РГАСПИ|ГАРФ|АВП РФ|АП РФ|RGASPI|BArch|PA AA)/iu;

/** Where the trailing footnotes begin: under a notes rule or heading, or a run of "[1]"-style notes at the end. */
function trailingNotes(paragraphs: Paragraph[], from: number, end: number): number {
  for (let s = end - 1; s >= from; s--) {
    if (!NOTES_SEPARATOR.test(paragraphs[s]?.text ?? '')) continue;
    const after = paragraphs.slice(s + 1, end);
    if (after.length > 0 && NOTE_UNDER_RULE.test(after.find((p) => !NOTES_SEPARATOR.test(p.text))?.text.trim() ?? '')) {
      // A rule, then a "Notes" heading: the notes begin at the first of them.
      let first = s;
      while (first - 1 >= from && NOTES_SEPARATOR.test(paragraphs[first - 1]?.text ?? '')) first--;
      return first;
    }
  }
  let start = end;
  while (start > from && FOOTNOTE.test(paragraphs[start - 1]?.text.trim() ?? '')) start--;
  return start;
}

/** Trailing source lines and archival references, after everything else: they close the document. */
function trailingSources(paragraphs: Paragraph[], from: number): number {
  let end = paragraphs.length;
  while (
    end > from &&
    (SOURCE_LINE.test(paragraphs[end - 1]?.text ?? '') || /^\s*_\s*$/.test(paragraphs[end - 1]?.text ?? ''))
  ) {
    end--;
  }
  return end;
}

/** "Fait à Paris, le 21 octobre 1944.", "Berlin, den 9. Juni 1945": a place, then a date, alone on a line. */
const isPlaceAndDate = (text: string): boolean =>
  (text.trim().length <= 80 &&
    /^\s*[\p{Lu}][\p{L} .'-]*,\s*(?:\p{L}+\s+){0,2}\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}\.?$/u.test(text.trim())) ||
  /^\s*(?:fait|done|given|signed)\b.*\d{4}\.?$/iu.test(text.trim());

/** A title above a signature ("Le ministre de la guerre,", "Par le gouvernement provisoire … :"), a signature, a place and date. */
function isSignatureOrPlace(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 160 || t.includes('\n')) return false;
  if (SOURCE_LINE.test(t) || isPlaceAndDate(t)) return true;
  // A title line that a signature follows.
  if (t.length <= 90 && /[,:]$/.test(t) && !/[.;!?]\s/.test(t.slice(0, -1))) return true;
  // A name at the end of a long title: "… Marschall der Sowjetunion G. K. Shukow.", "A. TIXIER.".
  return /(?:\p{Lu}\.\s*)+\p{Lu}[\p{L}-]+\.?$|\b\p{Lu}{3,}\.$/u.test(t) && !/[.;!?]\s+\p{Ll}/u.test(t);
}

/** The notes, without the rules that set them apart (a line of dashes says nothing). */
const notesOf = (texts: string[]): string[] =>
  texts.filter((t) => !/^[\s\-_*=—–]+$/.test(t) && !(/^\s*#/.test(t) && NOTES_SEPARATOR.test(t)));

/** A Markdown notes heading ("### Notes:") with notes under it: no numbered point lies beyond it. */
function notesHeading(paragraphs: Paragraph[]): number {
  for (let s = paragraphs.length - 1; s >= 1; s--) {
    const text = paragraphs[s]?.text ?? '';
    if (
      /^\s*#/.test(text) &&
      NOTES_SEPARATOR.test(text) &&
      NOTE_UNDER_RULE.test(paragraphs[s + 1]?.text.trim() ?? '')
    ) {
      return s;
    }
  }
  return paragraphs.length;
}

/** Where the closing (signature, date, titles) begins, looking back from `end`. */
function trailingClosing(paragraphs: Paragraph[], from: number, end: number): number {
  let start = end;
  while (start > from && end - start < 4 && isClosingLine(paragraphs[start - 1]?.text ?? '')) start--;
  // A longer signature block: titles, names, a place and date, as long as every paragraph is one of them.
  let longer = start;
  while (longer > from && end - longer < 16) {
    const text = paragraphs[longer - 1]?.text ?? '';
    if (!isClosingLine(text) && !isSignatureOrPlace(text)) break;
    longer--;
  }
  // Such a block begins where the document says where and when it was signed.
  while (longer < start && !isPlaceAndDate(paragraphs[longer]?.text ?? '')) longer++;
  return longer;
}

const RUN_IN_FIRST = /(?<=\s)(First(?:ly)?)[,:;.]?\s+(?=[\p{Lu}'‘"“])/gu;

/**
 * "…emphasised following points First There should be… / Second Japan… /
 * Third Japan…": a list of ordinal words that begins at Second, whose First
 * runs on inside the paragraph before it. That paragraph is split where the
 * last such "First" begins, so that the list is whole.
 */
function withRunInFirst(paragraphs: Paragraph[]): Paragraph[] {
  const first = topLevel(paragraphs)[0];
  const ordinal = first?.family === 'ordinal' || first?.family === 'ordinal-word';
  if (first?.number !== 2 || !ordinal) return paragraphs;
  const before = paragraphs[first.index - 1];
  if (!before) return paragraphs;
  const at = [...before.text.matchAll(RUN_IN_FIRST)].at(-1)?.index;
  if (at === undefined) return paragraphs;
  return [
    ...paragraphs.slice(0, first.index - 1),
    { text: before.text.slice(0, at).trimEnd(), line: before.line },
    { text: before.text.slice(at), line: before.line },
    ...paragraphs.slice(first.index),
  ];
}

/**
 * Divides the body into preamble, numbered points and closing. Every
 * paragraph of the body lands in exactly one of them.
 */
export function splitBody(given: Paragraph[]): BodyParts {
  const paragraphs = withRunInFirst(given);
  const markers = topLevel(paragraphs.slice(0, notesHeading(paragraphs)));
  const diagnostics: Diagnostic[] = [];
  const first = markers[0];
  const texts = (from: number, to?: number): string[] => paragraphs.slice(from, to).map((p) => p.text);
  if (!first) {
    const end = trailingSources(paragraphs, 1);
    const notesStart = trailingNotes(paragraphs, 1, end);
    const closingStart = trailingClosing(paragraphs, 1, notesStart);
    return {
      preamble: texts(0, closingStart),
      points: [],
      closing: [...texts(closingStart, notesStart), ...notesOf(texts(end))],
      notes: notesOf(texts(notesStart, end)),
      diagnostics,
    };
  }
  const last = markers[markers.length - 1] ?? first;
  const end = trailingSources(paragraphs, last.index + 1);
  const notesStart = trailingNotes(paragraphs, last.index + 1, end);
  const closingStart = trailingClosing(paragraphs, last.index + 1, notesStart);
  const points: Point[] = markers.map((m, i) => {
    const end = markers[i + 1]?.index ?? closingStart;
    const following = paragraphs.slice(m.index + 1, end).map((p) => p.text);
    const text = [m.rest, ...following].filter((t) => t !== '').join('\n\n');
    return { number: m.number, marker: m.marker, text, line: paragraphs[m.index]?.line ?? 0 };
  });
  return {
    preamble: texts(0, first.index),
    points,
    closing: [...texts(closingStart, notesStart), ...notesOf(texts(end))],
    notes: notesOf(texts(notesStart, end)),
    diagnostics,
  };
}
