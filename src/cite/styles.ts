/**
 * The citation styles cable knows: one registry, which drives --style's
 * choices, its help, and the dispatch in format.ts.
 */
export const STYLE_NAMES = [
  'archive',
  'chicago',
  'chicago-short',
  'chicago-bib',
  'chicago-author-date',
  'mla',
  'apa',
  'bibtex',
  'ris',
  'csl-json',
] as const;
export type StyleName = (typeof STYLE_NAMES)[number];

export type StyleKind =
  /** The archive's own citation string. */
  | 'archive'
  /** A footnote: full or short form. */
  | 'note'
  /** A bibliography or reference-list entry; in-text citations carry the pinpoint. */
  | 'entry'
  /** A file for Zotero, BibLaTeX or pandoc. */
  | 'export';

export interface StyleInfo {
  kind: StyleKind;
  description: string;
  /** The CSL file in styles/, for CSL styles. */
  csl?: string;
  /** For notes: the short form used after the first citation. */
  short?: boolean;
  /** For entries: whether the style cites in text (author-date, MLA, APA) rather than in notes. */
  inText?: boolean;
}

export const STYLES: Record<StyleName, StyleInfo> = {
  archive: { kind: 'archive', description: "the archive's own citation (default)" },
  chicago: { kind: 'note', csl: 'chicago-notes-bibliography', description: 'Chicago notes-bibliography, full note' },
  'chicago-short': { kind: 'note', csl: 'chicago-notes-bibliography', short: true, description: 'Chicago short note' },
  'chicago-bib': { kind: 'entry', csl: 'chicago-notes-bibliography', description: 'Chicago bibliography entry' },
  'chicago-author-date': {
    kind: 'entry',
    csl: 'chicago-author-date',
    inText: true,
    description: 'Chicago author-date reference',
  },
  mla: { kind: 'entry', csl: 'modern-language-association', inText: true, description: 'MLA 9 works-cited entry' },
  apa: { kind: 'entry', csl: 'apa', inText: true, description: 'APA 7 reference' },
  bibtex: { kind: 'export', description: 'BibLaTeX entry' },
  ris: { kind: 'export', description: 'RIS record' },
  'csl-json': { kind: 'export', description: 'CSL-JSON' },
};
