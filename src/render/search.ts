import type { Hit } from '../search/hits.js';
import type { Range } from '../search/match.js';
import { highlight } from '../search/match.js';
import { unitLabel } from '../search/units.js';
import { truncate } from './plain.js';
import { type Renderer, wrapOnTerminal } from './renderer.js';
import { safeText } from './safe.js';
import type { Style } from './style.js';

/** Highlights ranges of document text; control characters are made visible first (one for one, so ranges stay true). */
export function highlighted(text: string, ranges: Range[], style: Style): string {
  return highlight(safeText(text), ranges, (s) => style.highlight(s));
}

/** `cable search`: per hit, a line naming the document and the point, then the snippet. */
export function renderHits(hits: Hit[], style: Style, width: number): string {
  return hits
    .map((hit) => {
      const where = `${hit.docId}  ${hit.date?.slice(0, 10) ?? '?'}  ${unitLabel(hit)}`;
      const title = truncate(safeText(hit.title ?? '(untitled)'), Math.max(20, width - [...where].length - 2));
      // "Chou En-lai ≈ Zhou Enlai": the spelling this hit has, where it is not the one asked for.
      const spelled =
        hit.spellings.length === 0
          ? ''
          : `\n    ${style.dim(hit.spellings.map((s) => `${safeText(s.found)} ≈ ${safeText(s.typed)}`).join(', '))}`;
      return `${style.label(safeText(where))}  ${style.dim(title)}\n    ${highlighted(hit.snippet, hit.snippetRanges, style)}${spelled}`;
    })
    .join('\n\n');
}

/** `cable search`: the hits, ranked; `--json` gives one object per hit, with the document's `isoDate` as everywhere. */
export const searchRenderer: Renderer<{ hits: Hit[] }> = {
  text: ({ hits }, ctx) => wrapOnTerminal(renderHits(hits, ctx.style, ctx.width), ctx),
  json: ({ hits }) =>
    hits.map((h) => ({
      id: h.docId,
      isoDate: h.date,
      title: h.title,
      part: h.part,
      number: h.number,
      marker: h.marker,
      text: h.text,
      snippet: h.snippet,
      matches: h.ranges,
      spellings: h.spellings,
    })),
};

export interface FilterView {
  matches: Array<{ unit: { part: string; number: number; marker: string | null; text: string }; ranges: Range[] }>;
  /** `--count`: only how many match. */
  count: boolean;
}

/** `cable filter`: each matching point or paragraph, matches highlighted; or their number. */
export const filterRenderer: Renderer<FilterView> = {
  text({ matches, count }, ctx) {
    if (count) return String(matches.length);
    const blocks = matches.map(({ unit, ranges }) => {
      const text = highlighted(unit.text, ranges, ctx.style);
      return unit.marker === null
        ? `${ctx.style.dim(`[${safeText(unitLabel(unit))}]`)} ${text}`
        : `${ctx.style.marker(safeText(unit.marker))} ${text}`;
    });
    return wrapOnTerminal(blocks.join('\n\n'), ctx);
  },
  json: ({ matches, count }) =>
    count
      ? matches.length
      : matches.map(({ unit }) => ({ part: unit.part, number: unit.number, marker: unit.marker, text: unit.text })),
};
