import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/**
 * Wraps rendered lines to a width measured in terminal columns (string-width:
 * a Chinese character takes two, a combining accent none), keeping the
 * indentation and list bullet of each line as a hanging indent.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (stringWidth(line) <= width) return [line];
      // The indent, and a bullet after it, stay on the first line; following lines align with the text.
      const lead = /^(\s*(?:(?:\u001b\[[\d;]*m)*[*•-](?:\u001b\[[\d;]*m)* )?)/.exec(line)?.[1] ?? '';
      const indent = ' '.repeat(stringWidth(lead));
      const body = line.slice(lead.length);
      const wrapped = wrapAnsi(body, Math.max(10, width - indent.length), { hard: true, trim: true }).split('\n');
      return wrapped.map((part, i) => (i === 0 ? lead : indent) + part);
    })
    .join('\n');
}

const URL = /\bhttps?:\/\/[^\s<>"'\u001b]+[^\s<>"'\u001b.,;:!?)\]]/g;

/** Makes each URL an OSC 8 hyperlink whose target is the text shown, nothing else. */
export function linkUrls(text: string): string {
  return text.replace(URL, (url) => `\u001b]8;;${url}\u0007${url}\u001b]8;;\u0007`);
}
