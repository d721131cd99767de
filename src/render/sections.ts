import type { ArchiveDocument } from '../model.js';

/** The parts of a document that `--section` can name, with the words people type for them. */
export const SECTIONS = {
  title: ['title'],
  date: ['date'],
  citation: ['citation'],
  summary: ['summary'],
  credits: ['credits'],
  'original-language': ['original-language', 'original language', 'originallanguage', 'language'],
  contents: ['contents'],
  preamble: ['preamble'],
  points: ['points'],
  closing: ['closing'],
  notes: ['notes', 'footnotes'],
  body: ['body', 'text'],
} as const;

export type SectionKey = keyof typeof SECTIONS;
export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];

export function sectionKey(name: string): SectionKey | null {
  const wanted = name.trim().toLowerCase().replace(/_/g, '-');
  for (const key of SECTION_KEYS) {
    if ((SECTIONS[key] as readonly string[]).includes(wanted)) return key;
  }
  return null;
}

/** The header sections, whose value is one text (`filter --section` searches these). */
export const HEADER_SECTION_KEYS = [
  'title',
  'date',
  'citation',
  'summary',
  'credits',
  'original-language',
  'contents',
] as const;
export type HeaderSectionKey = (typeof HEADER_SECTION_KEYS)[number];

export const isHeaderSection = (key: SectionKey): key is HeaderSectionKey =>
  (HEADER_SECTION_KEYS as readonly string[]).includes(key);

/** A header section's text as the document gives it (contents one item a line), or null when missing. */
export function headerSectionText(doc: ArchiveDocument, key: HeaderSectionKey): string | null {
  switch (key) {
    case 'title':
      return doc.title;
    case 'date':
      return doc.date;
    case 'citation':
      return doc.citation;
    case 'summary':
      return doc.summary;
    case 'credits':
      return doc.credits;
    case 'original-language':
      return doc.originalLanguage;
    case 'contents':
      return doc.contents.length === 0 ? null : doc.contents.join('\n');
  }
}

/** Header fields shown by `cable show`, in the archive's order. */
export function headerFields(doc: ArchiveDocument): Array<[label: string, value: string | null]> {
  return [
    ['Citation', doc.citation],
    ['Summary', doc.summary],
    ['Credits', doc.credits],
    ['Original Language', doc.originalLanguage],
  ];
}
