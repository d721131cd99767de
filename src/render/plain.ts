import type { Point } from '../model/index.js';
import { widest } from '../text/widest.js';
import { safeText } from './safe.js';
import type { Style } from './style.js';

/** One point as a reader quotes it: "Third. We sent Roshchin…", marker emphasised on a terminal. */
export function renderPoint(point: Point, style: Style): string {
  return `${style.marker(safeText(point.marker))} ${safeText(point.text)}`.trimEnd();
}

export function renderPoints(points: Point[], style: Style): string {
  return points.map((p) => renderPoint(p, style)).join('\n\n');
}

/** Cuts text to a number of columns on a word boundary, with an ellipsis. */
export function truncate(text: string, columns: number): string {
  // Only the start can show: never spread a long point into characters whole.
  const flat = text
    .slice(0, columns * 4 + 16)
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length < text.trim().length && [...flat].length <= columns) return `${flat}…`;
  if ([...flat].length <= columns) return flat;
  const cut = [...flat].slice(0, Math.max(1, columns - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > columns / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** `cable points`: one line per point, marker then the start of its text. */
export function renderOutline(points: Point[], style: Style, width: number): string {
  const markerWidth = widest(points.map((p) => [...p.marker].length));
  return points
    .map((p) => {
      const marker = safeText(p.marker);
      const pad = ' '.repeat(markerWidth - [...p.marker].length);
      return `${style.marker(marker)}${pad}  ${truncate(safeText(p.text), Math.max(20, width - markerWidth - 2))}`;
    })
    .join('\n');
}
