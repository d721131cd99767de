import type { Point } from '../model/index.js';
import type { Renderer } from './renderer.js';
import { safeText } from './safe.js';
import { wrapLines } from './wrap.js';

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

/** A point as plain text: indented and wrapped by display width, its citation under it. */
export async function plainQuote(points: Point[], citation: string, width: number): Promise<string> {
  const indent = '    ';
  const paragraphs = points.flatMap((p) => `${safeText(p.marker)} ${safeText(p.text)}`.split('\n\n'));
  const body = paragraphs.map((para) => indent + para.replace(/\s+/g, ' ').trim()).join('\n\n');
  return `${await wrapLines(body, Math.max(24, width))}\n\n${safeText(citation)}`;
}

export interface QuoteView {
  points: Point[];
  citation: string;
  /** Plain text instead of a Markdown block quote. */
  plain: boolean;
}

/** `cable quote`: the points as a block quote (or plain text), the pinpoint citation under them. */
export const quoteRenderer: Renderer<QuoteView> = {
  text: ({ points, citation, plain }, ctx) =>
    plain ? plainQuote(points, citation, ctx.width) : markdownQuote(points, citation),
  json: ({ points, citation }) => ({ points, citation }),
};
