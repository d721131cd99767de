/**
 * A Word manuscript as cable reads a Markdown one: mammoth's document (paragraphs of runs, with their style names
 * and footnote references) in, text out. One line per paragraph, so a line number is the paragraph's; a paragraph
 * in a quotation style (Word's "Quote" and "Intense Quote", pandoc's "Block Text") is a block quote (`> `); a
 * footnote reference is `[^n]`, numbered as Word shows them, and the notes follow the text as `[^n]: …`. Pure.
 */
export interface WordNode {
  type: string;
  children?: WordNode[];
  /** A text node's text. */
  value?: string;
  /** A paragraph's style. */
  styleName?: string | null;
  /** A note reference's kind and id. */
  noteType?: string;
  noteId?: string;
  /** A note's paragraphs. */
  body?: WordNode[];
}

export interface WordDocument {
  children: WordNode[];
  notes: { resolve(reference: WordNode): WordNode | null };
}

/** The paragraph styles that mark a block quote. */
const QUOTE_STYLE = /\bquote\b|\bquotation\b|^block ?text$/i;

export function wordToManuscript(document: WordDocument): string {
  const notes: { number: number; note: WordNode | null }[] = [];
  const numbers = new Map<string, number>();
  const text = (node: WordNode): string => {
    switch (node.type) {
      case 'text':
        return node.value ?? '';
      case 'tab':
      case 'break':
        return ' ';
      case 'noteReference': {
        const key = `${node.noteType}-${node.noteId}`;
        let number = numbers.get(key);
        if (number === undefined) {
          number = numbers.size + 1;
          numbers.set(key, number);
          notes.push({ number, note: document.notes.resolve(node) });
        }
        return `[^${number}]`;
      }
      default:
        return (node.children ?? []).map(text).join('');
    }
  };
  const paragraphs = (nodes: WordNode[]): WordNode[] =>
    nodes.flatMap((n) => (n.type === 'paragraph' ? [n] : paragraphs(n.children ?? [])));
  // A line break inside a paragraph is a space: the paragraph stays one line.
  const line = (p: WordNode): string => text(p).replace(/[\r\n]+/g, ' ');
  const lines = paragraphs(document.children).map((p) =>
    QUOTE_STYLE.test(p.styleName ?? '') ? `> ${line(p)}` : line(p),
  );
  // The notes after the text, each on one line (a note's own references, if any, are numbered after the text's).
  // (An array's iterator sees what is pushed while it runs.)
  for (const { number, note } of notes) {
    const body = paragraphs(note?.body ?? [])
      .map(line)
      .join(' ')
      .trim();
    lines.push(`[^${number}]: ${body}`);
  }
  return lines.join('\n');
}
