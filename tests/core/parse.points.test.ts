import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/check/index.js';
import { parseDocument, readMarker } from '../../src/parse/index.js';
import { fixture, parseFixture } from '../helpers.js';

const doc = (body: string) =>
  parseDocument(`## **May 1, 1950**\n# **A test**\n### **Summary:**\nS.\n\n${body}\n`, { path: 't.md' });

describe('numbering styles', () => {
  it('reads ordinal words with a full stop or a comma, up to Twentieth', () => {
    const { document } = doc('First. One.\n\nSecond, two.\n\nThird: three.');
    expect(document.points.map((p) => [p.number, p.marker, p.text])).toEqual([
      [1, 'First.', 'One.'],
      [2, 'Second,', 'two.'],
      [3, 'Third:', 'three.'],
    ]);
    const twenty = [
      'First',
      'Second',
      'Third',
      'Fourth',
      'Fifth',
      'Sixth',
      'Seventh',
      'Eighth',
      'Ninth',
      'Tenth',
      'Eleventh',
      'Twelfth',
      'Thirteenth',
      'Fourteenth',
      'Fifteenth',
      'Sixteenth',
      'Seventeenth',
      'Eighteenth',
      'Nineteenth',
      'Twentieth',
    ];
    const all = doc(twenty.map((w) => `${w}. Text of ${w}.`).join('\n\n')).document;
    expect(all.points.map((p) => p.number)).toEqual(twenty.map((_, i) => i + 1));
  });

  it('reads "(1)" points (111866)', () => {
    const { document } = parseFixture('corpus/111866.md');
    expect(document.points.map((p) => p.marker)).toEqual(['(1)', '(2)']);
    expect(document.preamble).toEqual([
      'Top secret',
      'Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and the Central Committee:',
    ]);
    expect(document.closing).toEqual(['Zhou Enlai', '23 June 1954, 3:00 a.m.']);
  });

  it('reads "1)" points', () => {
    expect(doc('1) One.\n\n2) Two.').document.points.map((p) => p.marker)).toEqual(['1)', '2)']);
  });

  it('reads full-width "1．" and plain "3." as one list (300640)', () => {
    const { document } = parseFixture('corpus/300640.md');
    expect(document.points.map((p) => [p.number, p.marker])).toEqual([
      [1, '1．'],
      [2, '2．'],
      [3, '3.'],
    ]);
    // "(1)", "(2)" under point 3 stay inside it.
    expect(document.points[2]?.text).toMatch(/\n\n\(1\) We think that/);
  });

  it('reads Roman numerals', () => {
    const { document } = doc('I. One.\n\nII. Two.\n\nIII. Three.\n\nIV. Four.');
    expect(document.points.map((p) => [p.number, p.marker])).toEqual([
      [1, 'I.'],
      [2, 'II.'],
      [3, 'III.'],
      [4, 'IV.'],
    ]);
  });

  it('keeps sub-items a), (A), (i) inside their point (300238, 300641, 300653)', () => {
    const kohl = parseFixture('corpus/300238.md').document;
    expect(kohl.points).toHaveLength(12);
    expect(kohl.points[7]?.text).toMatch(/\n\na\) President Yeltsin pointed out/);
    expect(kohl.points[11]?.text).toMatch(/\n\nd\) Denver Economic Summit/);
    const sato = parseFixture('corpus/300641.md').document;
    expect(sato.points[1]?.text).toMatch(/^Regarding the Integrated Steel Mill Project:\n\n\(A\) In the event/);
    const nehru = parseFixture('corpus/300653.md').document;
    expect(nehru.points.find((p) => p.number === 15)?.text).toMatch(
      /\n\n\(i\) continuous tension,\n\n\(ii\) the raising/,
    );
  });

  it('lets a point hold several paragraphs, up to the next marker', () => {
    const { document } = parseFixture('corpus/300239.md');
    expect(document.points[0]?.text).toMatch(/^Bilateral issues\n\nBK thanks Pres\. N/);
    expect(document.points[0]?.text).toMatch(/• Construction of an energy complex by Siemens/);
  });

  it('accepts a list that restarts at 1 (300641 appendix) and one that begins at 2 (300653)', () => {
    expect(parseFixture('corpus/300641.md').document.points.map((p) => p.number)).toEqual([1, 2, 1, 2, 3, 4]);
    expect(parseFixture('corpus/300653.md').document.points[0]?.number).toBe(2);
    expect(parseFixture('corpus/300653.md').document.preamble.at(-1)).toMatch(/^My last letter to you/);
  });

  it('reports a gap where a marker was lost (300242, item 7)', () => {
    const parsed = parseFixture('corpus/300242.md');
    const { document } = parsed;
    // Numbering is checked by a lint rule (check/), on the points the parser found.
    const diagnostics = lintDocument({ ...parsed, text: fixture('corpus/300242.md') });
    expect(document.points.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10]);
    expect(document.points[5]?.text).toMatch(/\n\n7th conference on Nazi gold/);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'numbering-gap', severity: 'warning', line: 32 })]);
    expect(diagnostics[0]?.message).toContain('skips from 6 to 8');
  });

  it('reports a repeated number', () => {
    const diagnostics = lintDocument({ ...doc('First. A.\n\nSecond. B.\n\nSecond. C.'), text: '' }).filter((d) =>
      d.code.startsWith('numbering'),
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['numbering-repeat']);
  });
});

describe('things that look like points but are not', () => {
  it.each([
    ['a date "6. II. 1949"', '6. II. 1949'],
    ['a date "16.XII.1947"', '16.XII.1947'],
    ['a footnote "[1]"', '[1] BArch, B 136/59748, 297-301.'],
    ['"No.: 067.046"', 'No.: 067.046'],
    ['"TELEGRAM 066.808"', 'TELEGRAM 066.808'],
    ['an editorial "[I] invited…"', '[I] invited him to sit down.'],
    ['initials "V. M. Molotov"', 'V. M. Molotov'],
    ['initials "I. V. Stalin"', 'I. V. Stalin'],
  ])('%s', (_name, paragraph) => {
    expect(readMarker(paragraph)).toBeNull();
  });

  it('finds no points in the real documents that have none', () => {
    for (const file of [
      '110296.md',
      '112236.md',
      '176049.md',
      '208198.md',
      '300237.md',
      'telegram-066808-romanian-embassy-pyongyang-romanian-ministry-foreign-affairs.md',
      'cable-mao-zedong-filippov-stalin-1.md',
    ]) {
      expect(parseFixture(`corpus/${file}`).document.points, file).toEqual([]);
    }
  });

  it('reads "16.XII.1947" and the signature of 110296 as its closing', () => {
    expect(parseFixture('corpus/110296.md').document.closing).toEqual(['Kuznetsov', '16.XII.1947']);
  });

  it('keeps a year that opens a paragraph as text, though a long list may count past 1000', () => {
    expect(doc('1949. The year of victory.\n\nThen peace.').document.points).toEqual([]);
    expect(doc('1. One.\n\n2. Two.\n\n1949. The year of victory.').document.points.map((p) => p.number)).toEqual([
      1, 2,
    ]);
    const long = Array.from({ length: 1200 }, (_, i) => `${i + 1}. Item.`).join('\n\n');
    expect(doc(long).document.points.at(-1)).toMatchObject({ number: 1200, marker: '1200.' });
  });

  it('keeps a section it does not know, and a repeated one, in the body', () => {
    const { document } = parseDocument(
      '## 1950\n# T\n### Summary:\nS.\n### Author:\nA. Gromyko\n### Summary:\nAgain.\n\nFirst. One.\n\nSecond. Two.\n',
      { path: 't.md' },
    );
    expect(document.summary).toBe('S.');
    expect(document.preamble).toEqual(['### Author:', 'A. Gromyko', '### Summary:', 'Again.']);
    expect(document.points).toHaveLength(2);
  });

  it('keeps a lone "First," paragraph as text', () => {
    const { document } = doc('First, we went home.\n\nThen we slept.');
    expect(document.points).toEqual([]);
    expect(document.preamble).toEqual(['First, we went home.', 'Then we slept.']);
  });

  it('keeps "V. M. Molotov" signing after numbered points as the closing, not a point', () => {
    const { document } = doc('1. One.\n\n2. Two.\n\nV. M. Molotov\n\n6. II. 1949');
    expect(document.points.map((p) => p.number)).toEqual([1, 2]);
    expect(document.closing).toEqual(['V. M. Molotov', '6. II. 1949']);
  });

  it('puts trailing footnotes in notes (300237)', () => {
    const { document } = parseFixture('corpus/300237.md');
    expect(document.closing).toEqual(['(Neuer)']);
    expect(document.notes).toEqual(['[1] BArch, B 136/59748, 297-301.']);
  });
});
