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

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;

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
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '', raw: line, line: number });
      continue;
    }
    if (lines.length === 0) start = number;
    lines.push(line);
  }
  flush();
  return blocks;
}
