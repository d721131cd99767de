import type { CitationOutput } from '../cite/index.js';
import type { Point } from '../model/index.js';
import { renderOutline, renderPoints } from './plain.js';
import { type Renderer, wrapOnTerminal } from './renderer.js';
import { safeText } from './safe.js';

/** `cable point`: the points, marker first; with `--cite`, the pinpoint citation under them. */
export const pointsRenderer: Renderer<{ points: Point[]; citation: CitationOutput | null }> = {
  async text({ points, citation }, ctx) {
    const text =
      citation === null
        ? renderPoints(points, ctx.style)
        : `${renderPoints(points, ctx.style)}\n\n${safeText(citation.text)}`;
    return wrapOnTerminal(text, ctx);
  },
  json: ({ points }) => points,
};

/** `cable points`: one line a point. */
export const outlineRenderer: Renderer<{ points: Point[] }> = {
  text: ({ points }, ctx) => renderOutline(points, ctx.style, ctx.width),
  json: ({ points }) => points,
};
