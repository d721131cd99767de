import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArchiveDocument } from '../../src/model/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { renderList } from '../../src/render/list.js';
import { renderOutline, renderPoints } from '../../src/render/plain.js';
import { createStyle, PLAIN } from '../../src/render/style.js';
import { renderDocument } from '../../src/render/terminal.js';
import { anyText, CONTROL, damagedDocument } from '../mutations.js';

/** Every letter and digit of a model, in order, for "no text is lost" (markup and spacing aside). */
function modelLetters(doc: ArchiveDocument): string {
  const parts = [
    doc.title,
    doc.date,
    doc.citation,
    doc.summary,
    doc.credits,
    doc.originalLanguage,
    ...doc.contents,
    ...doc.preamble,
    ...doc.points.map((p) => `${p.marker} ${p.text}`),
    ...doc.closing,
    ...doc.notes,
  ];
  return letters(parts.filter((p): p is string => p !== null).join('\n'));
}
const letters = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

describe('the parser on any input', () => {
  it('never throws, and always returns a model and diagnostics', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { document, diagnostics } = parseDocument(text, { path: 'x.md' });
        expect(Array.isArray(document.points)).toBe(true);
        expect(Array.isArray(diagnostics)).toBe(true);
        expect(() => JSON.stringify(document)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('loses no text: every line of the body is in the model', () => {
    fc.assert(
      fc.property(damagedDocument, (text) => {
        const { document, diagnostics } = parseDocument(text, { path: 'x.md' });
        if (diagnostics.some((d) => d.fatal)) return; // refused whole (e.g. broken front matter), not read in part
        const model = modelLetters(document);
        for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
          if (/^#{1,6}\s/.test(line)) continue; // headings become the title, the date and section names
          expect(model, line.slice(0, 80)).toContain(letters(line));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the renderers never pass a control character from a document', () => {
  it('with colour off: no control character at all', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const { document } = parseDocument(text, { path: 'x.md' });
        const outputs = [
          await renderDocument(document, { style: PLAIN, width: 60, hyperlinks: false }),
          renderPoints(document.points, PLAIN),
          document.points.length > 0 ? renderOutline(document.points, PLAIN, 80) : '',
          renderList([document], PLAIN, 80),
        ];
        for (const out of outputs) expect(out).not.toMatch(CONTROL);
      }),
      { numRuns: 200 },
    );
  });

  it('with colour and links on: only the colour and link sequences cable writes itself', async () => {
    const style = await createStyle(true);
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const { document } = parseDocument(text, { path: 'x.md' });
        const out = await renderDocument(document, { style, width: 60, hyperlinks: true });
        const ours = out
          .replace(/\u001b\[[0-9;]*m/g, '')
          .replace(/\u001b\]8;;(?:https?:\/\/[^\u0000-\u001f\u007f-\u009f]*)?\u0007/g, '');
        expect(ours).not.toMatch(CONTROL);
      }),
      { numRuns: 150 },
    );
  });
});
