import { PinpointError } from '../errors.js';
import type { ArchiveDocument } from '../model/index.js';
import { keyedItems } from './csl.js';
import { type CitationOutput, STYLES, type StyleFiles, type StyleName } from './styles.js';

/** Refuses a pinpoint where the style has nowhere to put it. */
export function checkPinpoint(style: StyleName, points: number[], page: string | null = null): void {
  if ((points.length > 0 || page !== null) && !STYLES[style].pinpoint) {
    throw new PinpointError(style, STYLES[style].description);
  }
}

/** Cites one document in a style, with a pinpoint to points when given. */
export function citeOne(
  doc: ArchiveDocument,
  style: StyleName,
  points: number[],
  files: StyleFiles,
  page: string | null = null,
): Promise<CitationOutput> {
  checkPinpoint(style, points, page);
  return STYLES[style].cite(doc, points, files, page);
}

/** The bibliography of several documents, sorted as the style requires. */
export function citeAll(docs: ArchiveDocument[], style: StyleName, files: StyleFiles): Promise<string> {
  return STYLES[style].bibliography(docs, files);
}

export { citationFields } from './fields.js';
export {
  type CitationOutput,
  CSL_STYLE_IDS,
  STYLE_NAMES,
  STYLES,
  type StyleFiles,
  type StyleName,
} from './styles.js';

/** Each document's key in the exports (`nehru1949_300653`, as `cite --all --style csl-json` gives it) → its id. */
export function keyedItemIds(docs: ArchiveDocument[]): Map<string, string> {
  return new Map(keyedItems(docs).map((item, k) => [item['citation-key'], docs[k]?.id ?? '']));
}
