import { loadNameTables } from '../text/nameTables.js';

/**
 * Which part of a person's name is the family name, from maintained name tables (src/data/names.json, made by
 * scripts/names-data.mjs from pinyin-pro and @faker-js/faker, both MIT) and the shape of the name, never from a
 * list typed by hand:
 *   - printed family first, and kept so (never "Qingling, Song"): a Chinese family name followed by a given name
 *     made of Hanyu Pinyin syllables ("Song Qingling", "Bo Yibo", "Zhou Enlai"); a Vietnamese family name followed
 *     by Vietnamese or Sino-Vietnamese syllables ("Ngo Dinh Diem", "Le Duan"); a given name hyphenated the
 *     Wade-Giles or McCune-Reischauer way ("Chiang Ching-kuo", "Mao Tse-tung", "Kim Il-sung");
 *   - two family names: three words whose second is a Spanish family name ("Fidel Castro Ruz" → Castro Ruz), or a
 *     Spanish given name and two names ending in one ("Raúl Roa García" → Roa García);
 *   - otherwise the last word.
 */
export type NameOrder = { kind: 'as-printed' } | { kind: 'split'; given: string; family: string };

const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** The tables as sets, made on first use: `cable point` and `cable list` never pay for them. */
let tables: ReturnType<typeof makeTables> | null = null;
const makeTables = (NAMES = loadNameTables()) => ({
  chineseSurnames: new Set(NAMES.chineseSurnames),
  pinyin: new Set(NAMES.pinyinSyllables),
  vietnameseSurnames: new Set(NAMES.vietnameseSurnames),
  vietnamese: new Set(NAMES.vietnameseSyllables),
  spanishGiven: new Set(NAMES.spanishGivenNames),
  spanishSurnames: new Set(NAMES.spanishSurnames),
  longestSyllable: Math.max(...NAMES.pinyinSyllables.map((s) => s.length)),
});
const names = () => {
  tables ??= makeTables();
  return tables;
};

/** Whether a word is Hanyu Pinyin syllables run together ("qingling" = qing + ling; "en'lai"). */
function isPinyin(word: string): boolean {
  const { pinyin, longestSyllable } = names();
  const letters = fold(word).replace(/['’-]/g, '').replace(/ü/g, 'v');
  if (!/^[a-z]+$/.test(letters)) return false;
  const can = [true];
  for (let end = 1; end <= letters.length; end++) {
    can[end] = false;
    for (let start = Math.max(0, end - longestSyllable); start < end && !can[end]; start++)
      can[end] = (can[start] ?? false) && pinyin.has(letters.slice(start, end));
  }
  return can[letters.length] ?? false;
}

/** "Ching-kuo", "Tse-tung", "Il-sung": syllables joined by a hyphen, the second in lower case. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;

export function nameOrder(name: string): NameOrder {
  const words = name.split(/\s+/).filter((w) => w !== '');
  const [first = '', ...rest] = words;
  if (words.length < 2) return { kind: 'as-printed' };
  const t = names();
  const family = fold(first);
  if (rest.some((w) => HYPHENATED_GIVEN.test(w)) && rest.length <= 2) return { kind: 'as-printed' };
  if (t.chineseSurnames.has(family) && rest.every(isPinyin)) return { kind: 'as-printed' };
  if (t.vietnameseSurnames.has(family) && rest.every((w) => t.vietnamese.has(fold(w)) || isPinyin(w)))
    return { kind: 'as-printed' };
  const [second = '', last = ''] = [words[1], words.at(-1)];
  // "Fidel Castro Ruz" (Castro a family name), "Raúl Roa García" (Raúl a given name, García a family name); never
  // "Juan Carlos Onetti", whose second word is a given name.
  if (
    words.length === 3 &&
    !t.spanishGiven.has(fold(second)) &&
    (t.spanishSurnames.has(fold(second)) || (t.spanishGiven.has(family) && t.spanishSurnames.has(fold(last))))
  ) {
    return { kind: 'split', given: first, family: rest.join(' ') };
  }
  return { kind: 'split', given: words.slice(0, -1).join(' '), family: last };
}
