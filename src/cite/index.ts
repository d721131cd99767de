import { UsageError } from '../errors.js';
import type { ArchiveDocument } from '../model.js';
import { archiveCitation } from './archive.js';
import { citationFields } from './fields.js';
import { STYLES, type StyleName } from './styles.js';

export interface CitationOutput {
  text: string;
  /** Said on stderr: how a citation was constructed. */
  notice: string | null;
}

const joinWords = (words: string[]): string =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** Refuses a pinpoint where the style has nowhere to put it. */
export function checkPinpoint(style: StyleName, points: number[]): void {
  if (points.length === 0) return;
  const info = STYLES[style];
  if (info.kind === 'export' || style === 'chicago-bib') {
    throw new UsageError(
      `--point cannot be used with --style ${style}: a ${info.description} has no pinpoint; use --style chicago, or archive`,
    );
  }
}

/** Cites one document in a style; citation-js is loaded only for the styles that need it. */
export async function citeOne(doc: ArchiveDocument, style: StyleName, points: number[] = []): Promise<CitationOutput> {
  checkPinpoint(style, points);
  if (style === 'archive') {
    const citation = archiveCitation(doc, citationFields(doc), points);
    const notice = citation.constructed
      ? `document ${doc.id} has no Citation section; this one was built in the archive's pattern from its ${joinWords(citation.builtFrom)}`
      : null;
    return { text: citation.text, notice };
  }
  if (style === 'csl-json') {
    const { toCsl } = await import('./csl.js');
    return { text: JSON.stringify([toCsl(doc, 'export')], null, 2), notice: null };
  }
  const { citeDocument } = await import('./format.js');
  return { text: citeDocument(doc, style, points), notice: null };
}

/** The bibliography of several documents, sorted as the style requires. */
export async function citeAll(docs: ArchiveDocument[], style: StyleName): Promise<string> {
  if (style === 'archive') {
    return docs
      .map((d) => archiveCitation(d, citationFields(d)).text)
      .sort((a, b) => a.replace(/^["“]/, '').localeCompare(b.replace(/^["“]/, ''), 'en'))
      .join('\n');
  }
  const { bibliography } = await import('./format.js');
  // A list of notes is no bibliography: the note styles give Chicago's bibliography.
  return bibliography(docs, STYLES[style].kind === 'note' ? 'chicago-bib' : style);
}

export { citationFields } from './fields.js';
export { STYLE_NAMES, STYLES, type StyleName } from './styles.js';
