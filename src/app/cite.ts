import { frusInfo } from '../cite/frus.js';
import { type CitationOutput, citationFields, citeAll, citeOne, STYLES, type StyleName } from '../cite/index.js';
import { NoSuchPageError } from '../errors.js';
import type { ArchiveDocument, Point } from '../model/index.js';
import type { DocumentFilter } from '../query/filter.js';
import { selectPoints } from '../query/pointSpec.js';
import { citationKey, readCachedCitation, writeCachedCitation } from '../store/citationCache.js';
import { cslStyleSignature, styleFiles } from '../store/styles.js';
import { listDocuments, open } from './collection.js';
import type { AppContext } from './context.js';

export interface Citation extends CitationOutput {
  document: ArchiveDocument;
  fields: ReturnType<typeof citationFields>;
}

/** Slow work (citation-js) says what it is doing on a terminal, and clears the line when done. */
async function slowly<T>(ctx: AppContext, style: StyleName, what: string, work: () => Promise<T>): Promise<T> {
  const status = STYLES[style].slow ? ctx.status : undefined;
  status?.(`cable: ${what}…`);
  try {
    return await work();
  } finally {
    status?.(null);
  }
}

/**
 * One document's citation, from the cache when the same citation was made before (the same document as parsed,
 * style file, pinpoint and build: store/citationCache.ts); a citeproc citation made now is kept there.
 */
async function cite(
  ctx: AppContext,
  document: ArchiveDocument,
  style: StyleName,
  points: number[],
  page: string | null,
): Promise<CitationOutput> {
  const csl = (STYLES[style] as { csl?: string }).csl;
  const key =
    csl === undefined || ctx.env.CABLE_NO_CITATION_CACHE === '1'
      ? null
      : citationKey([style, cslStyleSignature(csl), JSON.stringify(points), page ?? '', JSON.stringify(document)]);
  const cached = key === null ? null : readCachedCitation(ctx.env, key);
  if (cached !== null) return { text: cached, constructed: null };
  const output = await slowly(ctx, style, `citing in ${style}`, () =>
    citeOne(document, style, points, styleFiles(ctx.env), page),
  );
  if (key !== null && output.constructed === null) writeCachedCitation(ctx.env, key, output.text);
  return output;
}

/** The numbers of the points a selection names (each once), in the order asked. */
const pinpoint = (points: Point[]): number[] => [...new Set(points.map((p) => p.number))];

/** One document's citation in a style, with a pinpoint to the points `spec` names. */
export async function citeDocument(
  ctx: AppContext,
  request: { doc: string | undefined; style: StyleName; point: string | undefined; page: string | undefined },
): Promise<Citation> {
  const { document } = open(ctx, request.doc);
  const points = request.point === undefined ? [] : pinpoint(selectPoints(document.points, request.point, document.id));
  // The pages a FRUS document is printed on, as its import recorded them; none for other documents.
  const pages = frusInfo(document)?.pages ?? [];
  if (request.page !== undefined && pages.length > 0 && !pages.includes(request.page)) {
    throw new NoSuchPageError(document.id, request.page, pages);
  }
  const output = await cite(ctx, document, request.style, points, request.page ?? null);
  // The fields are for `--json` only: read from the title when asked for (a name's order loads the name tables).
  return {
    ...output,
    document,
    get fields() {
      return citationFields(document);
    },
  };
}

/** Points of one document with their citation: `quote`, and `point --cite`. */
export async function citePoints(
  ctx: AppContext,
  request: { doc: string | undefined; spec: string; style: StyleName | null },
): Promise<{ document: ArchiveDocument; points: Point[]; citation: CitationOutput | null }> {
  const { document } = open(ctx, request.doc);
  const points = selectPoints(document.points, request.spec, document.id);
  const citation = request.style === null ? null : await cite(ctx, document, request.style, pinpoint(points), null);
  return { document, points, citation };
}

/** The bibliography of the collection's documents that pass the filter. */
export async function citeCollection(ctx: AppContext, request: { style: StyleName; filter: DocumentFilter }) {
  const { documents, total, collection } = listDocuments(ctx, request.filter);
  return {
    documents,
    total,
    dir: collection.dir,
    fields: documents.map(citationFields),
    text: await slowly(ctx, request.style, `formatting ${documents.length} citations in ${request.style}`, () =>
      citeAll(documents, request.style, styleFiles(ctx.env)),
    ),
  };
}
