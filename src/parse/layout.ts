import type { ParagraphBlock } from './blocks.js';
import { readMarker } from './markers.js';

/**
 * Turns the body's Markdown paragraphs into the paragraphs a reader sees, for
 * transcriptions that are not laid out in Markdown paragraphs:
 *
 * - a block quotation ("> 1\. …" on every line) is read without its "> ";
 * - a line that begins with a marker starts a paragraph of its own when the
 *   line before it ends a sentence, or ends in a Markdown hard break (one item
 *   a line, OCR text wrapped at 70 columns, Chinese lines joined by breaks);
 * - a telegram number that opens a paragraph before its first point
 *   ("1048. 1. Assistant Secretary…") is a paragraph of its own;
 * - the lines of a paragraph are joined into one (hard-wrapped text
 *   reflowed), without a space between two Chinese or Japanese characters.
 *
 * A paragraph of one line is left exactly as it was. Each paragraph keeps the
 * line where it begins, so that a marker's line number stays right.
 */
export function layoutParagraphs(blocks: ParagraphBlock[]): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  for (const block of blocks) {
    const lines = unquote(block.text.split('\n'));
    if (lines.length === 1) {
      out.push(...telegramNumber({ ...block, text: lines[0] ?? '' }));
      continue;
    }
    const listed = listedLines(lines);
    let group: string[] = [];
    let start = block.line;
    const flush = (): void => {
      if (group.some((l) => l.trim() !== '')) {
        out.push(...telegramNumber({ kind: 'paragraph', text: reflow(group), line: start }));
      }
      group = [];
    };
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      // A quotation's empty lines ("> " alone) separate its paragraphs, as blank lines do.
      if (line.trim() === '') {
        flush();
        start = block.line + i + 1;
        return;
      }
      if (previous !== undefined && previous.trim() !== '' && (listed.has(i) || startsItem(line, previous))) {
        flush();
        start = block.line + i;
      }
      group.push(line);
    });
    flush();
  }
  return out;
}

/**
 * Lines that open items of one list, one item a line: two or more lines of a
 * paragraph whose markers, of one family, count up from 1 to 3. Such lines
 * start items whatever ends the line before them.
 */
function listedLines(lines: string[]): Set<number> {
  const byFamily = new Map<string, Array<{ line: number; number: number }>>();
  lines.forEach((line, i) => {
    if (i === 0) return;
    const marker = readMarker(line);
    if (marker === null || marker.rest.trim() === '') return;
    byFamily.set(marker.family, [...(byFamily.get(marker.family) ?? []), { line: i, number: marker.number }]);
  });
  const listed = new Set<number>();
  for (const items of byFamily.values()) {
    const first = items[0];
    if (items.length < 2 || !first || first.number > 3) continue;
    if (items.every((item, k) => k === 0 || item.number === (items[k - 1]?.number ?? 0) + 1)) {
      for (const item of items) listed.add(item.line);
    }
  }
  return listed;
}

/** Lines of a block quotation, without their "> ": all lines must be quoted. */
function unquote(lines: string[]): string[] {
  if (!lines.every((line) => /^\s{0,3}>/.test(line))) return lines;
  return lines.map((line) => line.replace(/^\s{0,3}> ?/, ''));
}

const SENTENCE_END = /[.。!?！？:：;；)）"”»’]\s*$/u;
const HARD_BREAK = /( {2,}|\\)$/;

/** A line that opens an item: a marker at its start, after a line that ended a sentence or broke hard. */
function startsItem(line: string, previous: string): boolean {
  if (!(SENTENCE_END.test(previous.replace(HARD_BREAK, '')) || HARD_BREAK.test(previous))) return false;
  const marker = readMarker(line);
  return marker !== null && marker.rest.trim() !== '';
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}、。，；：！？（）〔〕「」]/u;

/** The lines of one paragraph as one, trimmed; no space where two CJK characters meet. */
function reflow(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.replace(/\\$/, '').trim();
    if (line === '') continue;
    if (text === '') text = line;
    else text += CJK.test(text.at(-1) ?? '') && CJK.test(line[0] ?? '') ? line : ` ${line}`;
  }
  return text;
}

/** "1048. 1. Assistant…": the telegram's number, then its first point, as two paragraphs. */
function telegramNumber(block: ParagraphBlock): ParagraphBlock[] {
  const m = /^(\s*\d{3,6}\.)\s+(?=\S)/.exec(block.text);
  if (!m) return [block];
  const rest = block.text.slice(m[0].length);
  const inner = readMarker(rest);
  if (inner === null || inner.number > 3) return [block];
  return [
    { ...block, text: (m[1] ?? '').trim() },
    { ...block, text: rest },
  ];
}
