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
  if (DATE_LIKE.test(t) && t.length <= 40) return true;
  if (/^\([^()]{1,40}\)$/.test(t)) return true; // "(Bitterlich)"
  if (/^(yours|sincerely|respectfully|with (comradely )?greetings)\b/i.test(t)) return true;
  const words = t.replace(/[.,]$/, '').split(/\s+/);
  if (words.length > 6) return false;
  // A name, a title, "End": every word capitalised but short joining words ("of", "to all").
  return words.every((w) => /^[[(.]?[\p{Lu}\p{Lo}\p{N}]/u.test(w) || /^\p{Ll}{1,3}$/u.test(w));
}

const FOOTNOTE = /^\[\d+\]/;

/** Where the trailing footnotes ("[1] BArch, …") begin. */
function trailingNotes(paragraphs: Paragraph[], from: number): number {
  let start = paragraphs.length;
  while (start > from && FOOTNOTE.test(paragraphs[start - 1]?.text ?? '')) start--;
  return start;
}

/** Where the closing (signature, date) begins, looking back from `end`. */
function trailingClosing(paragraphs: Paragraph[], from: number, end: number): number {
  let start = end;
  while (start > from && end - start < 4 && isClosingLine(paragraphs[start - 1]?.text ?? '')) start--;
  return start;
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
  if (!first || first.number !== 2 || (first.family !== 'ordinal' && first.family !== 'ordinal-word')) return paragraphs;
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
  const markers = topLevel(paragraphs);
  const diagnostics: Diagnostic[] = [];
  const first = markers[0];
  const texts = (from: number, to?: number): string[] => paragraphs.slice(from, to).map((p) => p.text);
  if (!first) {
    const notesStart = trailingNotes(paragraphs, 1);
    const closingStart = trailingClosing(paragraphs, 1, notesStart);
    return {
      preamble: texts(0, closingStart),
      points: [],
      closing: texts(closingStart, notesStart),
      notes: texts(notesStart),
      diagnostics,
    };
  }
  const last = markers[markers.length - 1] ?? first;
  const notesStart = trailingNotes(paragraphs, last.index + 1);
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
    closing: texts(closingStart, notesStart),
    notes: texts(notesStart),
    diagnostics,
  };
}
