import { citationFields } from '../cite/fields.js';
import { declaredNames, type NamesResult } from '../query/names.js';
import { matchText, matchTexts } from '../search/match.js';
import { parseQuery, spellingWords } from '../search/query.js';
import { chineseNamesIn, otherSpellings } from '../search/spellings.js';
import { documentUnits, unitLabel } from '../search/units.js';
import { readNameSpellings } from '../store/names.js';
import { load } from './collection.js';
import type { AppContext } from './context.js';

/**
 * `cable names`: the people the collection declares (FRUS persons lists, names.yaml, titles) and the Chinese names
 * its texts print, with their spellings; with words, the people they name and, for each, every document and point
 * that has one of the spellings (or another spelling of those: Pinyin and Wade-Giles, Cyrillic and Latin).
 */
export async function listNames(ctx: AppContext, request: { words: string[] }): Promise<NamesResult> {
  const { collection, documents } = load(ctx);
  // English words (a lazy bundle): a given name that is one is no name ("Long Range").
  const { LOWER_CASE_WORDS } = await import('../cite/english.js');
  const listed = readNameSpellings(collection.dir);
  // The persons a title names as sender or recipient ("Cable, Joseph Stalin to Anastas Mikoyan"), not bodies.
  const named = documents.flatMap(({ document }) => {
    const fields = citationFields(document);
    return [...fields.authors, ...fields.recipients]
      .filter((p) => !p.organisation && p.name.includes(' '))
      .map((p) => ({ name: p.name, document: document.id }));
  });
  // The Chinese names the bodies print, each person's spellings together ("Mao Zedong", "Mao Tse-tung").
  const inText = new Map<string, { spellings: string[]; documents: string[] }>();
  for (const { document } of documents)
    for (const unit of documentUnits(document))
      for (const { spelling, key } of chineseNamesIn(unit.text, (w) => LOWER_CASE_WORDS.has(w))) {
        const group = inText.get(key) ?? { spellings: [], documents: [] };
        if (!group.spellings.includes(spelling)) group.spellings.push(spelling);
        if (!group.documents.includes(document.id)) group.documents.push(document.id);
        inText.set(key, group);
      }
  const entries = declaredNames(
    documents.map((d) => d.document),
    listed,
    named,
    [...inText.values()],
  );
  if (request.words.length === 0) return { entries, dir: collection.dir, query: null };
  const folded = (group: string[]) => group.map(spellingWords);
  const asked = parseQuery(request.words.join(' '), false, otherSpellings, listed.map(folded));
  const matching = entries.filter((e) => e.spellings.some((s) => matchText(s, asked) !== null));
  return {
    entries: matching.map((entry) => {
      // Each spelling as a query of its own, with its other spellings ("Chou En-lai" is also Zhou Enlai).
      const queries = entry.spellings.map((s) => parseQuery(s, false, otherSpellings, listed.map(folded)));
      const places = documents.flatMap(({ document }) => {
        const units = documentUnits(document);
        const texts = units.map((u) => u.text);
        const found = queries.map((q) => matchTexts(texts, q));
        return units.flatMap((unit, i) =>
          found.some((f) => f[i] !== null && f[i] !== undefined) ? [{ id: document.id, where: unitLabel(unit) }] : [],
        );
      });
      return { ...entry, places };
    }),
    dir: collection.dir,
    query: request.words.join(' '),
  };
}
