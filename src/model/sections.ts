import type { ArchiveDocument } from './document.js';

/**
 * The parts of a document, declared once: what `--section` accepts (key and
 * aliases), the heading the archive prints and `show` shows, the JSON field,
 * how to read the part from the model, and what shape it has (which decides
 * how renderers draw it). The parser reads header sections by `heading`;
 * `show`, `show --json`, `filter --section` and completion all read this table.
 */
export interface Section {
  key: string;
  /** Other words people type for it (`--section language`). */
  aliases: readonly string[];
  /** The heading in the archive's layout and in `show`, for the header sections. */
  heading: string | null;
  /** Its name in `show --json` and in the model. */
  field: string;
  /** `text`: one value; `list`: items; `paragraphs`; `points`; `body`: preamble, points, closing and notes. */
  shape: 'text' | 'list' | 'paragraphs' | 'points' | 'body';
  /** A header section: before the body, one text (`filter --section` searches these). */
  header: boolean;
  /** Read by the parser from a `### Heading:` block. */
  fromHeading: boolean;
  /** The part's value in the model (null or empty when missing). */
  value(doc: ArchiveDocument): unknown;
}

const text = (
  key: string,
  field: keyof ArchiveDocument,
  heading: string | null,
  options: { aliases?: string[]; fromHeading?: boolean } = {},
): Section => ({
  key,
  aliases: options.aliases ?? [],
  heading,
  field,
  shape: 'text',
  header: true,
  fromHeading: options.fromHeading ?? false,
  value: (doc) => doc[field],
});

const paragraphs = (key: 'preamble' | 'closing' | 'notes', aliases: string[] = []): Section => ({
  key,
  aliases,
  heading: null,
  field: key,
  shape: 'paragraphs',
  header: false,
  fromHeading: false,
  value: (doc) => doc[key],
});

export const SECTIONS: readonly Section[] = [
  text('title', 'title', null),
  text('date', 'date', null),
  text('citation', 'citation', 'Citation', { fromHeading: true }),
  text('summary', 'summary', 'Summary', { fromHeading: true }),
  text('credits', 'credits', 'Credits', { fromHeading: true }),
  // A FRUS document's source note ("Source: Department of State, Central Files…"); absent from other documents.
  {
    ...text('source', 'source', 'Source', { fromHeading: true }),
    value: (doc) => doc.source ?? null,
  },
  text('original-language', 'originalLanguage', 'Original Language', {
    aliases: ['original language', 'originallanguage', 'language'],
    fromHeading: true,
  }),
  {
    key: 'contents',
    aliases: [],
    heading: 'Contents',
    field: 'contents',
    shape: 'list',
    header: true,
    fromHeading: true,
    value: (doc) => doc.contents,
  },
  paragraphs('preamble'),
  {
    key: 'points',
    aliases: [],
    heading: null,
    field: 'points',
    shape: 'points',
    header: false,
    fromHeading: false,
    value: (doc) => doc.points,
  },
  paragraphs('closing'),
  paragraphs('notes', ['footnotes']),
  {
    key: 'body',
    aliases: ['text'],
    heading: null,
    field: 'body',
    shape: 'body',
    header: false,
    fromHeading: false,
    value: (doc) => ({ preamble: doc.preamble, points: doc.points, closing: doc.closing, notes: doc.notes }),
  },
];

export type SectionKey = string;
export const SECTION_KEYS: readonly string[] = SECTIONS.map((s) => s.key);

export const sectionByKey = (key: string): Section | undefined => SECTIONS.find((s) => s.key === key);

/** The section a user's word names (any case, `_` or `-`), or null. */
export function sectionKey(name: string): Section | null {
  const wanted = name.trim().toLowerCase().replace(/_/g, '-');
  return SECTIONS.find((s) => s.key === wanted || s.aliases.includes(wanted)) ?? null;
}

/** A header section's text as the document gives it (contents one item a line), or null when missing. */
export function sectionText(doc: ArchiveDocument, section: Section): string | null {
  const value = section.value(doc);
  if (section.shape === 'list') return (value as string[]).length === 0 ? null : (value as string[]).join('\n');
  return typeof value === 'string' ? value : null;
}
