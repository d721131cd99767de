import { citeOne, keyedItemIds, STYLES, type StyleName } from '../cite/index.js';
import { FileError } from '../errors.js';
import { searchFold } from '../search/fold.js';
import { words } from '../search/query.js';
import { loadDocument } from '../store/load.js';
import { decodeDocument, readDocumentText } from '../store/read.js';
import { styleFiles } from '../store/styles.js';
import { checkQuotation, type Passage, type VerifiedQuotation, type VerifyResult } from '../verify/check.js';
import { findQuotations } from '../verify/quotes.js';
import { collectionOf, load } from './collection.js';
import type { AppContext } from './context.js';
import { indexing } from './index.js';

/** The words of a quotation FTS5 looks for: its longest distinct words, any of which finds a passage. */
function candidateQuery(text: string): string | null {
  const folded = [...new Set(words(searchFold(text)))].filter((w) => w.length > 2);
  const chosen = folded.sort((a, b) => b.length - a.length).slice(0, 8);
  return chosen.length === 0 ? null : chosen.map((w) => `"${w}"`).join(' OR ');
}

/**
 * `cable verify`: every quotation of the manuscripts checked against the collection. The index finds the passages
 * that share the quotation's words; each is aligned word by word (verify/align.ts) and the best decides.
 */
export async function verifyManuscripts(
  ctx: AppContext,
  request: { files: string[]; minWords: number; style: StyleName },
): Promise<VerifyResult> {
  // A manuscript is read as a document is (UTF-8, no NUL, the same size limit), but an empty one has no quotation.
  const stdin = request.files.includes('-') ? await ctx.readStdin() : null;
  const read = (file: string): string => {
    try {
      return file === '-' ? decodeDocument('(stdin)', stdin ?? new Uint8Array()) : readDocumentText(file);
    } catch (error) {
      if (error instanceof FileError && error.problem === 'empty') return '';
      throw error;
    }
  };
  const manuscripts = request.files.map((file) => ({
    file,
    quotations: findQuotations(read(file), request.minWords),
  }));
  const { openSearchIndex } = await import('../store/searchIndex.js');
  const index = openSearchIndex(collectionOf(ctx), ctx.env, { progress: indexing(ctx) });
  const paths = new Map<string, string>();
  let checks: VerifiedQuotation[];
  try {
    for (const problem of index.stats.problems) ctx.problems.push(problem);
    // The documents' pandoc keys, as `cable cite --all --style csl-json` gives them, when a quotation cites one.
    const cites = manuscripts.some((m) => m.quotations.some((q) => q.citation !== null));
    const keys = cites ? keyedItemIds(load(ctx).documents.map((d) => d.document)) : new Map<string, string>();
    checks = manuscripts.flatMap(({ file, quotations }) =>
      quotations.map((quotation) => {
        const match = candidateQuery(quotation.text);
        const rows = match === null ? [] : [...index.candidates(match, {}, 40)];
        for (const row of rows) paths.set(row.docId, row.path);
        const passages: Passage[] = rows.map((r) => ({ docId: r.docId, part: r.part, number: r.number, text: r.text }));
        return { ...checkQuotation(quotation, passages, keys), file, citation: null };
      }),
    );
  } finally {
    index.close();
  }
  // Each source's pinpoint citation, once per document and point.
  const cited = new Map<string, string>();
  for (const check of checks) {
    const source = check.source;
    const path = source === null ? undefined : paths.get(source.docId);
    if (source === null || path === undefined) continue;
    const key = `${source.docId}\u0000${source.part}\u0000${source.number}`;
    if (!cited.has(key)) {
      const document = loadDocument(path).document;
      const points = source.part === 'point' && STYLES[request.style].pinpoint ? [source.number] : [];
      cited.set(key, (await citeOne(document, request.style, points, styleFiles(ctx.env))).text);
    }
    check.citation = cited.get(key) ?? null;
  }
  return { checks, files: request.files };
}
