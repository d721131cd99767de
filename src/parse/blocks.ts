/**
 * Splits Markdown text into headings and paragraphs. A paragraph is a run of
 * non-blank lines; a heading is always a block of its own, because the
 * archive's layout often puts a section's value on the very next line.
 */

export interface HeadingBlock {
  kind: 'heading';
  level: number;
  text: string;
  raw: string;
  line: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  line: number;
}

export type Block = HeadingBlock | ParagraphBlock;

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * An ATX heading, "## Title ##": one to six #, a space or tab, the text, and
 * any closing #s and spaces dropped. Read by scanning, not by a regular
 * expression, so that no line can make it backtrack (a # and thousands of
 * spaces took a regex seconds).
 */
function readHeading(line: string): { level: number; text: string } | null {
  let level = 0;
  while (level < line.length && line[level] === '#') level++;
  if (level < 1 || level > 6 || !isBlank(line[level])) return null;
  let start = level;
  while (isBlank(line[start])) start++;
  let end = line.length;
  while (end > start && (isBlank(line[end - 1]) || line[end - 1] === '#')) end--;
  return { level, text: line.slice(start, end) };
}

export function splitBlocks(text: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let start = 0;
  const flush = (): void => {
    if (lines.length > 0) blocks.push({ kind: 'paragraph', text: lines.join('\n'), line: start });
    lines = [];
  };
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    const line = all[i] ?? '';
    const number = firstLine + i;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = readHeading(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading.level, text: heading.text, raw: line, line: number });
      continue;
    }
    if (lines.length === 0) start = number;
    lines.push(line);
  }
  flush();
  return blocks;
}
