import { QueryError } from '../errors.js';
import { searchFold as foldText, HAN_MARK } from './fold.js';
import { compileRegex } from './regex.js';

/**
 * The query language shared by `filter` and `search`: words (all must
 * match), "exact phrases", -word to exclude, word* for a prefix, /regex/.
 * Case- and accent-insensitive unless asked otherwise.
 */
export type Term =
  | { kind: 'word'; text: string; negated: boolean; prefix: boolean; spellings?: Spelled }
  | { kind: 'phrase'; words: string[]; negated: boolean; spellings?: Spelled }
  | { kind: 'regex'; source: string; flags: string; caseSensitive: boolean; negated: boolean };

/**
 * Other spellings of a word or phrase (Wade-Giles for Pinyin and back), each a sequence of index tokens, with the
 * term as the user typed it ("Zhou"), to say which spelling a hit matched.
 */
export interface Spelled {
  typed: string;
  others: string[][];
}

/**
 * The other spellings of one word, its letters folded ("enlai"): see search/spellings.ts. `inName`: the word is one
 * of a name's words (hyphenated, quoted, listed, or beside other words), not a word looked for alone.
 */
export type Speller = (word: string, inName?: boolean) => string[][];

export interface Query {
  terms: Term[];
  caseSensitive: boolean;
}

const WORD_CHAR = '[\\p{L}\\p{N}]';

/** More words than anyone types; beyond it a query only costs time (and FTS5 its parser stack). */
export const MAX_TERMS = 64;

function tokenize(input: string): string[] {
  const tokens: string[] = [];
  const pattern = /-?"[^"]*"?|-?\/(?:\\.|[^/\\])+\/[a-z]*|\S+/g;
  for (const m of input.matchAll(pattern)) tokens.push(m[0]);
  return tokens;
}

/** The words of a text as the index sees them. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/**
 * A name's spelling as the index's words ("Chiang Kai-shek" is chiang kai shek, "北京" its marked syllables): how
 * names.yaml, the FRUS persons lists and `cable names` give spellings to `parseQuery`.
 */
export const spellingWords = (spelling: string): string[] => words(foldText(spelling));

/**
 * Whether a word's other spellings show it is more than one syllable ("enlai" is also "en lai"); an apostrophe's
 * split ("ch'ang" is `ch ang`) is not a syllable.
 */
const multiSyllable = (spellings: string[][]): boolean =>
  spellings.some((s) => s.length > 1 && s.every((token) => /[aeiouv]/.test(token)));

const isMarked = (token: string): boolean => token.startsWith(HAN_MARK);

/** A word's other spellings without the marked single syllables of Chinese characters (see parseQuery). */
function dropMarkedSingles(term: Exclude<Term, { kind: 'regex' }>): void {
  const spellings = term.spellings;
  if (spellings === undefined) return;
  const others = spellings.others.filter((s) => !(s.length === 1 && isMarked(s[0] ?? '')));
  if (others.length === 0) delete term.spellings;
  else term.spellings = { ...spellings, others };
}

/** One name's spellings, each as folded words: [["peking"], ["beijing"], ["peiping"]]. */
export type NameGroup = string[][];

/**
 * The listed name that the plain words from `at` on spell, if any, longest spelling first. `tokenWords` are the
 * query's tokens as folded words, null for one that is no plain word (-word, "phrase", /regex/, prefix*).
 */
function listedName(
  tokens: string[],
  tokenWords: (string[] | null)[],
  at: number,
  names: NameGroup[],
): { words: string[]; typed: string; others: string[][]; tokens: number } | null {
  let best: { words: string[]; typed: string; others: string[][]; tokens: number } | null = null;
  for (const group of names) {
    for (const spelling of group) {
      if (best !== null && best.words.length >= spelling.length) continue;
      const found: string[] = [];
      let used = 0;
      while (found.length < spelling.length && at + used < tokens.length) {
        const plain = tokenWords[at + used];
        if (plain === null || plain === undefined) break;
        found.push(...plain);
        used++;
      }
      if (found.join(' ') !== spelling.join(' ')) continue;
      const typed = tokens.slice(at, at + used).join(' ');
      best = { words: spelling, typed, others: group.filter((s) => s.join(' ') !== spelling.join(' ')), tokens: used };
    }
  }
  return best;
}

/** Other spellings of several words: one choice per word, the words as typed left out; at most 12. */
function phraseSpellings(parts: string[], spell: Speller): string[][] {
  let out: string[][] = [[]];
  for (const part of parts)
    out = out.flatMap((prefix) => [[part], ...spell(part, true)].map((s) => [...prefix, ...s])).slice(0, 13);
  return out.filter((s) => s.join(' ') !== parts.join(' ')).slice(0, 12);
}

const spelled = (typed: string, others: string[][]): { spellings?: Spelled } =>
  others.length === 0 ? {} : { spellings: { typed, others } };

/**
 * `spell`, when given, adds other spellings of each word ("Zhou" finds "Chou"); a word joined by a hyphen or an
 * apostrophe ("Tse-tung", "En-lai") is one word to spell ("tsetung" is zedong), and also its parts in a row.
 */
/**
 * `names`: the names lists, or a function that reads them, called only when the query has a word to spell (a
 * /regex/ alone loads no table).
 */
export function parseQuery(
  input: string,
  caseSensitive = false,
  spell?: Speller,
  names: NameGroup[] | (() => NameGroup[]) = [],
): Query {
  let groups: NameGroup[] | null = null;
  const lists = (): NameGroup[] => {
    groups ??= typeof names === 'function' ? names() : names;
    return groups;
  };
  const terms: Term[] = [];
  const tokens = tokenize(input.trim());
  // Each token as folded words once, for the names lists (read at every position).
  const tokenWords = tokens.map((t) => (/^[-"/]|\*$/.test(t) ? null : words(foldText(t))));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    // A name the collection's names.yaml lists ("Peking", "Chiang Kai-shek"): any of its spellings there.
    const listed =
      spell && !caseSensitive && tokenWords[i] !== null && lists().length > 0
        ? listedName(tokens, tokenWords, i, lists())
        : null;
    if (listed !== null) {
      // The listed spellings, and each word's own other spellings ("Kim Il Sung" is also Kim Il-song).
      const seen = new Set([listed.words.join(' ')]);
      // And any of them as the index reads it in Chinese characters ("Mao Zedong": qxmao qxze qxdong).
      const read = (ws: string[]): string[] | null => {
        const out: string[] = [];
        for (const w of ws) {
          const marked = spell?.(w).find((s) => s.every(isMarked));
          if (marked === undefined) return null;
          out.push(...marked);
        }
        return out;
      };
      const readings = [listed.words, ...listed.others].map(read).filter((r): r is string[] => r !== null);
      const others = [...listed.others, ...readings, ...(spell ? phraseSpellings(listed.words, spell) : [])].filter(
        (s) => !seen.has(s.join(' ')) && seen.add(s.join(' ')),
      );
      terms.push({ kind: 'phrase', words: listed.words, negated: false, ...spelled(listed.typed, others) });
      i += listed.tokens - 1;
      continue;
    }
    const negated = token.startsWith('-') && token.length > 1;
    const body = negated ? token.slice(1) : token;
    const regex = /^\/((?:\\.|[^/\\])+)\/([a-z]*)$/.exec(body);
    if (regex) {
      const source = regex[1] ?? '';
      const flags = regex[2] ?? '';
      compileRegex(source, flags, caseSensitive); // refused now, with its reason, not halfway through a search
      terms.push({ kind: 'regex', source, flags, caseSensitive, negated });
      continue;
    }
    if (body.startsWith('"')) {
      const typed = body.replace(/^"|"$/g, '');
      const phrase = words(foldText(typed, caseSensitive));
      const others = spell && !caseSensitive ? phraseSpellings(phrase, spell) : [];
      if (phrase.length > 0) terms.push({ kind: 'phrase', words: phrase, negated, ...spelled(typed, others) });
      continue;
    }
    const prefix = body.endsWith('*');
    const parts = words(foldText(body.replace(/\*+$/, ''), caseSensitive));
    if (!prefix && parts.length > 1 && /\p{Script=Han}/u.test(body)) {
      // Chinese characters: their syllables in a row ("毛泽东" is mao ze dong), and the name in Latin letters.
      const seen = new Set([parts.join(' ')]);
      const han = body.replace(/[^\p{Script=Han}]/gu, '');
      const latin = spell && !caseSensitive ? spell(han) : [];
      // And the spellings a names list gives one of those ("蒋介石" is Jiang Jieshi, listed with Chiang Kai-shek).
      const listedToo = lists().filter((group) => group.some((g) => latin.some((s) => s.join(' ') === g.join(' '))));
      const others = [...latin, ...listedToo.flat()].filter((s) => !seen.has(s.join(' ')) && seen.add(s.join(' ')));
      terms.push({ kind: 'phrase', words: parts, negated, ...spelled(body, others) });
      continue;
    }
    if (spell && !caseSensitive && !prefix && parts.length > 1 && /^\p{L}+(?:[-'’]\p{L}+)+$/u.test(body)) {
      // "Tse-tung": the tokens in a row, or any spelling of the whole word ("zedong").
      // "Il-song" is also il sung, part by part.
      const whole = parts.join('');
      const seen = new Set([parts.join(' ')]);
      // Its parts' spellings run together too ("Il-song" is also Ilseong, as Revised Romanization writes it).
      const partly = phraseSpellings(parts, spell);
      const others = [[whole], ...spell(whole), ...partly, ...partly.map((s) => [s.join('')])].filter(
        (s) => !seen.has(s.join(' ')) && seen.add(s.join(' ')),
      );
      terms.push({ kind: 'phrase', words: parts, negated, ...spelled(body, others) });
      continue;
    }
    // A word is a name to spell when typed with a capital ("Zhou", "Mao", "Stalin"), in Cyrillic, or as Pinyin of
    // more than one syllable ("enlai", "zedong"): "long" and "he" stay English words.
    const capital = /^\p{Lu}/u.test(body) || /\p{Script=Cyrillic}|\p{Script=Han}/u.test(body);
    for (const word of parts) {
      const all = spell && !caseSensitive && !prefix ? spell(word, tokens.length > 1) : [];
      const others = capital || multiSyllable(all) ? all : [];
      terms.push({ kind: 'word', text: word, negated, prefix, ...spelled(parts.length === 1 ? body : word, others) });
    }
  }
  // A syllable read from Chinese characters is looked for only in a name of two or more syllables ("Zhou Enlai":
  // 周 beside 恩来), never for a word alone ("Zhou" would find every 州 and 洲).
  const name = terms.some(
    (t) => t.kind !== 'regex' && t.spellings?.others.some((s) => s.length > 1 && s.every(isMarked)),
  );
  if (!name) for (const term of terms) if (term.kind !== 'regex' && term.spellings) dropMarkedSingles(term);
  if (terms.length === 0) throw new QueryError('empty');
  if (terms.length > MAX_TERMS) throw new QueryError('too-many', null, String(MAX_TERMS));
  if (terms.every((t) => t.negated)) throw new QueryError('only-negated');
  return { terms, caseSensitive };
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words in a row; syllables read from Chinese characters only side by side, never across punctuation. */
/**
 * A spelling that ends so ("микоян~") takes a Russian case ending of up to three letters: Микояну, Микояна,
 * Микояном (search/russian.ts marks Cyrillic spellings so).
 */
export const ENDINGS = '~';

const tokenPattern = (token: string): string =>
  token.endsWith(ENDINGS) ? `${escapeRegex(token.slice(0, -ENDINGS.length))}\\p{L}{0,3}` : escapeRegex(token);

/** Words in a row; syllables read from Chinese characters only side by side, never across punctuation. */
const tokensPattern = (tokens: string[]): string =>
  tokens.map(tokenPattern).join(tokens.every(isMarked) ? '\\s+' : `[^\\p{L}\\p{N}]+`);

/**
 * The regular expression that finds a word or phrase in folded text: as typed, or (`spelled`, the default) in any
 * of its other spellings too.
 */
export function termPattern(term: Exclude<Term, { kind: 'regex' }>, spelled = true): RegExp {
  const typed =
    term.kind === 'word' ? `${escapeRegex(term.text)}${term.prefix ? `${WORD_CHAR}*` : ''}` : tokensPattern(term.words);
  const others = spelled ? (term.spellings?.others ?? []).map(tokensPattern) : [];
  const body = others.length === 0 ? typed : `(?:${[typed, ...others].join('|')})`;
  return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'gu');
}
