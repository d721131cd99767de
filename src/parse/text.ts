/** Small text helpers shared by the parser's stages. */

/** Strips a UTF-8 byte-order mark and turns CRLF and lone CR into LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Removes Markdown bold or italic wrapping: "**Summary:**" → "Summary:". */
export function unwrapEmphasis(text: string): string {
  let s = text.trim();
  for (;;) {
    const m = /^(\*\*|__|\*|_)(.*)\1$/s.exec(s);
    if (!m || m[2] === undefined || m[2].trim() === '') return s;
    s = m[2].trim();
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
