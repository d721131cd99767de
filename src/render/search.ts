import type { Hit } from '../search/hits.js';
import type { Range } from '../search/match.js';
import { highlight } from '../search/match.js';
import { unitLabel } from '../search/units.js';
import { truncate } from './plain.js';
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
      const where = `${hit.docId}  ${hit.date ?? '?'}  ${unitLabel(hit)}`;
      const title = truncate(safeText(hit.title ?? '(untitled)'), Math.max(20, width - [...where].length - 2));
      return `${style.label(safeText(where))}  ${style.dim(title)}\n    ${highlighted(hit.snippet, hit.snippetRanges, style)}`;
    })
    .join('\n\n');
}
