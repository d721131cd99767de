import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ArchiveDocument, listEntry } from '../../src/model/index.js';
import { splitBlocks } from '../../src/parse/blocks.js';
import { parseDocument } from '../../src/parse/index.js';
import { unwrapEmphasis } from '../../src/parse/text.js';
import { renderList } from '../../src/render/list.js';
import { renderOutline, renderPoints } from '../../src/render/plain.js';
import { messageSafe, terminalSafe } from '../../src/render/safe.js';
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
          renderList([listEntry(document)], PLAIN, 80),
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

describe('round two: the classes, on random input', () => {
  /** The emphasis unwrapping before it was made linear: the reference the new one must agree with. */
  function unwrapByRegex(text: string): string {
    let s = text.trim();
    for (;;) {
      const m = /^(\*\*|__|\*|_)(.*)\1$/s.exec(s);
      if (!m || m[2] === undefined || m[2].trim() === '') return s;
      s = m[2].trim();
    }
  }

  it('unwraps emphasis in one pass exactly as the old regex loop did', () => {
    const pieces = fc.constantFrom('*', '**', '_', '__', ' ', 'a', 'b', '\n', '\t', '\u2028');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(unwrapEmphasis(text)).toBe(unwrapByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a heading as the old regular expression did, wherever it matched', () => {
    const pieces = fc.constantFrom('#', ' ', '\t', 'a', 'C#', '\u2028', '##');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const line = parts.join('');
        const old = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(line);
        const [block] = splitBlocks(line, 1);
        if (old) expect(block).toMatchObject({ kind: 'heading', level: old[1]?.length, text: old[2] });
      }),
      { numRuns: 3000 },
    );
  });

  it('passes the line clear only where a progress line begins again (a counterexample the property once found)', () => {
    expect(terminalSafe('\r\u001b[K')).toBe('\r\u001b[K');
    expect(terminalSafe('x\u001b[K')).not.toContain('\u001b');
    expect(terminalSafe('done\r\u001b[Kx\u001b[K')).not.toMatch(/x\u001b/);
  });

  it('lets nothing through the gate to the terminal but colours and cable’s own links', () => {
    const dangerous = fc.constantFrom(
      '\u001b',
      '\u0007',
      '\u0085',
      '\u009b',
      '\r',
      '\u202e',
      '\u2066',
      '\u200b',
      '\u001b]8;;https://evil/\u0007',
      '\u001b[?1049h',
      '\u001bc',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(dangerous, fc.string({ maxLength: 4 })), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const safe = terminalSafe(`x${text}`);
        // What is left of an escape character begins a colour; nothing else controls the terminal.
        expect(safe.replace(/\u001b\[[\d;]*m/g, '')).not.toMatch(
          /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b]/,
        );
        expect(messageSafe(`x${text}`)).not.toMatch(
          /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b]/,
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the new layouts lose no text either', () => {
  /** Lines of the kinds issue 14 reads: markers of every family, hard breaks, quotations, rules, notes. */
  const line = fc.oneof(
    fc.constantFrom(
      '一、日本投降以前的老解放区。',
      '（二）保护民族工商农牧业。',
      '第三，有全国广大人民的援助。',
      '1. Командировать в Румынию.',
      'а) Предложение т. Ворошилова.',
      '(b) that there was a reasonable chance.',
      'A. Single pre-planned air strike.',
      'Art. 1er. Est compris dans la zone.',
      'Para 2. Both F.E.C. and A.C.J.',
      'Second Japan would carry the wool.',
      '[4] Since Derevyanko likely to raise.',
      '3, MEMBERS OF THE CHINAT DELEGATION',
      '> 5\\. On economic aid a commitment.',
      '------------------',
      '注　　释',
      '〔1〕 土地法。',
      '[^1]: Document 154.',
      '1 Masatoshi Akiyama.',
      'Fait à Paris, le 21 octobre 1944.',
      'Quellen: Ingo Münch',
      '',
    ),
    fc.string({ maxLength: 40 }),
  );
  const breaks = fc.constantFrom('\n', '  \n', '\n\n', '\\\n');
  const body = fc
    .array(fc.tuple(line, breaks), { maxLength: 30 })
    .map((parts) => parts.map(([l, b]) => l + b).join(''));

  it('keeps every letter of the body in the model, and never throws', () => {
    fc.assert(
      fc.property(body, (text) => {
        const source = `## 24 апреля 1948 г.\n# T\n\n${text}`;
        const { document } = parseDocument(source, { path: 'x.md' });
        const model = modelLetters(document);
        for (const l of text.split('\n')) {
          if (/^#{1,6}\s/.test(l)) continue;
          expect(model, l).toContain(letters(l));
        }
      }),
      { numRuns: 500 },
    );
  });
});
