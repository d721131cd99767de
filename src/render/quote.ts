import type { Point } from '../model/index.js';
import { type Renderer, wrapOnTerminal } from './renderer.js';
import { escapeMarkdown, safeText } from './safe.js';
import { wrapLines } from './wrap.js';

/**
 * A point as a Markdown block quote, its citation under it. The document's
 * words are escaped, so that the quote renders as the text it quotes: a link,
 * an image, HTML or a "# heading" line in a document prints as those
 * characters, never as Markdown.
 */
export function markdownQuote(points: Point[], citation: string): string {
  const body = points
    .map((p) => `${escapeMarkdown(p.marker)} ${escapeMarkdown(p.text)}`)
    .join('\n\n')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
  return `${body}\n\n— ${escapeMarkdown(citation)}`;
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
  async text({ points, citation, plain }, ctx) {
    if (plain) return plainQuote(points, citation, ctx.width);
    const markdown = markdownQuote(points, citation);
    if (!ctx.terminal) return markdown;
    // On a terminal, each line wraps between words and keeps its "> ", so that the quote stays one block.
    const lines = await Promise.all(
      markdown.split('\n').map(async (line) => {
        const quoted = /^> /.test(line);
        const wrapped = await wrapOnTerminal(quoted ? line.slice(2) : line, {
          ...ctx,
          width: ctx.width - (quoted ? 2 : 0),
        });
        return quoted ? wrapped.replace(/^/gm, '> ') : wrapped;
      }),
    );
    return lines.join('\n');
  },
  json: ({ points, citation }) => ({ points, citation }),
};
