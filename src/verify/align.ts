import { foldWord } from '../text/fold.js';
import { isNegation } from './negations.js';

export { isNegation };

/**
 * A quotation against a source passage, word by word. Pure.
 *
 * The differences a style guide allows are no difference: case (a capital at the start), accents, punctuation and
 * quote marks, whitespace and line breaks; an ellipsis (`...`, `…`, `[…]`) stands for any words left out; a word in
 * square brackets (`[Stalin]`) is the quoter's own, standing for what the source says there. Anything else is a
 * change: a word replaced, added or dropped.
 */
export type Token =
  | {
      kind: 'word';
      text: string;
      folded: string;
      /** Its other spellings of one word ("Peiping" for Beiping). */
      others?: Set<string>;
      /** Its spellings of two source words, run together ("En-lai" for Enlai: "enlai"). */
      split?: Set<string>;
      /** With the word before it, hyphenated ("En-lai"): what the two may be as one source word ("enlai"). */
      merged?: Set<string>;
      /** With the `words` − 1 words before it, a name of a conventional spelling ("Chiang Kai-shek"): its others. */
      phrases?: { words: number; forms: Set<string> }[];
    }
  | { kind: 'gap' }
  | { kind: 'insertion'; text: string };

/**
 * A word's other spellings, folded, each a sequence of words (search/spellings.ts: Wade-Giles for Pinyin, …):
 * "enlai" is ["en", "lai"] in Wade-Giles, "tsetung" is ["zedong"] in Pinyin.
 */
export type Spell = (folded: string) => string[][];

/**
 * Names with conventional spellings of other word counts (CC-CEDICT's "Chiang Kai-shek" for Jiang Jieshi), each
 * spelling run together: "chiangkaishek" → { "chiangkaishek", "jiangjieshi" }.
 */
export type Phrases = Map<string, Set<string>>;

/** A name of a conventional spelling has at most this many words, on either side. */
const PHRASE_WORDS = 3;

/** Words run together, without apostrophes: how spellings of different word counts are compared. */
const runTogether = (words: string[]): string => words.join('').replace(/'/g, '');

export type Op =
  | { op: 'equal'; text: string }
  | { op: 'replace'; quote: string; source: string }
  | { op: 'added'; quote: string }
  | { op: 'dropped'; source: string }
  /** Source words [from, to) that an ellipsis leaves out. */
  | { op: 'elided'; source: string[]; from: number; to: number }
  | { op: 'bracketed'; quote: string; source: string[] };

/** A word: a run of letters and digits with inner apostrophes. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const HAN = /\p{Script=Han}/u;

/**
 * The words of a text with their offsets; Chinese, which has no spaces, a character each (a quotation is compared
 * character by character, as a Chinese reader would). Text without Chinese takes the quick way.
 */
export function wordsOf(
  text: string,
  pattern: RegExp = WORD,
): { text: string; at: number; groups: RegExpMatchArray }[] {
  const out: { text: string; at: number; groups: RegExpMatchArray }[] = [];
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (!HAN.test(m[0]) || m[0].startsWith('[')) {
      out.push({ text: m[0], at, groups: m });
      continue;
    }
    for (const part of m[0].matchAll(/\p{Script=Han}|[^\p{Script=Han}]+/gu))
      out.push({ text: part[0], at: at + (part.index ?? 0), groups: m });
  }
  return out;
}

/**
 * Note marks a source prints in its text: superscript figures (attached¹), circled and parenthesised ones (条件⑴).
 * They are the editor's, not the writer's words: a quotation may leave them out.
 */
const NOTE_MARKS = /[\u00B9\u00B2\u00B3\u2070-\u2079\u2460-\u24FF\u2776-\u2793]/gu;
const fold = (word: string): string => foldWord(word.replace(NOTE_MARKS, ''));

/**
 * The quotation's words, its ellipses and its bracketed insertions, in order; with `spell`, each word's other
 * spellings, which the source may print instead ("Peiping" for Beiping: the translation's own spelling).
 */
export function quoteTokens(text: string, spell?: Spell, phrases?: Phrases): Token[] {
  const tokens: Token[] = [];
  const pattern = /\[(?:…|\.\s?\.\s?\.)\]|\.\s?\.\s?\.|…|\[([^\]]*)\]|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
  let previousEnd = -1;
  for (const { text: t, at, groups: m } of wordsOf(text, pattern)) {
    const hyphenated = previousEnd >= 0 && /^[-‐‑]$/.test(text.slice(previousEnd, at));
    previousEnd = at + t.length;
    if (/^\[?(?:…|\.\s?\.\s?\.)\]?$/.test(t)) {
      if (tokens.at(-1)?.kind !== 'gap') tokens.push({ kind: 'gap' });
    } else if (t.startsWith('[')) tokens.push({ kind: 'insertion', text: m[1] ?? '' });
    else {
      const folded = fold(t);
      // A note mark the quotation kept is no word of it.
      if (folded === '') continue;
      const token: Token = { kind: 'word', text: t, folded };
      // A name is written with a capital: only such a word may be spelled otherwise.
      if (spell !== undefined && /^\p{Lu}/u.test(t)) {
        const spellings = spell(folded);
        const one = spellings.filter((s) => s.length === 1).map((s) => s[0] ?? '');
        if (one.length > 0) token.others = new Set(one);
        token.split = new Set([folded, ...spellings.filter((s) => s.length === 2).map(runTogether)]);
      }
      // The second part of a hyphenated name ("Chou En-lai"): the two parts may be one word of the source.
      const before = tokens.at(-1);
      if (spell !== undefined && hyphenated && before?.kind === 'word' && /^\p{Lu}/u.test(before.text)) {
        const whole = runTogether([before.folded, folded]);
        token.merged = new Set([
          whole,
          ...spell(whole)
            .filter((s) => s.length === 1)
            .map(runTogether),
        ]);
      }
      tokens.push(token);
      // This word, or the last two or three, the first with a capital: a name another convention spells otherwise.
      for (let words = 1; phrases !== undefined && words <= PHRASE_WORDS; words++) {
        const run = tokens.slice(-words);
        if (run.length < words || run.some((r) => r.kind !== 'word')) break;
        const first = run[0];
        if (first?.kind !== 'word' || !/^\p{Lu}/u.test(first.text)) continue;
        const forms = phrases.get(runTogether(run.map((r) => (r.kind === 'word' ? r.folded : ''))));
        if (forms !== undefined) (token.phrases ??= []).push({ words, forms });
      }
    }
  }
  return tokens;
}

/** A word of a source passage. */
export interface SourceWord {
  text: string;
  folded: string;
  /** The number of its sentence in the passage, and its offsets. */
  sentence: number;
  at: number;
  end: number;
  /** A note mark ("[2]", "⑴"): a quotation may leave it out for nothing. */
  optional: boolean;
}

/** A source passage's words, as printed and folded, each with the number of its sentence and its offsets. */
export function sourceWords(text: string): SourceWord[] {
  let sentence = 0;
  // A sentence ends at . ! or ? after the word (not an abbreviation's point inside one: "U.S.A" stays one).
  const end = /(?:[.!?]+(?:\s|$|["”’)[])|[。！？])/y;
  return wordsOf(text).map((m) => {
    const folded = fold(m.text);
    // A note's number in brackets, right after a word or a stop: "is attached.[2] Please", "attached[^2]".
    const note =
      /^\d{1,3}$/.test(m.text) &&
      /\S\[\^?$/.test(text.slice(Math.max(0, m.at - 3), m.at)) &&
      text[m.at + m.text.length] === ']';
    const word = {
      text: m.text,
      folded,
      sentence,
      at: m.at,
      end: m.at + m.text.length,
      optional: folded === '' || note,
    };
    end.lastIndex = word.end;
    if (end.test(text)) sentence++;
    return word;
  });
}

export interface Alignment {
  /** Changed words: replaced, added, dropped (the allowed differences cost nothing). */
  cost: number;
  /** The quotation's own words (not its ellipses or insertions). */
  words: number;
  ops: Op[];
  /** Where in the source the quotation starts and ends (word indices, end exclusive). */
  start: number;
  end: number;
}

/** A bracketed insertion stands for at most this many of the source's words. */
const INSERTION_SPAN = 6;

/**
 * The best place of the quotation in the source: all of the quotation, any stretch of the source (an edit
 * distance over words, free before and after, and free across an ellipsis).
 */
export function align(quote: Token[], source: { text: string; folded: string; optional?: boolean }[]): Alignment {
  const Q = quote.length;
  const S = source.length;
  const W = S + 1;
  const INF = 1e9;
  // cost[i * W + j]: the least cost of the first i tokens ending at source word j; way: which step got there.
  const cost = new Float64Array((Q + 1) * W).fill(INF);
  const way = new Int8Array((Q + 1) * W);
  const at = (i: number, j: number): number => cost[i * W + j] ?? INF;
  const set = (i: number, j: number, value: number, step: number): void => {
    cost[i * W + j] = value;
    way[i * W + j] = step;
  };
  const src = (j: number): { text: string; folded: string; optional?: boolean } =>
    source[j] ?? { text: '', folded: '' };
  for (let j = 0; j <= S; j++) cost[j] = 0;
  for (let i = 1; i <= Q; i++) {
    const token = quote[i - 1] ?? { kind: 'gap' };
    if (token.kind === 'gap') {
      // Any number of the source's words left out, for nothing.
      for (let j = 0; j <= S; j++) {
        if (j > 0 && at(i, j - 1) < at(i - 1, j)) set(i, j, at(i, j - 1), STEP.skip);
        else set(i, j, at(i - 1, j), STEP.gap);
      }
      continue;
    }
    if (token.kind === 'insertion') {
      // The quoter's words in brackets stand for up to INSERTION_SPAN of the source's words, or none.
      for (let j = 0; j <= S; j++) {
        let best = at(i - 1, j);
        let span = 0;
        for (let k = 1; k <= INSERTION_SPAN && j - k >= 0; k++)
          if (at(i - 1, j - k) < best) {
            best = at(i - 1, j - k);
            span = k;
          }
        set(i, j, best, STEP.bracket + span);
      }
      continue;
    }
    set(i, 0, at(i - 1, 0) + 1, STEP.added);
    for (let j = 1; j <= S; j++) {
      const word = src(j - 1).folded;
      const same = word === token.folded || token.others?.has(word) === true;
      let best = at(i - 1, j - 1) + (same ? 0 : 1);
      let step: number = same ? STEP.equal : STEP.replace;
      if (at(i - 1, j) + 1 < best) {
        best = at(i - 1, j) + 1;
        step = STEP.added;
      }
      // A note mark of the source left out costs nothing.
      const drop = src(j - 1).optional === true ? 0 : 1;
      if (at(i, j - 1) + drop < best) {
        best = at(i, j - 1) + drop;
        step = STEP.dropped;
      }
      // A name the source prints as two words ("Enlai" for "En-lai"), or two the source prints as one.
      const plain = (k: number) => src(k).folded.replace(/'/g, '');
      if (j >= 2 && at(i - 1, j - 2) < best && token.split?.has(plain(j - 2) + plain(j - 1)) === true) {
        best = at(i - 1, j - 2);
        step = STEP.split;
      }
      if (i >= 2 && at(i - 2, j - 1) < best && token.merged?.has(plain(j - 1)) === true) {
        best = at(i - 2, j - 1);
        step = STEP.merge;
      }
      // A name in another convention's spelling, in another number of words ("Chiang Kai-shek", "Jiang Jieshi").
      for (const { words, forms } of token.phrases ?? [])
        for (let m = 1; m <= PHRASE_WORDS && m <= j; m++) {
          if (at(i - words, j - m) >= best) continue;
          let run = '';
          for (let k = j - m; k < j; k++) run += plain(k);
          if (forms.has(run)) {
            best = at(i - words, j - m);
            step = STEP.phrase + words * 4 + m;
          }
        }
      set(i, j, best, step);
    }
  }
  let end = 0;
  // The last of the best ends: a replaced last word ends after the source's word, not before it.
  for (let j = 1; j <= S; j++) if (at(Q, j) <= at(Q, end)) end = j;
  // Back from the end, into operations.
  const ops: Op[] = [];
  let i = Q;
  let j = end;
  let elided: string[] = [];
  while (i > 0) {
    const step = way[i * W + j] ?? STEP.gap;
    const token = quote[i - 1] ?? { kind: 'gap' };
    if (token.kind === 'gap') {
      if (step === STEP.skip) {
        elided.unshift(src(j - 1).text);
        j--;
      } else {
        ops.unshift({ op: 'elided', source: elided, from: j, to: j + elided.length });
        elided = [];
        i--;
      }
    } else if (token.kind === 'insertion') {
      const span = step - STEP.bracket;
      ops.unshift({ op: 'bracketed', quote: token.text, source: source.slice(j - span, j).map((s) => s.text) });
      j -= span;
      i--;
    } else if (step === STEP.equal) {
      ops.unshift({ op: 'equal', text: token.text });
      i--;
      j--;
    } else if (step >= STEP.phrase) {
      const words = Math.floor((step - STEP.phrase) / 4);
      const name = quote.slice(i - words, i).map((t) => (t.kind === 'word' ? t.text : ''));
      ops.unshift({ op: 'equal', text: name.join(' ') });
      i -= words;
      j -= (step - STEP.phrase) % 4;
    } else if (step === STEP.split) {
      ops.unshift({ op: 'equal', text: token.text });
      i--;
      j -= 2;
    } else if (step === STEP.merge) {
      const first = quote[i - 2];
      ops.unshift({ op: 'equal', text: `${first?.kind === 'word' ? first.text : ''}-${token.text}` });
      i -= 2;
      j--;
    } else if (step === STEP.replace) {
      ops.unshift({ op: 'replace', quote: token.text, source: src(j - 1).text });
      i--;
      j--;
    } else if (step === STEP.added) {
      ops.unshift({ op: 'added', quote: token.text });
      i--;
    } else {
      if (src(j - 1).optional !== true) ops.unshift({ op: 'dropped', source: src(j - 1).text });
      j--;
    }
  }
  const words = quote.filter((t) => t.kind === 'word').length;
  return { cost: at(Q, end), words, ops, start: j, end };
}

/** The steps of the alignment, for its way back. */
const STEP = {
  gap: 1,
  skip: 2,
  added: 3,
  equal: 4,
  replace: 5,
  dropped: 6,
  split: 7,
  merge: 8,
  /** 10 + the source words a bracket stands for (≤ 6). */
  bracket: 10,
  /** 20 + 4 × the quotation's words + the source's (each ≤ 3). */
  phrase: 20,
} as const;

export const isNumber = (word: string): boolean => /\d/.test(word);

/** The words an alignment changes, on either side. */
export function changedWords(ops: Op[]): string[] {
  return ops.flatMap((o) =>
    o.op === 'replace' ? [o.quote, o.source] : o.op === 'added' ? [o.quote] : o.op === 'dropped' ? [o.source] : [],
  );
}
