import type { Point } from '../model.js';
import { safeText } from './safe.js';

/** A point as a Markdown block quote, its citation under it. */
export function markdownQuote(points: Point[], citation: string): string {
  const body = points
    .map((p) => `${safeText(p.marker)} ${safeText(p.text)}`)
    .join('\n\n')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
  return `${body}\n\n— ${safeText(citation)}`;
}

/** Wraps text at a width on spaces, never breaking a word. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A point as plain text: indented, wrapped, in quotation marks, citation under it. */
export function plainQuote(points: Point[], citation: string, width: number): string {
  const indent = '    ';
  const paragraphs = points.flatMap((p) => `${safeText(p.marker)} ${safeText(p.text)}`.split('\n\n'));
  const body = paragraphs.map((para) => wrap(para, Math.max(20, width - indent.length)).map((l) => indent + l).join('\n')).join('\n\n');
  return `${body}\n\n${safeText(citation)}`;
}
