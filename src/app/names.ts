import { citationFields } from '../cite/fields.js';
import { declaredNames, type NamesResult } from '../query/names.js';
import { matchText, matchTexts } from '../search/match.js';
import { parseQuery, spellingWords } from '../search/query.js';
import { otherSpellings } from '../search/spellings.js';
import { documentUnits, unitLabel } from '../search/units.js';
import { readNameSpellings } from '../store/names.js';
import { load } from './collection.js';
import type { AppContext } from './context.js';

/**
 * `cable names`: the people the collection declares (FRUS persons lists, names.yaml) with their spellings; with
 * words, the people they name and, for each, every document and point that has one of the spellings (or another
 * spelling of those: Pinyin and Wade-Giles, Cyrillic and Latin).
 */
export function listNames(ctx: AppContext, request: { words: string[] }): NamesResult {
  const { collection, documents } = load(ctx);
  const listed = readNameSpellings(collection.dir);
  // The persons a title names as sender or recipient ("Cable, Joseph Stalin to Anastas Mikoyan"), not bodies.
  const named = documents.flatMap(({ document }) => {
    const fields = citationFields(document);
    return [...fields.authors, ...fields.recipients]
      .filter((p) => !p.organisation && p.name.includes(' '))
      .map((p) => ({ name: p.name, document: document.id }));
  });
  const entries = declaredNames(
    documents.map((d) => d.document),
    listed,
    named,
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
