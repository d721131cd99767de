import { loadNameTables, type NameTables } from '../text/nameTables.js';
import { HAN_MARK } from './fold.js';
import { loadKorean } from './koreanTables.js';
import { loadPinyin } from './pinyin.js';
import { spellingWords } from './query.js';
import { russianSpellings } from './russian.js';

/**
 * The spellings of a Chinese name in the two romanisations a Cold War archive mixes: Hanyu Pinyin ("Zhou Enlai",
 * "Mao Zedong") and Wade-Giles ("Chou En-lai", "Mao Tse-tung"), syllable by syllable, with the conversion of
 * pypinyin (src/data/wadegiles.json, MIT). A spelling is a sequence of index tokens: the search index splits words
 * at hyphens and apostrophes, so "Tse-tung" is `tse tung` and "Ch'ing" is `ch ing`.
 */
export type Spelling = string[];

interface Tables {
  /** Every Pinyin syllable, folded ("lv" for lü). */
  pinyin: Set<string>;
  longest: number;
  /** Pinyin syllable → its Wade-Giles form, folded, apostrophe kept ("qing" → "ch'ing"). */
  toWadeGiles: Map<string, string>;
  /** Wade-Giles syllable without apostrophe or umlaut ("ching") → the Pinyin syllables it may be ("jing", "qing"). */
  fromWadeGiles: Map<string, string[]>;
}

let tables: Tables | null = null;

const bare = (syllable: string): string => syllable.replace(/['’]/g, '').replace(/ü/g, 'u');

/** pypinyin's `to_wade_glides`: an exception, a whole syllable, or initial and final converted apart. */
function convert(syllable: string, wg: NameTables['wadeGiles']): string {
  const pinyin = syllable.replace(/v/g, 'ü');
  const whole = (table: string[][], text: string) => table.find(([from]) => from === text)?.[1];
  const found = whole(wg.exceptions, pinyin) ?? whole(wg.convert, pinyin);
  if (found !== undefined) return found;
  const initial = wg.pinyinInitials.find((i) => pinyin.startsWith(i)) ?? '';
  const final = pinyin.slice(initial.length);
  return `${whole(wg.initials, initial) ?? initial}${whole(wg.finals, final) ?? final}`;
}

function load(): Tables {
  if (tables !== null) return tables;
  const names = loadNameTables();
  const pinyin = new Set(names.pinyinSyllables);
  const toWadeGiles = new Map<string, string>();
  const fromWadeGiles = new Map<string, string[]>();
  for (const syllable of pinyin) {
    const wg = convert(syllable, names.wadeGiles);
    toWadeGiles.set(syllable, wg);
    const key = bare(wg);
    fromWadeGiles.set(key, [...(fromWadeGiles.get(key) ?? []), syllable]);
  }
  const longest = Math.max(...[...pinyin, ...fromWadeGiles.keys()].map((s) => s.length));
  tables = { pinyin, longest, toWadeGiles, fromWadeGiles };
  return tables;
}

/** Splits a word into syllables of one inventory, fewest first ("enlai" → en + lai), or null. */
function syllables(word: string, known: (s: string) => boolean, longest: number): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - longest); start < end; start++) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (before && known(piece) && (best[end] === null || before.length + 1 < (best[end]?.length ?? 0)))
        best[end] = [...before, piece];
    }
  }
  return best[word.length] ?? null;
}

const MAX_SPELLINGS = 12;

/** Every choice of one form per syllable, at most MAX_SPELLINGS. */
function product(choices: string[][]): string[][] {
  let out: string[][] = [[]];
  for (const options of choices) {
    out = out.flatMap((prefix) => options.map((o) => [...prefix, o])).slice(0, MAX_SPELLINGS);
  }
  return out;
}

/**
 * The other spellings of one written word (its letters folded: "zhou", "enlai", "tsetung", "chou", "хрущев"), each
 * a sequence of index tokens, the word itself excluded: Chinese romanisations (below) and Russian transliterations
 * (search/russian.ts). A Pinyin word gives its Wade-Giles forms, with and without
 * apostrophes, hyphenated or run together; a Wade-Giles word gives the Pinyin syllables it may be (Wade-Giles
 * without apostrophes is ambiguous: "chou" is zhou or chou, "chu" is zhu, chu, ju or qu).
 */
export function otherSpellings(word: string, inName = false): Spelling[] {
  if (/\p{Script=Han}/u.test(word)) return hanSpellings(word);
  const russian = russianSpellings(word).map((s) => [s]);
  return [...chineseSpellings(word), ...koreanSpellings(word, inName), ...russian].slice(0, 3 * MAX_SPELLINGS);
}

interface KoreanTables {
  /** McCune–Reischauer syllable, folded ("chong") → the Revised Romanization syllables it may be. */
  fromMr: Map<string, string[]>;
  /** Revised Romanization syllable ("jeong") → the McCune–Reischauer syllables, folded, it may be. */
  fromRr: Map<string, string[]>;
  /** The syllables that are also English words ("to", "do", "song"). */
  english: Set<string>;
}

let korean: KoreanTables | null = null;

function loadKoreanTables(): KoreanTables {
  if (korean !== null) return korean;
  const data = loadKorean();
  const fromMr = new Map(Object.entries(data.mr));
  const fromRr = new Map<string, string[]>();
  for (const [mr, rrs] of fromMr) for (const rr of rrs) fromRr.set(rr, [...(fromRr.get(rr) ?? []), mr]);
  korean = { fromMr, fromRr, english: new Set(data.english) };
  return korean;
}

/**
 * A Korean syllable's spellings in the other romanisation: McCune–Reischauer, the record's ("Pak", "Chong", "Tae"),
 * and Revised Romanization, today's ("Bak", "Jeong", "Dae"), with the table of src/data/korean.json.
 * McCune–Reischauer without its breves and apostrophes is ambiguous ("chong" is jeong, jong, cheong or chong): each
 * candidate. One syllable only: a Korean name writes its syllables apart or hyphenated ("Kim Il-song"), which the
 * query spells part by part (search/query.ts), while a longer word that splits into syllables is mostly English
 * ("into" is in + to).
 */
function koreanSpellings(word: string, inName: boolean): Spelling[] {
  if (!/^[a-z]{2,}$/.test(word)) return [];
  const t = loadKoreanTables();
  const forms = new Set([...(t.fromMr.get(word) ?? []), ...(t.fromRr.get(word) ?? [])]);
  forms.delete(word);
  // A word looked for alone is never widened to an English word: "Do" (Revised) is "To" in McCune–Reischauer, but a
  // query for Do must not find every "to". Beside a name's other words it may be ("Il-seong" is Il-song).
  return [...forms].filter((form) => inName || !t.english.has(form)).map((form) => [form]);
}

/**
 * A name in Chinese characters in Latin letters: "周恩来" is Zhou Enlai (family name, then the given name run
 * together, as Pinyin writes names) and Chou En-lai (Wade-Giles), and each syllable apart. Readings are
 * pinyin-pro's, which reads a name's first character as a family name ("单" is Shan).
 */
function hanSpellings(word: string): Spelling[] {
  const { pinyin } = loadPinyin();
  const syllables = pinyin(word, { toneType: 'none', type: 'array', surname: 'head', v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z]+$/.test(s));
  if (syllables.length === 0 || syllables.length > 4) return [];
  const t = load();
  const [family = '', ...given] = syllables;
  const wade = (s: string) => bare(t.toWadeGiles.get(s) ?? s);
  const spellings: Spelling[] = [
    given.length === 0 ? [family] : [family, given.join('')],
    syllables,
    [wade(family), ...given.map(wade)],
  ];
  const seen = new Set<string>();
  return spellings.filter((s) => !seen.has(s.join(' ')) && seen.add(s.join(' ')));
}

/** Pinyin and Wade-Giles spellings of a folded Latin word (see `otherSpellings`). */
function chineseSpellings(word: string): Spelling[] {
  if (!/^[a-z]{2,}$/.test(word)) return [];
  const t = load();
  const found = new Map<string, Spelling>();
  const add = (spelling: Spelling) => {
    const key = spelling.join(' ');
    if (key !== word && !found.has(key)) found.set(key, spelling);
  };
  const asPinyin = syllables(word, (s) => t.pinyin.has(s), t.longest);
  if (asPinyin !== null && asPinyin.length <= 3) {
    const forms = asPinyin.map((s) => t.toWadeGiles.get(s) ?? s);
    // The syllables as the index reads Chinese characters, marked ("zedong" is 泽东: qxze qxdong); a single
    // syllable too, which the query keeps only beside a longer name (search/query.ts).
    add(asPinyin.map((s) => `${HAN_MARK}${s}`));
    // "Tse-tung" (tokens tse, tung), "Tsetung"; "Ch'ing" (tokens ch, ing) and "Ching".
    add(forms.flatMap((f) => f.split(/['’]/)).map(bare));
    add(forms.map(bare));
    add([forms.map(bare).join('')]);
  }
  const asWadeGiles = syllables(word, (s) => t.fromWadeGiles.has(s), t.longest);
  if (asWadeGiles !== null && asWadeGiles.length <= 3) {
    for (const choice of product(asWadeGiles.map((s) => t.fromWadeGiles.get(s) ?? [s]))) {
      add([choice.join('')]);
      if (choice.length > 1) add(choice);
      // As the index reads Chinese characters: "Tse-tung" is 泽东 (qxze qxdong).
      if (choice.length > 1) add(choice.map((c) => `${HAN_MARK}${c}`));
    }
  }
  return [...found.values()].slice(0, MAX_SPELLINGS);
}

let conventional: string[][][] | null = null;

/**
 * The conventional spellings of Chinese names that no romanisation derives ("Chiang Kai-shek" and "Sun Yat-sen"
 * from Cantonese, "Hong Kong", "Lee Teng-hui"), each group as the index's words: looked for as names.yaml's are.
 * From CC-CEDICT (src/data/conventional.json, CC BY-SA 4.0; see scripts/conventional-data.mjs).
 */
export function conventionalSpellings(): string[][][] {
  conventional ??= loadNameTables().conventionalNames.map((group) => group.map(spellingWords));
  return conventional;
}

/** A Chinese name as printed in running text, and the key its spellings share (Wade-Giles without apostrophes). */
export interface NameInText {
  spelling: string;
  key: string;
}

// A family name and a given name of several syllables: "Mao Zedong", "Chou En-lai", "Liu Shao-ch'i".
const NAME_IN_TEXT =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)*(?:-\p{Ll}+(?:['’]\p{Ll}+)*)*)(?![\p{L}\p{N}-])/gu;

/**
 * The Chinese names a text prints in Pinyin or Wade-Giles: a Chinese family name (src/data/names.json, in Pinyin
 * or its Wade-Giles form) and a given name of two or more syllables, run together in Pinyin ("Zedong") or
 * hyphenated in Wade-Giles ("Tse-tung"). Both spellings of one person share a key, the name in Wade-Giles without
 * apostrophes ("mao tse tung"). A given name of one syllable (Lin Biao) is left out: beside a capitalised word too
 * many English pairs would pass ("He Said"); so is one that is an English word (`english`: "Long Range").
 */
export function chineseNamesIn(text: string, english: (word: string) => boolean): NameInText[] {
  const t = load();
  const names = loadNameTables();
  const surnames = new Set(names.chineseSurnames);
  const wadeSurnames = new Set(names.chineseSurnames.map((s) => bare(t.toWadeGiles.get(s) ?? s)));
  const found: NameInText[] = [];
  for (const m of text.matchAll(NAME_IN_TEXT)) {
    const family = (m[1] ?? '').toLowerCase();
    const given = (m[2] ?? '').toLowerCase();
    const wade = (s: string) => bare(t.toWadeGiles.get(s) ?? s);
    let key: string | null = null;
    if (given.includes('-')) {
      // Wade-Giles: every part a syllable ("tse", "tung"; "ch'i" read without its apostrophe).
      const parts = given.split('-').map(bare);
      if (wadeSurnames.has(family) && parts.every((p) => t.fromWadeGiles.has(p))) key = [family, ...parts].join(' ');
    } else if (surnames.has(family) && !english(given)) {
      const syllables_ = syllables(given, (s) => t.pinyin.has(s), t.longest);
      if (syllables_ !== null && syllables_.length >= 2 && syllables_.length <= 3)
        key = [wade(family), ...syllables_.map(wade)].join(' ');
    }
    if (key !== null) found.push({ spelling: m[0].replace(/\s+/g, ' '), key });
  }
  return found;
}
