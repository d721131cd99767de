import { ownLink } from './safe.js';

/**
 * Wraps rendered lines to a width measured in terminal columns (string-width:
 * a Chinese character takes two, a combining accent none), keeping the
 * indentation and list bullet of each line as a hanging indent.
 */
const ESCAPES = /\u001b\[[\d;]*m|\u001b\]8;;[^\u0007]*\u0007/g;
// U+E000 marks cable's own placeholders (see terminal.ts): one column, like ASCII.
const ASCII_TEXT = /^[\x20-\x7e\uE000]*$/;

/** Visible width of a line of ASCII text and escape sequences: its length without the sequences. */
const asciiWidth = (line: string): number => line.replace(ESCAPES, '').length;

/**
 * The common case, English text, without string-width: its Unicode tables and
 * grapheme segmenter cost more at start-up than a whole document takes to wrap.
 * Returns null where a word is longer than the line, for wrap-ansi to break.
 */
function wrapAscii(lead: string, body: string, width: number): string[] | null {
  const indent = ' '.repeat(asciiWidth(lead));
  const lines: string[] = [];
  let line = lead;
  let used = asciiWidth(lead);
  let empty = true;
  for (const word of body.split(' ')) {
    const w = asciiWidth(word);
    if (w === 0 && word === '') continue;
    if (indent.length + w > width) return null;
    if (!empty && used + 1 + w > width) {
      lines.push(line);
      line = indent + word;
      used = indent.length + w;
    } else {
      line = empty ? line + word : `${line} ${word}`;
      used += (empty ? 0 : 1) + w;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

export async function wrapLines(text: string, width: number): Promise<string> {
  const lines = text.split('\n');
  const easy = lines.map((line) => {
    if (!ASCII_TEXT.test(line.replace(ESCAPES, ''))) return null;
    if (asciiWidth(line) <= width) return [line];
    const lead = /^(\s*(?:(?:\u001b\[[\d;]*m)*[*•-](?:\u001b\[[\d;]*m)* )?)/.exec(line)?.[1] ?? '';
    return wrapAscii(lead, line.slice(lead.length), width);
  });
  if (easy.every((l) => l !== null)) return easy.flat().join('\n');
  const { stringWidth, wrapAnsi } = await import('./unicodeWrap.js');
  return lines
    .flatMap((line, i) => {
      const done = easy[i];
      if (done) return done;
      if (stringWidth(line) <= width) return [line];
      // The indent, and a bullet after it, stay on the first line; following lines align with the text.
      const lead = /^(\s*(?:(?:\u001b\[[\d;]*m)*[*•-](?:\u001b\[[\d;]*m)* )?)/.exec(line)?.[1] ?? '';
      const body = line.slice(lead.length);
      const indent = ' '.repeat(stringWidth(lead));
      const wrapped = wrapAnsi(body, Math.max(10, width - indent.length), { hard: true, trim: true }).split('\n');
      return wrapped.map((part, i) => (i === 0 ? lead : indent) + part);
    })
    .join('\n');
}

/**
 * Cuts each line that is wider than `width` columns to fit, with an ellipsis:
 * for tables, whose rows must not wrap. Measured as wrapLines measures.
 */
export async function fitLines(text: string, width: number): Promise<string> {
  const lines = text.split('\n');
  const fits = lines.map((line) => ASCII_TEXT.test(line.replace(ESCAPES, '')) && asciiWidth(line) <= width);
  if (fits.every(Boolean)) return text;
  const { stringWidth, wrapAnsi } = await import('./unicodeWrap.js');
  return lines
    .map((line, i) => {
      if (fits[i] || stringWidth(line) <= width) return line;
      const cut = wrapAnsi(line, Math.max(1, width - 1), { hard: true, trim: false, wordWrap: false }).split('\n')[0];
      return `${cut}…`;
    })
    .join('\n');
}

const URL = /\bhttps?:\/\/[^\s<>"'\u001b]+[^\s<>"'\u001b.,;:!?)\]]/g;

/** Makes each URL an OSC 8 hyperlink whose target is the text shown, nothing else. */
export function linkUrls(text: string): string {
  return text.replace(URL, (url) => `${ownLink(url)}${url}\u001b]8;;\u0007`);
}
