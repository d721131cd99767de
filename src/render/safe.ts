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

/**
 * Characters that reorder or hide text without showing themselves: the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, the
 * Arabic letter mark), and invisible spaces and joiners that are no part of
 * any script's spelling (U+200B, U+2060–U+2064, U+180E, U+FEFF). The
 * left-to-right and right-to-left marks and the zero-width (non-)joiners
 * belong to Arabic, Hebrew, Persian and Indic text, and stay.
 */
const INVISIBLE = /[\u061c\u180e\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const codePoint = (c: string): string => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/** Shows each invisible or reordering character as what it is: ⟨U+202E⟩. */
export const showInvisible = (text: string): string => text.replace(INVISIBLE, (c) => `⟨U+${codePoint(c)}⟩`);

/** JSON.stringify leaves C1 controls, line separators and bidi controls raw; escape them too. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029\u061c\u180e\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The OSC 8 links cable itself made (render/wrap.ts linkUrls): the only ones the gate lets through. */
const OWN_LINKS = new Set<string>();
const LINK_END = '\u001b]8;;\u0007';

/** An OSC 8 link to `url`, made by cable and so allowed through the gate. */
export function ownLink(url: string): string {
  const opening = `\u001b]8;;${url}\u0007`;
  if (opening === LINK_END) return opening;
  OWN_LINKS.add(opening);
  return opening;
}

// Escape sequences shaped like cable's own: SGR colours, the line clear after a progress line, OSC 8 links.
const SEQUENCE = /(\u001b\[[\d;]*m|\u001b\[K|\u001b\]8;;[^\u0000-\u001f\u007f-\u009f]*\u0007)/;

/** The gate for stderr: messages carry no colour and no link, only the line clear of a progress line. */
export function messageSafe(text: string): string {
  if (text === '\r\u001b[K') return text;
  const lead = text.startsWith('\r') ? '\r' : '';
  return lead + showInvisible(safeText(text.slice(lead.length)));
}

/**
 * The one gate to the terminal: every byte cable writes to stdout or stderr
 * passes here (src/cli.ts wraps the writers). What passes: colours (SGR,
 * which cannot move the cursor, retitle, clear or link), the line clear after
 * a progress line, and the OSC 8 links cable made itself (ownLink) and no
 * others. Every other control character is made visible, and so is every
 * invisible or reordering one. A carriage return passes only where a line
 * begins again (a progress line), never inside text.
 */
export function terminalSafe(text: string): string {
  const parts = text.split(SEQUENCE);
  let out = '';
  let linking = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      INVISIBLE.lastIndex = 0;
      if (part === '\u001b[K') {
        // The line clear passes only where a progress line begins again ("\r\u001b[K"): inside text it would erase
        // what follows on the screen, so it is shown as text.
        out += out.endsWith('\r') ? part : showInvisible(safeText(part));
      } else if (!part.startsWith('\u001b]8;;')) {
        out += part;
      } else if (part === LINK_END && linking) {
        out += part;
        linking = false;
      } else if (OWN_LINKS.has(part) && !INVISIBLE.test(part)) {
        out += part;
        linking = true;
      } else if (!OWN_LINKS.has(part)) {
        // Not a link cable made: text, shown as such. (cable's own link to a URL hiding characters is dropped.)
        out += showInvisible(safeText(part));
      }
    } else {
      const lead = i === 0 && part.startsWith('\r') ? '\r' : '';
      out += lead + showInvisible(safeText(part.slice(lead.length)));
    }
  }
  return out;
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
      // A line of = under text would make it a heading (setext): escaped, it stays a line of text.
      .replace(/^(\s*)=/gm, '$1\\=')
      .replace(/&/g, '&amp;')
  );
}
