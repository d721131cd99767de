/**
 * Document text is data: it must never reach the terminal as control
 * sequences. These helpers make every control character visible instead.
 */

// C0 controls but tab and newline, DEL, and the C1 range (U+0080–U+009F, CSI among them).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // Control Pictures: ␛ ␇ ␈ ␍
  if (code === 0x7f) return '\u2421'; // ␡
  return '\ufffd'; // C1 controls have no pictures: the replacement character
}

/**
 * Replaces every control character but tab and newline with a visible
 * stand-in of the same length, so ranges found in the text still fit.
 */
export function safeText(text: string): string {
  return text.replace(CONTROL, visible);
}

/** JSON.stringify leaves C1 controls and line separators raw; escape them too. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Makes document text literal in Markdown: "*", "_", "[", "<" … print as themselves. */
export function escapeMarkdown(text: string): string {
  return (
    safeText(text)
      // U+E000 marks cable's own placeholders in rendering (see terminal.ts); a document cannot make one.
      .replace(/\uE000/g, '\uFFFD')
      .replace(/([\\`*_{}[\]<>#+!|~])/g, '\\$1')
      .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3')
      .replace(/^(\s*)-/gm, '$1\\-')
      .replace(/&/g, '&amp;')
  );
}
