/**
 * The largest of many numbers, at least `floor`. Math.max(...values) passes
 * each value as an argument, and a document with 200,000 points overflows the
 * stack that way: this walks them instead.
 */
export function widest(values: Iterable<number>, floor = 0): number {
  let most = floor;
  for (const value of values) if (value > most) most = value;
  return most;
}
