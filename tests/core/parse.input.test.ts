import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/check/index.js';
import { parseDocument, toIsoDate } from '../../src/parse/index.js';
import { fixture, tempDir } from '../helpers.js';

const seed = fixture('121767.md');
const parse = (text: string) => parseDocument(text, { path: 'x.md' });

describe('input forms', () => {
  it('reads CRLF line endings and a byte-order mark the same as LF', () => {
    const plain = parse(seed).document;
    const windows = parse(`\uFEFF${seed.replace(/\n/g, '\r\n')}`).document;
    expect(windows).toEqual(plain);
  });

  it('reads the corpus layout (no bold, no blank line after headings)', () => {
    const text =
      '## May 10, 1948\n# Cable, Mao Zedong to Filippov [Stalin]\n### Summary:\nMao says.\n### Original Language:\nRussian\n\nFirst. A.\n\nSecond. B.\n';
    const { document } = parse(text);
    expect(document.title).toBe('Cable, Mao Zedong to Filippov [Stalin]');
    expect(document.isoDate).toBe('1948-05-10');
    expect(document.summary).toBe('Mao says.');
    expect(document.originalLanguage).toBe('Russian');
    expect(document.points.map((p) => p.marker)).toEqual(['First.', 'Second.']);
  });

  it('reads YAML front matter and counts lines from the top of the file', () => {
    const { document, diagnostics } = parse(`---\nsource: scan.md\nsha256: abc\n---\n${seed}`);
    expect(document.frontMatter).toEqual({ source: 'scan.md', sha256: 'abc' });
    expect(document.title).toBe('Cable, Joseph Stalin to Anastas Mikoyan');
    expect(document.points[0]?.line).toBe(42);
    expect(diagnostics).toEqual([]);
  });

  it('reports missing title and date, and an unreadable date', () => {
    expect(parse('Just text.\n').diagnostics.map((d) => d.code)).toEqual(['missing-title', 'missing-date']);
    // A missing summary is a lint rule's finding (check/), not the parser's.
    const loaded = { ...parse('Just text.\n'), text: 'Just text.\n' };
    expect(lintDocument(loaded).map((d) => d.code)).toEqual(['missing-title', 'missing-date', 'missing-summary']);
    const { diagnostics } = parse('## Sometime\n# T\n### Summary:\nS\n');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'unreadable-date', line: 1, severity: 'error' })]);
  });
});

describe('front matter is YAML only: nothing in a document runs', () => {
  it.each(['js', 'javascript', 'coffee'])('refuses ---%s and does not evaluate it', (language) => {
    const dir = tempDir();
    const target = join(dir, 'pwned');
    const text = `---${language}\nrequire('fs').writeFileSync(${JSON.stringify(target)}, 'x')\n---\n${seed}`;
    const { diagnostics } = parse(text);
    expect(diagnostics[0]).toMatchObject({ code: 'front-matter', fatal: true });
    expect(diagnostics[0]?.message).toContain(`"${language}" is not allowed`);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses YAML with a !!js/function tag', () => {
    const { diagnostics } = parse(`---\nx: !!js/function 'function () { return 1 }'\n---\n${seed}`);
    expect(diagnostics[0]).toMatchObject({ code: 'front-matter', fatal: true });
  });
});

describe('dates', () => {
  it.each([
    ['February, 1949', '1949-02'],
    ['September 02, 1953', '1953-09-02'],
    ['July 28, 1948', '1948-07-28'],
    ['1956', '1956'],
    ['November 1967', '1967-11'],
    ['December 16, 1947', '1947-12-16'],
    ['12 September 1996', '1996-09-12'],
    ['1st April, 1949', '1949-04-01'],
    ['Sept. 3, 1950', '1950-09-03'],
    ['1949-02-06', '1949-02-06'],
  ])('%s → %s', (printed, iso) => {
    expect(toIsoDate(printed)).toBe(iso);
  });

  it.each(['Sometime in spring', 'February 30, 1949', 'Smarch 3, 1950', ''])('cannot read "%s"', (printed) => {
    expect(toIsoDate(printed)).toBeNull();
  });
});

describe('dates in the languages of the archives', () => {
  it.each([
    ['9. Juni 1945', '1945-06-09'],
    ['28. April 1945', '1945-04-28'],
    ['21 octobre 1944', '1944-10-21'],
    ['1er mars 1950', '1950-03-01'],
    ['24 апреля 1948 г.', '1948-04-24'],
    ['10.05.1939', '1939-05-10'],
    ['1927 г.', '1927'],
    ['一九四七年四月十五日', '1947-04-15'],
    ['一九四九年四月二十五日', '1949-04-25'],
    ['1949年2月3日', '1949-02-03'],
    ['1949년 2월 3일', '1949-02-03'],
    ['1956. október 23.', '1956-10-23'],
    ['ngày 2 tháng 9 năm 1945', '1945-09-02'],
    ['12 de octubre de 1962', '1962-10-12'],
    ['3 settembre 1943', '1943-09-03'],
    ['5 marca 1953', '1953-03-05'],
    ['15. března 1939', '1939-03-15'],
    ['3 decembrie 1989', '1989-12-03'],
    ['26 AUG 62', '1962-08-26'],
    ['25th October, 1954', '1954-10-25'],
    ['[12 August 1946]', '1946-08-12'],
    ['19 MARCH 1963', '1963-03-19'],
    ['мая 1945', '1945-05'],
  ])('%s → %s', (printed, expected) => {
    expect(toIsoDate(printed)).toBe(expected);
  });

  it.each(['1949-13', '31.02.1950', 'Spring 1949', '30 февраля 1950 г.', 'Sometime'])('%s is not a date', (printed) => {
    expect(toIsoDate(printed)).toBeNull();
  });
});
