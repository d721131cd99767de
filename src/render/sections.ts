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

/** Header fields shown by `cable show`, in the archive's order. */
export function headerFields(doc: ArchiveDocument): Array<[label: string, value: string | null]> {
  return [
    ['Citation', doc.citation],
    ['Summary', doc.summary],
    ['Credits', doc.credits],
    ['Original Language', doc.originalLanguage],
  ];
}
