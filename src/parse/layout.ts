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
 * - a line that ends in a Markdown hard break (two spaces, or \\) ends its
 *   paragraph, as the transcriber broke it;
 * - the other lines of a paragraph are joined into one (hard-wrapped text
 *   reflowed), without a space between two Chinese or Japanese characters.
 *
 * A paragraph of one line is left exactly as it was. Each paragraph keeps the
 * line where it begins, so that a marker's line number stays right.
 */
export function layoutParagraphs(blocks: ParagraphBlock[]): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  const split = blocks.map((block) => unquote(block.text.split('\n')));
  const listed = listedLines(split);
  for (const [b, block] of blocks.entries()) {
    const lines = split[b] ?? [];
    if (lines.length === 1) {
      out.push(...telegramNumber({ ...block, text: lines[0] ?? '' }));
      continue;
    }
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
      if (previous !== undefined && previous.trim() !== '' && (listed.has(`${b}:${i}`) || startsItem(line, previous))) {
        flush();
        start = block.line + i;
      }
      group.push(line);
      // A Markdown hard break ends the line where the transcriber ended it: a paragraph of its own.
      if (HARD_BREAK.test(line)) {
        flush();
        start = block.line + i + 1;
      }
    });
    flush();
  }
  return out;
}

/**
 * Lines that open items of one list, wherever the lines were broken: markers
 * of one family at the start of lines, anywhere in the body, that count up by
 * one from 1, 2 or 3 ("Info / 2. THIS MAY…" and "— / 3. WE FEEL…" in an OCR
 * cable; one item a line in a protocol). Such a line starts an item whatever
 * ends the line before it. Returned as "block:line".
 */
function listedLines(blocks: string[][]): Set<string> {
  const byFamily = new Map<string, Array<{ at: string; number: number }>>();
  blocks.forEach((lines, b) => {
    lines.forEach((line, i) => {
      const marker = readMarker(line);
      if (marker === null || marker.rest.trim() === '') return;
      const items = byFamily.get(marker.family) ?? [];
      items.push({ at: `${b}:${i}`, number: marker.number });
      byFamily.set(marker.family, items);
    });
  });
  const listed = new Set<string>();
  for (const items of byFamily.values()) {
    let run: Array<{ at: string; number: number }> = [];
    const close = (): void => {
      if (run.length >= 2) for (const item of run) listed.add(item.at);
      run = [];
    };
    for (const item of items) {
      const last = run[run.length - 1];
      if (last !== undefined && item.number === last.number + 1) run.push(item);
      else {
        close();
        if (item.number <= 3) run.push(item);
      }
    }
    close();
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
