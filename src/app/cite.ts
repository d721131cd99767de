import { frusInfo } from '../cite/frus.js';
import { type CitationOutput, citationFields, citeAll, citeOne, STYLES, type StyleName } from '../cite/index.js';
import { NoSuchPageError } from '../errors.js';
import type { ArchiveDocument, Point } from '../model/index.js';
import type { DocumentFilter } from '../query/filter.js';
import { selectPoints } from '../query/pointSpec.js';
import { readCslStyle } from '../store/styles.js';
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
  const output = await slowly(ctx, request.style, `citing in ${request.style}`, () =>
    citeOne(document, request.style, points, readCslStyle, request.page ?? null),
  );
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
  const citation =
    request.style === null ? null : await citeOne(document, request.style, pinpoint(points), readCslStyle);
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
      citeAll(documents, request.style, readCslStyle),
    ),
  };
}
