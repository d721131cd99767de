// #19: a Word manuscript is read as a Markdown one: a paragraph a line, quotation styles as block quotes, footnotes
// numbered as Word shows them. The document trees here are mammoth's, as it reads a .docx.
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/verify/quotes.js';
import { type WordNode, wordToManuscript } from '../../src/verify/word.js';

const run = (text: string): WordNode => ({ type: 'run', children: [{ type: 'text', value: text }] });
const paragraph = (styleName: string | null, ...children: WordNode[]): WordNode => ({
  type: 'paragraph',
  styleName,
  children,
});
const footnote = (noteId: string): WordNode => ({ type: 'noteReference', noteType: 'footnote', noteId });

describe('a Word manuscript', () => {
  it('a paragraph a line; Quote, Intense Quote and Block Text are block quotes; notes numbered in order', () => {
    const notes: Record<string, WordNode> = {
      'footnote-7': { type: 'note', body: [paragraph(null, run('Stalin to Mikoyan, 121767, point 3.'))] },
      'footnote-3': { type: 'note', body: [paragraph(null, run('Nehru, letter, 300653.'))] },
    };
    const text = wordToManuscript({
      children: [
        paragraph('Heading 1', run('Chapter')),
        paragraph(null, run('He wrote "one two three four five six".'), footnote('7')),
        paragraph('Quote', run('A quotation in Word’s own style,'), { type: 'break' }, run('over two lines.')),
        paragraph('Intense Quote', run('And another.')),
        { type: 'table', children: [{ type: 'tableRow', children: [paragraph('Block Text', run('In a table.'))] }] },
        paragraph('Normal', run('"An unclosed quotation'), footnote('3')),
        paragraph(null, run('ends here" in the next paragraph, which is no quotation.')),
      ],
      notes: { resolve: (r) => notes[`${r.noteType}-${r.noteId}`] ?? null },
    });
    expect(text.split('\n')).toEqual([
      'Chapter',
      'He wrote "one two three four five six".[^1]',
      '> A quotation in Word’s own style, over two lines.',
      '> And another.',
      '> In a table.',
      '"An unclosed quotation[^2]',
      'ends here" in the next paragraph, which is no quotation.',
      '[^1]: Stalin to Mikoyan, 121767, point 3.',
      '[^2]: Nehru, letter, 300653.',
    ]);
    const found = findQuotations(text, 3, { linePerParagraph: true });
    expect(found.map((q) => [q.line, q.kind, q.text, q.citation?.footnote ?? null])).toEqual([
      [2, 'inline', 'one two three four five six', 'Stalin to Mikoyan, 121767, point 3.'],
      [3, 'block', 'A quotation in Word’s own style, over two lines. And another. In a table.', null],
    ]);
  });
});
