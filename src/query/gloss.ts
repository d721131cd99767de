import type { ArchiveDocument } from '../model/index.js';

/** One entry of a FRUS volume's list of terms: "Exdis, exclusive distribution" → the abbreviation and its meaning. */
export interface Gloss {
  term: string;
  meaning: string;
}

/** The terms a document's front matter carries (a FRUS import writes the ones the document uses). */
export function glossaryOf(doc: Pick<ArchiveDocument, 'frontMatter'>): Gloss[] {
  const frus = doc.frontMatter.frus as { glossary?: unknown } | undefined;
  const glossary = frus?.glossary;
  if (typeof glossary !== 'object' || glossary === null) return [];
  return Object.values(glossary).flatMap((entry) => {
    if (typeof entry !== 'string') return [];
    const comma = entry.indexOf(', ');
    if (comma <= 0) return [];
    return [{ term: entry.slice(0, comma).trim(), meaning: entry.slice(comma + 2).trim() }];
  });
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The document with each glossed abbreviation spelled out where it is first used, in reading order:
 * "Exdis" → "Exdis [exclusive distribution]". Later uses stay as printed. Pure: a new model, the text
 * otherwise untouched.
 */
export function glossDocument(doc: ArchiveDocument): ArchiveDocument {
  // Longer terms first, so that "S/S" is not taken for "S".
  const pending = glossaryOf(doc).sort((a, b) => b.term.length - a.term.length);
  if (pending.length === 0) return doc;
  const seen = new Set<string>();
  const meaning = new Map(pending.map((g) => [g.term, g.meaning]));
  // One pass over the text with every term at once, so a meaning just written is never searched again.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}/])(?:${pending.map((g) => escapeRegExp(g.term)).join('|')})(?![\\p{L}\\p{N}/])`,
    'gu',
  );
  const expand = (text: string): string =>
    text.replace(pattern, (term) => {
      if (seen.has(term)) return term;
      seen.add(term);
      return `${term} [${meaning.get(term) ?? ''}]`;
    });
  const source = doc.source === undefined ? {} : { source: expand(doc.source) };
  return {
    ...doc,
    ...source,
    preamble: doc.preamble.map(expand),
    points: doc.points.map((p) => ({ ...p, text: expand(p.text) })),
    closing: doc.closing.map(expand),
  };
}
