import { citeOne, keyedItemIds, STYLES, type StyleName } from '../cite/index.js';
import { FileError } from '../errors.js';
import type { ArchiveDocument } from '../model/index.js';
import { HAN_MARK, searchFold } from '../search/fold.js';
import { words } from '../search/query.js';
import { conventionalSpellings, otherSpellings } from '../search/spellings.js';
import { documentUnits } from '../search/units.js';
import { loadDocument } from '../store/load.js';
import { readWordManuscript, writeFixedCopy } from '../store/manuscript.js';
import { decodeDocument, readDocumentText } from '../store/read.js';
import type { SearchIndex } from '../store/searchIndex.js';
import { styleFiles } from '../store/styles.js';
import { foldText } from '../text/fold.js';
import { changedWords, type Phrases } from '../verify/align.js';
import { checkQuotation, type Passage, type VerifiedQuotation, type VerifyResult } from '../verify/check.js';
import { fixManuscript } from '../verify/fix.js';
import { findQuotations, type Quotation } from '../verify/quotes.js';
import { manuscriptStyle } from '../verify/style.js';
import { collectionOf, load } from './collection.js';
import type { AppContext } from './context.js';
import { indexing } from './index.js';

/**
 * What FTS5 is asked, in turn, for the passages a quotation may come from: its four longest distinct words all
 * together (quick: the index intersects their lists); else any three of them (one may be the word that was
 * changed); else any of its eight longest (slow for common words: only for a quotation the first two miss).
 */
function candidateQueries(text: string): string[] {
  const folded = [...new Set(words(searchFold(text)))].filter((w) => w.length > 2);
  const longest = folded.sort((a, b) => b.length - a.length);
  const quoted = (w: string) => `"${w}"`;
  const four = longest.slice(0, 4).map(quoted);
  if (four.length === 0) return [];
  const threes = four.length < 4 ? [] : four.map((_, k) => `(${four.filter((_, m) => m !== k).join(' AND ')})`);
  return [
    four.join(' AND '),
    ...(threes.length > 0 ? [threes.join(' OR ')] : []),
    longest.slice(0, 8).map(quoted).join(' OR '),
  ];
}

const bareUrl = (url: string): string =>
  url
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '')
    .toLowerCase();

/**
 * The document a footnote names: by its URL, then its archive id (a word of the note), then its title. Each
 * document's URL and title are made ready once, for every footnote of the manuscripts.
 */
function footnoteReader(documents: ArchiveDocument[]): (note: string) => string | null {
  const urls = documents.flatMap((d) => (d.url === null ? [] : [{ id: d.id, url: bareUrl(d.url) }]));
  const ids = new Set(documents.map((d) => d.id));
  const titles = documents.flatMap((d) =>
    d.title !== null && d.title.split(/\s+/).length >= 3 ? [{ id: d.id, title: foldText(d.title) }] : [],
  );
  return (note) => {
    const text = note.toLowerCase();
    const byUrl = urls.find((u) => text.includes(u.url));
    if (byUrl !== undefined) return byUrl.id;
    const byId = note.split(/[^\p{L}\p{N}-]+/u).find((word) => ids.has(word));
    if (byId !== undefined) return byId;
    const folded = foldText(note);
    return titles.find((t) => folded.includes(t.title))?.id ?? null;
  };
}

/**
 * A quoted name's other spellings (Pinyin and Wade-Giles, McCune–Reischauer and Revised Romanization, a Cyrillic
 * name in Latin letters), each a sequence of folded words: a quotation may print a name as the translation does not,
 * and in another number of words ("Chou En-lai" for Zhou Enlai).
 */
const spell = (word: string): string[][] =>
  otherSpellings(word)
    .map((s) => s.map((w) => w.replace(/~$/, '')))
    .filter((s) => s.length > 0 && s.every((w) => w !== '' && !w.startsWith(HAN_MARK)));

/** A text's words as the index folds them: how a title in quotes is compared with the documents' titles. */
const wordKey = (text: string): string => words(searchFold(text)).join(' ');

/** The conventional spellings of names, run together, made once when a quotation first needs them. */
let conventional: Phrases | null = null;
function phrases(): Phrases {
  if (conventional !== null) return conventional;
  conventional = new Map();
  for (const group of conventionalSpellings()) {
    const forms = new Set(group.map((spelling) => spelling.join('').replace(/'/g, '')));
    for (const form of forms) conventional.set(form, forms);
  }
  return conventional;
}

/**
 * The passages a quotation may come from: those the index finds for its words (each part around an ellipsis apart:
 * they may be in different points), and every passage of the document its citation names, wherever the index
 * ranks them.
 */
function passagesFor(
  quotation: Quotation,
  index: SearchIndex,
  cited: ArchiveDocument | undefined,
): (Passage & { path?: string })[] {
  const passages: (Passage & { path?: string })[] = [];
  for (const part of quotation.text.split(/\[?(?:…|\.\s?\.\s?\.)\]?/)) {
    for (const match of candidateQueries(part)) {
      const rows = [...index.candidates(match, {}, 40)];
      for (const r of rows)
        passages.push({ docId: r.docId, part: r.part, number: r.number, text: r.text, marker: r.marker, path: r.path });
      if (rows.length > 0) break;
    }
  }
  if (cited !== undefined)
    for (const unit of documentUnits(cited))
      passages.push({ docId: cited.id, part: unit.part, number: unit.number, text: unit.text, marker: unit.marker });
  return passages;
}

/** At most this many documents, and units joined, are tried for a quotation that runs over consecutive units. */
const SPAN_DOCUMENTS = 5;
const SPAN_UNITS = 3;

/**
 * Passages of two or three consecutive units of the documents the quotation's words were found in, each around a
 * unit found: a block quote may quote point 4 and point 5 whole.
 */
function spannedPassages(found: Passage[], unitsOf: (docId: string) => Passage[]): Passage[] {
  const spans: { passage: Passage; size: number }[] = [];
  const docs = [...new Set(found.map((p) => p.docId))].slice(0, SPAN_DOCUMENTS);
  for (const docId of docs) {
    const units = unitsOf(docId);
    const hit = new Set(found.filter((p) => p.docId === docId).map((p) => `${p.part} ${p.number}`));
    const made = new Set<string>();
    units.forEach((unit, k) => {
      if (!hit.has(`${unit.part} ${unit.number}`)) return;
      for (let from = Math.max(0, k - SPAN_UNITS + 1); from <= k; from++)
        for (let to = Math.max(k, from + 1); to < Math.min(units.length, from + SPAN_UNITS); to++) {
          if (made.has(`${from} ${to}`)) continue;
          made.add(`${from} ${to}`);
          const run = units.slice(from, to + 1);
          const first = run[0];
          const last = run.at(-1);
          if (first === undefined || last === undefined) continue;
          spans.push({
            size: run.length,
            passage: {
              docId,
              part: first.part,
              number: first.number,
              marker: first.marker ?? null,
              // Each unit as `cable point` prints it, its marker first; the first's marker is the passage's.
              text: run.map((u, i) => (i > 0 && u.marker ? `${u.marker} ${u.text}` : u.text)).join('\n\n'),
              through: { part: last.part, number: last.number },
            },
          });
        }
    });
  }
  // The fewest units first: of spans that hold the quotation as well, the first is the one it is in.
  return spans.sort((a, b) => a.size - b.size).map((s) => s.passage);
}

/**
 * `cable verify`: every quotation of the manuscripts checked against the collection. The index finds the passages
 * that share the quotation's words; each is aligned word by word (verify/align.ts) and the best decides.
 */
export async function verifyManuscripts(
  ctx: AppContext,
  request: { files: string[]; minWords: number; style: StyleName | undefined; fix: boolean },
): Promise<VerifyResult> {
  // A manuscript is read as a document is (UTF-8, no NUL, the same size limit), but an empty one has no quotation.
  const stdin = request.files.includes('-') ? await ctx.readStdin() : null;
  const read = async (file: string): Promise<string> => {
    try {
      if (/\.docx$/i.test(file)) return await readWordManuscript(file);
      return file === '-' ? decodeDocument('(stdin)', stdin ?? new Uint8Array()) : readDocumentText(file);
    } catch (error) {
      if (error instanceof FileError && error.problem === 'empty') return '';
      // Said as a manuscript's problem, not a document's ("run cable list to see the documents" would mislead).
      if (error instanceof FileError) throw new FileError(error.path, error.problem, error.detail, 'manuscript');
      throw error;
    }
  };
  const manuscripts: {
    file: string;
    text: string;
    quotations: ReturnType<typeof findQuotations>;
    style: StyleName;
  }[] = [];
  const notes: VerifyResult['notes'] = [];
  for (const file of request.files) {
    const text = await read(file);
    const linePerParagraph = /\.docx$/i.test(file);
    // The sources are cited in --style, else in the manuscript's own style (its pandoc csl:).
    const own = manuscriptStyle(text);
    if (request.style === undefined && own.note !== null) notes.push({ file, note: own.note });
    const style = request.style ?? own.style;
    manuscripts.push({ file, text, style, quotations: findQuotations(text, request.minWords, { linePerParagraph }) });
  }
  const { openSearchIndex } = await import('../store/searchIndex.js');
  const index = openSearchIndex(collectionOf(ctx), ctx.env, { progress: indexing(ctx) });
  const paths = new Map<string, string>();
  // The documents read whole (for their keys, when a quotation is cited), by id.
  let byId = new Map<string, ArchiveDocument>();
  let keys = new Map<string, string>();
  let checks: VerifiedQuotation[];
  try {
    for (const problem of index.stats.problems) ctx.problems.push(problem);
    // The documents' pandoc keys, as `cable cite --all --style csl-json` gives them, when a quotation cites one.
    const cites = manuscripts.some((m) => m.quotations.some((q) => q.citation !== null));
    const loaded = cites ? load(ctx).documents : [];
    keys = keyedItemIds(loaded.map((d) => d.document));
    // A footnote names a document by its URL, its archive id, or its title: the first it names, in that order.
    const footnoteDocument = footnoteReader(loaded.map((d) => d.document));
    for (const { quotations } of manuscripts)
      for (const q of quotations) {
        const note = q.citation?.footnote;
        if (note === undefined || q.citation === null) continue;
        const docId = footnoteDocument(note);
        if (docId !== null) keys.set(q.citation.key, docId);
      }
    byId = new Map(loaded.map((d) => [d.document.id, d.document]));
    // A document's passages in order, read once (for a quotation that runs over two of them).
    const units = new Map<string, Passage[]>();
    const unitsOf = (docId: string): Passage[] => {
      let list = units.get(docId);
      if (list === undefined) {
        const path = paths.get(docId);
        const document = byId.get(docId) ?? (path === undefined ? undefined : loadDocument(path).document);
        list = (document === undefined ? [] : documentUnits(document)).map((u) => ({
          docId,
          part: u.part,
          number: u.number,
          text: u.text,
          marker: u.marker,
        }));
        units.set(docId, list);
      }
      return list;
    };
    // The collection's titles, read when a quotation is first not found: a title in quotes is no quotation.
    let titles: Set<string> | null = null;
    const isTitle = (text: string): boolean => {
      titles ??= new Set(index.entries({}).flatMap((e) => (e.title === null ? [] : [wordKey(e.title)])));
      return titles.has(wordKey(text));
    };
    checks = manuscripts.flatMap(({ file, quotations }) =>
      quotations.flatMap((quotation): VerifiedQuotation[] => {
        const cited = quotation.citation === null ? undefined : byId.get(keys.get(quotation.citation.key) ?? '');
        const passages = passagesFor(quotation, index, cited);
        for (const p of passages) if (p.path !== undefined) paths.set(p.docId, p.path);
        // Names in other spellings only for a quotation one of whose capitalised words differs from the source's:
        // the spelling tables load then, and only then.
        const plain = checkQuotation(quotation, passages, keys);
        const capital = (word: string) => /^\p{Lu}/u.test(word);
        const named = plain.ops.some(
          (o) =>
            ((o.op === 'replace' || o.op === 'added') && capital(o.quote)) || (o.op === 'dropped' && capital(o.source)),
        );
        const spelled = named ? checkQuotation(quotation, passages, keys, spell, phrases()) : plain;
        const best = spelled.verdict === 'exact' ? spelled : plain;
        // A document's title in quotes ('his "Cable, Joseph Stalin to Anastas Mikoyan,"') names it: not checked.
        if (best.verdict === 'not-found' && isTitle(quotation.text)) return [];
        // A quotation of consecutive points or paragraphs (a block quote of two): the units beside those found,
        // joined, for a quotation no one unit holds.
        if (best.verdict === 'altered' || best.verdict === 'not-found') {
          const spans = spannedPassages(passages, (docId) => unitsOf(docId));
          if (spans.length > 0) {
            const joined = named
              ? checkQuotation(quotation, spans, keys, spell, phrases())
              : checkQuotation(quotation, spans, keys);
            const changed = (c: typeof best) => (c.verdict === 'not-found' ? Infinity : changedWords(c.ops).length);
            if (joined.verdict !== 'not-found' && changed(joined) < changed(best))
              return [{ ...joined, file, citation: null }];
          }
        }
        return [{ ...best, file, citation: null }];
      }),
    );
  } finally {
    index.close();
  }
  // Each source's pinpoint citation, in its manuscript's style, once per style, document and point.
  const styleOf = new Map(manuscripts.map((m) => [m.file, m.style]));
  const cited = new Map<string, string>();
  for (const check of checks) {
    const style = styleOf.get(check.file) ?? 'chicago';
    const source = check.source;
    const path = source === null ? undefined : paths.get(source.docId);
    const known = source === null ? undefined : byId.get(source.docId);
    if (source === null || (path === undefined && known === undefined)) continue;
    const last = source.through ?? source;
    const key = `${style}\u0000${source.docId}\u0000${source.part}\u0000${source.number}\u0000${last.part}\u0000${last.number}`;
    if (!cited.has(key)) {
      const document = known ?? loadDocument(path ?? '').document;
      // The points it is in: one, or a run of them.
      const span =
        source.part === 'point' && last.part === 'point'
          ? Array.from({ length: last.number - source.number + 1 }, (_, k) => source.number + k)
          : source.part === 'point'
            ? [source.number]
            : [];
      const points = STYLES[style].pinpoint ? span : [];
      cited.set(key, (await citeOne(document, style, points, styleFiles(ctx.env))).text);
    }
    check.citation = cited.get(key) ?? null;
  }
  // --fix: a corrected copy beside each manuscript that needs one, never the manuscript itself.
  const fixed: VerifyResult['fixed'] = [];
  if (request.fix) {
    const keyOf = new Map([...keys].map(([key, id]) => [id, key]));
    for (const { file, text } of manuscripts) {
      // A Word manuscript's copy would be its text only: --fix leaves it (the README says so).
      if (file === '-' || /\.docx$/i.test(file)) continue;
      const own = checks.filter((c) => c.file === file);
      const result = fixManuscript(text, own, (id) => keyOf.get(id));
      if (result.changes.length === 0) continue;
      fixed.push({ file, copy: writeFixedCopy(file, result.text), changes: result.changes });
    }
  }
  return { checks, files: request.files, fixed, notes };
}
