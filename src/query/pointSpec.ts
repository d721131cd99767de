import { NoPointsError, NoSuchPointError, PointSpecError } from '../errors.js';
import type { Point } from '../model/index.js';
import { ORDINALS, romanToNumber } from '../parse/markers.js';

/** Reads "3", "third", "III", "iii" as a number. */
export function readPointNumber(word: string): number | null {
  const w = word
    .trim()
    .replace(/[.,)]$/, '')
    .replace(/^\(/, '');
  if (/^\d{1,6}$/.test(w)) return Number(w);
  const ordinal = ORDINALS.indexOf(w.toLowerCase());
  if (ordinal !== -1) return ordinal + 1;
  return romanToNumber(w);
}

/** More points than any document has: a selection may name at most this many. */
export const MAX_POINTS = 10_000;

/** Reads a point selection: "3", "third", "III", "2-4", "1,3", "first-third". */
export function parsePointSpec(spec: string): number[] {
  const numbers = new Set<number>();
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const range = /^(.+?)\s*[-–]\s*(.+)$/.exec(part);
    const from = readPointNumber(range ? (range[1] ?? '') : part);
    const to = range ? readPointNumber(range[2] ?? '') : from;
    if (from === null || to === null || from < 1 || to < from) throw new PointSpecError(spec, 'invalid');
    // The cap is on the whole selection, not on each range: a hundred ranges of 10,000 are a million points.
    if (numbers.size + (to - from + 1) > MAX_POINTS) throw new PointSpecError(spec, 'too-many');
    for (let n = from; n <= to; n++) numbers.add(n);
  }
  if (numbers.size === 0) throw new PointSpecError(spec, 'empty');
  return [...numbers];
}

/** "1–5", "1–6, 8–10": the numbers a document has, for messages. */
export function describeNumbers(points: ReadonlyArray<{ number: number }>): string {
  const numbers = [...new Set(points.map((p) => p.number))].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j++;
    runs.push(i === j ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The points a selection names, in the order asked; every number must exist. */
export function selectPoints(points: Point[], spec: string, documentId: string): Point[] {
  if (points.length === 0) throw new NoPointsError(documentId, true);
  const wanted = parsePointSpec(spec);
  const missing = wanted.filter((n) => !points.some((p) => p.number === n));
  if (missing.length > 0)
    throw new NoSuchPointError(
      documentId,
      missing,
      points.map((p) => p.number),
    );
  return wanted.flatMap((n) => points.filter((p) => p.number === n));
}
