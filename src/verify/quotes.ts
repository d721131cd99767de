import { WORD_SOURCE } from './align.js';

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
}

export interface Quotation {
  /** As the manuscript prints it, without its quote marks or `>`s. */
  text: string;
  /** Where it opens: 1-based line and column (of the text, after the quote mark or `> `). */
  line: number;
  column: number;
  kind: 'block' | 'inline';
  citation: Citation | null;
  /** An inline quotation's place in the manuscript (offsets of its text between the marks), for --fix. */
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
export const wordCount = (text: string): number => (text.match(new RegExp(WORD_SOURCE, 'gu')) ?? []).length;

// A pandoc citation: [@key], [@key, point 4], [see @key, p. 4]; the key's characters as pandoc reads them.
const CITATION = /^\s*(?:\[\^?[^\]@]*@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)(?:,\s*([^\]]*))?\])/u;

/** The point a locator names: "point 4", "pt. 4", "para. 4", "¶ 4", "p. 4", or a bare number. */
function locatorPoint(locator: string | undefined): number | null {
  const m = /^(?:(?:points?|pts?\.|paras?\.|paragraphs?|¶|pp?\.|art\.|sec\.)\s*)?(\d+)/i.exec(locator?.trim() ?? '');
  return m ? Number(m[1]) : null;
}

/** The point a footnote or an attribution names anywhere in it: "…, point 3.", "para. 3", "¶ 3". */
function pointIn(text: string): number | null {
  const m = /(?:\bpoints?|\bparas?\.|\bparagraphs?|¶)\s*(\d+)/i.exec(text);
  return m ? Number(m[1]) : null;
}

/** A footnote reference ([^2]) right after a quotation. */
const FOOTNOTE = /^\s*\[\^([^\]\s]+)\]/;

function citationAt(text: string, footnotes: Map<string, string>): Citation | null {
  const m = CITATION.exec(text);
  if (m) return { key: m[1] ?? '', point: locatorPoint(m[2]) };
  const note = FOOTNOTE.exec(text);
  const body = note === null ? undefined : footnotes.get(note[1] ?? '');
  if (note === null || body === undefined) return null;
  return { key: `^${note[1]}`, point: pointIn(body), footnote: body };
}

/**
 * The attribution line a block quote may have after it, as `cable quote` prints one ("— "Cable, Joseph Stalin to
 * Anastas Mikoyan," February, 1949, point 3, … http://…/121767"): read as a footnote is, by the document it names.
 */
function attributionAfter(lines: string[], after: number, first: number, notes: Set<number>): Citation | null {
  let i = after;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const line = /^\s*(?:—|--)\s*(.+)$/.exec(lines[i] ?? '');
  if (line === null) return null;
  // A citation, not prose: the title in quotes there is no quotation.
  notes.add(i);
  const body = line[1] ?? '';
  return { key: `^attribution-${first + 1}`, point: pointIn(body), footnote: body };
}

/** Line and column of an offset. */
function position(starts: number[], offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line++;
  return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
}

export function findQuotations(text: string, minWords = 6): Quotation[] {
  const lines = text.split('\n');
  // Footnote definitions: "[^2]: Stalin to Mikoyan, cable, 121767, point 3." (and indented lines after it).
  const footnotes = new Map<string, string>();
  // The footnotes' own lines are citations, not prose: a title in quotes there is no quotation.
  const notes = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const def = /^\[\^([^\]\s]+)\]:\s*(.*)$/.exec(lines[i] ?? '');
    if (def === null) continue;
    let body = def[2] ?? '';
    notes.add(i);
    while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1] ?? '')) {
      body += ` ${(lines[++i] ?? '').trim()}`;
      notes.add(i);
    }
    footnotes.set(def[1] ?? '', body);
  }
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
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
    // A citation at its end ("… without delay. [@stalin1949_121767, point 3]") or on the line after it.
    let citation: Citation | null = null;
    const closing = /\s*(\[[^\]]*@[^\]]*\]|\[\^[^\]\s]+\])\s*$/.exec(body);
    if (closing) {
      citation = citationAt(closing[1] ?? '', footnotes);
      body = body.slice(0, closing.index).trim();
    } else citation = citationAt(lines[i] ?? '', footnotes) ?? attributionAfter(lines, i, first, notes);
    if (wordCount(body) >= minWords) {
      const column = (/^\s{0,3}>\s?/.exec(lines[first] ?? '')?.[0].length ?? 0) + 1;
      found.push({ text: body, line: first + 1, column, kind: 'block', citation, span: null, citationSpan: null });
    }
  }
  // Inline quotations, outside block quotes, within one paragraph.
  for (let i = 0; i < lines.length; i++) {
    if (inBlock.has(i) || notes.has(i)) continue;
    let end = i;
    while (
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
