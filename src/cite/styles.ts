import type { ArchiveDocument } from '../model/index.js';
import { type ArchiveCitation, archiveCitation } from './archive.js';
import { type CslFlavour, type CslItem, exportableItems, keyedItems } from './csl.js';
import { toBiblatex, toRis } from './exports.js';
import { sourceFields } from './fields.js';
import type { Adapt, StyleFiles } from './format.js';
import { frusBibliography, frusInfo, frusNote, frusShortNote } from './frus.js';
import { filingKey } from './order.js';
import { sentenceCase } from './sentenceCase.js';

export type { StyleFiles };

export interface CitationOutput {
  text: string;
  /** For a citation cable built itself (the document had none): what it was built from. */
  constructed: ArchiveCitation | null;
}

/**
 * A citation style, with its behaviour: how it cites one document (with or
 * without a pinpoint) and how it lists several. The registry below drives
 * `--style`'s choices and help, completion, and every dispatch on a style.
 * citation-js is heavy, so the CSL styles and the exports load it (the
 * `format` bundle) only when called.
 */
export interface CitationStyle {
  description: string;
  /** Whether the style has a place for a pinpoint (`--point`). */
  pinpoint: boolean;
  /** Whether it needs citation-js (a second or more for a CSL style): long enough to say so on a terminal. */
  slow: boolean;
  /** The CSL file in styles/ it formats with, if any: a citation made with it is cached (store/citationCache.ts). */
  csl?: string;
  /** `page`: a page of a published volume (FRUS), where the style can cite one. */
  cite(doc: ArchiveDocument, points: number[], files: StyleFiles, page?: string | null): Promise<CitationOutput>;
  bibliography(docs: ArchiveDocument[], files: StyleFiles): Promise<string>;
}

const format = () => import('./format.js');

const plain = (text: string): CitationOutput => ({ text, constructed: null });

/** A note style: its list is Chicago's bibliography (a list of notes is no bibliography). */
const note = (description: string, short: boolean): CitationStyle => ({
  description,
  pinpoint: true,
  slow: true,
  csl: 'chicago-notes-bibliography',
  cite: async (doc, points, files, page = null) => {
    // A document in a published collection (FRUS): CMOS 14.111, from the volume's header.
    const frus = frusInfo(doc);
    if (frus !== null)
      return plain(short ? frusShortNote(doc, frus, { points, page }) : frusNote(doc, frus, { points, page }));
    return plain((await format()).cslNote(doc, 'chicago-notes-bibliography', short, points, files));
  },
  bibliography: async (docs, files) => chicagoBibliography(docs, files),
});

/** Chicago's bibliography: FRUS volumes as edited books (once each), the others through the CSL style. */
async function chicagoBibliography(docs: ArchiveDocument[], files: StyleFiles): Promise<string> {
  const volumes = [
    ...new Set(
      docs.flatMap((d) => {
        const info = frusInfo(d);
        return info === null ? [] : [frusBibliography(info)];
      }),
    ),
  ];
  const others = docs.filter((d) => frusInfo(d) === null);
  const entries =
    others.length === 0 ? '' : (await format()).cslBibliography(others, 'chicago-notes-bibliography', 'default', files);
  // Without FRUS volumes, the list is citeproc's, in its own order.
  if (volumes.length === 0) return entries;
  return [...volumes, ...entries.split('\n')]
    .filter((e) => e !== '')
    .sort((a, b) => filingKey(a).localeCompare(filingKey(b), 'en'))
    .join('\n');
}

/** A bibliography or reference-list entry; in-text styles put a pinpoint in the in-text citation above it. */
const entry = (
  description: string,
  csl: string,
  options: { inText: boolean; pinpoint: boolean; flavour?: CslFlavour; adapt?: () => Promise<Adapt> },
): CitationStyle => {
  const flavour = options.flavour ?? 'default';
  const adapt = options.adapt ?? (async () => (item: CslItem) => item);
  return {
    description,
    pinpoint: options.pinpoint,
    slow: true,
    csl,
    cite: async (doc, points, files) =>
      plain((await format()).cslEntry(doc, csl, flavour, options.inText ? points : [], files, await adapt())),
    bibliography: async (docs, files) => (await format()).cslBibliography(docs, csl, flavour, files, await adapt()),
  };
};

/** APA writes titles in sentence case: the English word list is a bundle of its own, loaded only here. */
const apaSentenceCase = async (): Promise<Adapt> => {
  const { LOWER_CASE_WORDS, SKIP_WORDS } = await import('./english.js');
  const lower = (text: string | undefined) =>
    text === undefined ? undefined : sentenceCase(text, LOWER_CASE_WORDS, SKIP_WORDS);
  return (item) => {
    const title = lower(item.title);
    const short = lower(item['title-short']);
    return {
      ...item,
      ...(title === undefined ? {} : { title }),
      ...(short === undefined ? {} : { 'title-short': short }),
    };
  };
};

/** An export: the items cable renders, written for BibLaTeX or RIS by cable itself (no citation-js). */
const exportFormat = (description: string, write: (docs: ArchiveDocument[]) => string): CitationStyle => ({
  description,
  pinpoint: false,
  slow: false,
  cite: async (doc) => plain(write([doc])),
  bibliography: async (docs) => write(docs),
});

/** The item cable renders (Chicago's), under the key the other exports give it: pandoc prints what cable prints. */
const cslJson = (docs: ArchiveDocument[]): string => JSON.stringify(keyedItems(docs), null, 2);

const byTitle = (a: string, b: string): number => filingKey(a).localeCompare(filingKey(b), 'en');

export const STYLES = {
  archive: {
    description: "the archive's own citation (default)",
    pinpoint: true,
    slow: false,
    cite: async (doc, points, _files, page = null) => {
      const citation = archiveCitation(doc, sourceFields(doc), points, page);
      return { text: citation.text, constructed: citation.constructed ? citation : null };
    },
    bibliography: async (docs) =>
      docs
        .map((d) => archiveCitation(d, sourceFields(d)).text)
        .sort(byTitle)
        .join('\n'),
  },
  chicago: note('Chicago notes-bibliography, full note', false),
  'chicago-short': note('Chicago short note', true),
  'chicago-bib': {
    ...entry('Chicago bibliography entry', 'chicago-notes-bibliography', { inText: false, pinpoint: false }),
    cite: async (doc, _points, files) => {
      const frus = frusInfo(doc);
      if (frus !== null) return plain(frusBibliography(frus));
      return plain((await format()).cslEntry(doc, 'chicago-notes-bibliography', 'default', [], files));
    },
    bibliography: async (docs, files) => chicagoBibliography(docs, files),
  },
  'chicago-author-date': entry('Chicago author-date reference', 'chicago-author-date', {
    inText: true,
    pinpoint: true,
  }),
  mla: entry('MLA 9 works-cited entry', 'modern-language-association', {
    inText: true,
    pinpoint: true,
    flavour: 'mla',
  }),
  apa: entry('APA 7 reference', 'apa', { inText: true, pinpoint: true, flavour: 'apa', adapt: apaSentenceCase }),
  bibtex: exportFormat('BibLaTeX entry', (docs) => toBiblatex(exportableItems(docs))),
  ris: exportFormat('RIS record', (docs) => toRis(exportableItems(docs))),
  'csl-json': {
    description: 'CSL-JSON',
    pinpoint: false,
    slow: false,
    cite: async (doc) => plain(cslJson([doc])),
    bibliography: async (docs) => cslJson(docs),
  },
} satisfies Record<string, CitationStyle>;

export type StyleName = keyof typeof STYLES;

/**
 * cable's style for a CSL style a manuscript names (pandoc's `csl:`), by its id in the official CSL repository
 * (citation-style-language/styles: the file name without `.csl`): Chicago's 18th-edition styles and the
 * 17th's full and short notes, MLA 9, APA 7.
 */
export const CSL_STYLE_IDS: Readonly<Record<string, StyleName>> = {
  'chicago-notes-bibliography': 'chicago',
  'chicago-fullnote-bibliography': 'chicago',
  'chicago-shortened-notes-bibliography': 'chicago-short',
  'chicago-note-bibliography': 'chicago-short',
  'chicago-author-date': 'chicago-author-date',
  'modern-language-association': 'mla',
  apa: 'apa',
};
export const STYLE_NAMES = Object.keys(STYLES) as StyleName[];
