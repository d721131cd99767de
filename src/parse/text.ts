/** Small text helpers shared by the parser's stages. */

/** Strips a UTF-8 byte-order mark and turns CRLF and lone CR into LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const SPACE = /\s/;
const DELIMITERS = ['**', '__', '*', '_'];

/**
 * Removes Markdown bold or italic wrapping: "**Summary:**" → "Summary:",
 * layer after layer, as long as something is left inside. Linear in the
 * text: the bounds move inwards, and whether anything but spaces is left
 * between them is read from a running count, never by rescanning.
 */
export function unwrapEmphasis(text: string): string {
  const s = text;
  // solid[k]: how many of the first k characters are not whitespace.
  const solid = new Int32Array(s.length + 1);
  for (let k = 0; k < s.length; k++) solid[k + 1] = (solid[k] ?? 0) + (SPACE.test(s[k] ?? '') ? 0 : 1);
  let start = 0;
  let end = s.length;
  const trim = (): void => {
    while (start < end && SPACE.test(s[start] ?? '')) start++;
    while (end > start && SPACE.test(s[end - 1] ?? '')) end--;
  };
  trim();
  for (;;) {
    // The first delimiter that wraps the text decides (as a regex alternation would); nothing inside, and it stays.
    const d = DELIMITERS.find(
      (delimiter) =>
        end - start >= 2 * delimiter.length && s.startsWith(delimiter, start) && s.endsWith(delimiter, end),
    );
    if (d === undefined || (solid[end - d.length] ?? 0) - (solid[start + d.length] ?? 0) === 0)
      return s.slice(start, end);
    start += d.length;
    end -= d.length;
    trim();
  }
}

/** Collapses the lines of a block into one line ("hard break" spaces included). */
export function oneLine(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}
