// #19: the sources are cited in the manuscript's own style: the CSL style its pandoc metadata names, pandoc's
// default (Chicago author-date) when it has pandoc citations and names none, else Chicago's notes.
import { describe, expect, it } from 'vitest';
import { manuscriptStyle } from '../../src/verify/style.js';

describe("a manuscript's own citation style", () => {
  it.each([
    ['---\ntitle: Chapter 3\ncsl: styles/apa.csl\n---\nText [@key].', 'apa'],
    ['---\ncsl: "https://www.zotero.org/styles/modern-language-association.csl"\n...\nText.', 'mla'],
    ["---\ncitation-style: 'chicago-fullnote-bibliography.csl'  # the press's\n---\n", 'chicago'],
    ['---\ncsl: chicago-shortened-notes-bibliography.csl\n---\n', 'chicago-short'],
    ['---\ncsl: Chicago-Author-Date.CSL\n---\n', 'chicago-author-date'],
    ['No metadata, a pandoc citation [see @stalin1949_121767, point 3].', 'chicago-author-date'],
    ['No metadata, no pandoc citation: "a quotation".', 'chicago'],
    // csl: below the metadata block is text, not metadata.
    ['Text.\n---\ncsl: apa.csl\n---\n', 'chicago'],
  ])('%j → %s', (text, style) => {
    expect(manuscriptStyle(text)).toEqual({ style, note: null });
  });

  it('a CSL style cable does not have is said, and Chicago used', () => {
    expect(manuscriptStyle('---\ncsl: harvard-cite-them-right.csl\n---\n[@key]')).toEqual({
      style: 'chicago',
      note: expect.stringMatching(
        /^its csl: harvard-cite-them-right\.csl is no style cable has \(chicago-notes-bibliography, .*\): the sources are cited in chicago \(--style to choose\)$/,
      ),
    });
  });
});
