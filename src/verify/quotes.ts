import { wordsOf } from './align.js';

/**
 * The quotations of a manuscript (Markdown or plain text): block quotes (lines that open with `>`) and inline
 * quotations between double quotes, straight or curly, or « », „ “, 「」, of at least `minWords` words; each with
 * the citation that follows it, if it is a pandoc one (`[@nehru1949_300653, point 4]`). Pure: text in, data out.
 */
export interface Citation {
  /** The pandoc key, without its `@`; for a footnote, its label after a caret ("^2"). */
  key: string;
  /** The point the locator names ("point 4", "para. 4", "p. 4": 4), if any. */
  point: number | null;
  /** A footnote's text, which may name the document by its archive id, URL or title. */
  footnote?: string;
  /** Where the number of the point a footnote or attribution names is in the manuscript, for --fix. */
  pointAt?: { start: number; end: number } | null;
}

export interface Quotation {
  /** As the manuscript prints it, without its quote marks or `>`s. */
  text: string;
  /** Where it opens: 1-based line and column (of the text, after the quote mark or `> `). */
  line: number;
  column: number;
  kind: 'block' | 'inline';
  citation: Citation | null;
  /**
   * Its place in the manuscript, for --fix: an inline quotation's text between its marks; a block quote's from
   * after its first `> ` to the end of its last line (before a citation closing it).
   */
  span: { start: number; end: number } | null;
  /** Where its citation's brackets are in the manuscript, for --fix. */
  citationSpan: { start: number; end: number } | null;
}

const PAIRS: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
  ['„', '”'],
  ['「', '」'],
];

/** Words as a reader counts them: runs of letters, digits and inner apostrophes; a Chinese character each. */
export const wordCount = (text: string): number => wordsOf(text).length;

// A pandoc citation: [@key], [@key, point 4], [see @key, p. 4]; the key's characters as pandoc reads them.
const CITATION = /^\s*(?:\[\^?[^\]@]*@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)(?:,\s*([^\]]*))?\])/u;

/** The point a locator names: "point 4", "pt. 4", "para. 4", "¶ 4", "p. 4", or a bare number. */
function locatorPoint(locator: string | undefined): number | null {
  const m = /^(?:(?:points?|pts?\.|paras?\.|paragraphs?|¶|pp?\.|art\.|sec\.)\s*)?(\d+)/i.exec(locator?.trim() ?? '');
  return m ? Number(m[1]) : null;
}

const POINT_IN = /(?:\bpoints?|\bparas?\.|\bparagraphs?|¶)\s*(\d+)/i;

/** The point a footnote or an attribution names anywhere in it: "…, point 3.", "para. 3", "¶ 3". */
function pointIn(text: string): number | null {
  const m = POINT_IN.exec(text);
  return m ? Number(m[1]) : null;
}

/** A footnote's or attribution's text, and where in the manuscript the number of the point it names is. */
interface Note {
  body: string;
  pointAt: { start: number; end: number } | null;
}

/** The first point a note's lines name, as offsets of its number in the manuscript. */
function pointOffsets(lines: string[], starts: number[], from: number, to: number): Note['pointAt'] {
  for (let k = from; k <= to; k++) {
    const m = POINT_IN.exec(lines[k] ?? '');
    if (m === null) continue;
    const end = (starts[k] ?? 0) + m.index + m[0].length;
    return { start: end - (m[1] ?? '').length, end };
  }
  return null;
}

/** A footnote reference ([^2]) right after a quotation. */
const FOOTNOTE = /^\s*\[\^([^\]\s]+)\]/;

function citationAt(text: string, footnotes: Map<string, Note>): Citation | null {
  const m = CITATION.exec(text);
  if (m) return { key: m[1] ?? '', point: locatorPoint(m[2]) };
  const ref = FOOTNOTE.exec(text);
  const note = ref === null ? undefined : footnotes.get(ref[1] ?? '');
  if (ref === null || note === undefined) return null;
  return { key: `^${ref[1]}`, point: pointIn(note.body), footnote: note.body, pointAt: note.pointAt };
}

/**
 * The attribution line a block quote may have after it, as `cable quote` prints one ("— "Cable, Joseph Stalin to
 * Anastas Mikoyan," February, 1949, point 3, … http://…/121767"): read as a footnote is, by the document it names.
 */
function attributionAfter(
  lines: string[],
  starts: number[],
  after: number,
  first: number,
  notes: Set<number>,
): Citation | null {
  let i = after;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const line = /^\s*(?:—|--)\s*(.+)$/.exec(lines[i] ?? '');
  if (line === null) return null;
  // A citation, not prose: the title in quotes there is no quotation.
  notes.add(i);
  const body = line[1] ?? '';
  return {
    key: `^attribution-${first + 1}`,
    point: pointIn(body),
    footnote: body,
    pointAt: pointOffsets(lines, starts, i, i),
  };
}

/** Line and column of an offset. */
function position(starts: number[], offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line++;
  return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
}

/**
 * `linePerParagraph`: each line is a paragraph of its own (a Word manuscript, verify/word.ts), so a quotation never
 * runs from one line into the next; in Markdown, a paragraph runs to the next blank line.
 */
export function findQuotations(text: string, minWords = 6, { linePerParagraph = false } = {}): Quotation[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  // Footnote definitions: "[^2]: Stalin to Mikoyan, cable, 121767, point 3." (and indented lines after it).
  const footnotes = new Map<string, Note>();
  // The footnotes' own lines are citations, not prose: a title in quotes there is no quotation.
  const notes = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const def = /^\[\^([^\]\s]+)\]:\s*(.*)$/.exec(lines[i] ?? '');
    if (def === null) continue;
    let body = def[2] ?? '';
    const first = i;
    notes.add(i);
    while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1] ?? '')) {
      body += ` ${(lines[++i] ?? '').trim()}`;
      notes.add(i);
    }
    footnotes.set(def[1] ?? '', { body, pointAt: pointOffsets(lines, starts, first, i) });
  }
  const found: Quotation[] = [];
  // Block quotes: a run of `>` lines is one quotation; the citation may close it or follow on the next line.
  const inBlock = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s{0,3}>/.test(lines[i] ?? '')) continue;
    const first = i;
    const parts: string[] = [];
    while (i < lines.length && /^\s{0,3}>/.test(lines[i] ?? '')) {
      inBlock.add(i);
      parts.push((lines[i] ?? '').replace(/^\s{0,3}>\s?/, ''));
      i++;
    }
    let body = parts.join(' ').replace(/\s+/g, ' ').trim();
    // Where its text is (after the first `> `, to the end of its last line), and its citation's brackets, for --fix.
    const prefix = /^\s{0,3}>\s?/.exec(lines[first] ?? '')?.[0].length ?? 0;
    const last = i - 1;
    let span: { start: number; end: number } | null = {
      start: (starts[first] ?? 0) + prefix,
      end: (starts[last] ?? 0) + (lines[last] ?? '').trimEnd().length,
    };
    let citationSpan: { start: number; end: number } | null = null;
    // A citation at its end ("… without delay. [@stalin1949_121767, point 3]") or on the line after it.
    let citation: Citation | null = null;
    const closing = /\s*(\[[^\]]*@[^\]]*\]|\[\^[^\]\s]+\])\s*$/.exec(body);
    if (closing) {
      citation = citationAt(closing[1] ?? '', footnotes);
      body = body.slice(0, closing.index).trim();
      // On its last line, as it should be; one broken over lines is left alone by --fix.
      const onLine = (lines[last] ?? '').trimEnd().lastIndexOf(closing[1] ?? '\u0000');
      const at = (starts[last] ?? 0) + onLine;
      if (onLine >= 0 && at >= span.start) {
        citationSpan = { start: at, end: at + (closing[1] ?? '').length };
        span = { start: span.start, end: at };
      } else span = null;
    } else {
      citation = citationAt(lines[i] ?? '', footnotes) ?? attributionAfter(lines, starts, i, first, notes);
      const next = CITATION.exec(lines[i] ?? '');
      if (next !== null && citation !== null) {
        const at = (starts[i] ?? 0) + (lines[i] ?? '').indexOf('[');
        citationSpan = { start: at, end: (starts[i] ?? 0) + next[0].length };
      }
    }
    // Its closing punctuation is the author's, kept as the source's words replace the rest.
    if (span !== null) while (span.end > span.start && /[\s.,;:!?]/.test(text[span.end - 1] ?? '')) span.end--;
    if (wordCount(body) >= minWords)
      found.push({ text: body, line: first + 1, column: prefix + 1, kind: 'block', citation, span, citationSpan });
  }
  // Inline quotations, outside block quotes, within one paragraph.
  for (let i = 0; i < lines.length; i++) {
    if (inBlock.has(i) || notes.has(i)) continue;
    let end = i;
    while (
      !linePerParagraph &&
      end + 1 < lines.length &&
      (lines[end + 1] ?? '').trim() !== '' &&
      !inBlock.has(end + 1) &&
      !notes.has(end + 1)
    )
      end++;
    const paragraph = lines.slice(i, end + 1).join('\n');
    const base = starts[i] ?? 0;
    for (let at = 0; at < paragraph.length; at++) {
      const ch = paragraph[at] ?? '';
      const pair = PAIRS.find(([open]) => open === ch);
      if (pair === undefined) continue;
      // A straight quote opens only before a word, not after one ("5" of an inch, 'the "12"').
      if (ch === '"' && /[\p{L}\p{N}]/u.test(paragraph[at - 1] ?? '')) continue;
      const close = paragraph.indexOf(pair[1], at + 1);
      if (close === -1) continue;
      const inner = paragraph
        .slice(at + 1, close)
        .replace(/\s+/g, ' ')
        .trim();
      if (wordCount(inner) >= minWords) {
        const where = position(starts, base + at + 1);
        const after = paragraph.slice(close + 1);
        const lead = /^[.,;:!?]?/.exec(after)?.[0].length ?? 0;
        const cite = CITATION.exec(after.slice(lead));
        const bracket = cite === null ? -1 : after.indexOf('[', lead);
        found.push({
          text: inner,
          ...where,
          kind: 'inline',
          citation: citationAt(after.slice(lead), footnotes),
          span: { start: base + at + 1, end: base + close },
          citationSpan:
            cite === null ? null : { start: base + close + 1 + bracket, end: base + close + 1 + lead + cite[0].length },
        });
      }
      at = close;
    }
    i = end;
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
