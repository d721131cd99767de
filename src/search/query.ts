import { QueryError } from '../errors.js';
import { foldText } from '../text/fold.js';

/**
 * The query language shared by `filter` and `search`: words (all must
 * match), "exact phrases", -word to exclude, word* for a prefix, /regex/.
 * Case- and accent-insensitive unless asked otherwise.
 */
export type Term =
  | { kind: 'word'; text: string; negated: boolean; prefix: boolean }
  | { kind: 'phrase'; words: string[]; negated: boolean }
  | { kind: 'regex'; source: string; flags: string; negated: boolean };

export interface Query {
  terms: Term[];
  caseSensitive: boolean;
}

const WORD_CHAR = '[\\p{L}\\p{N}]';

/** Patterns that backtrack without end: a quantified group that itself repeats, or overlapping alternatives under a quantifier. */
export function isPathological(source: string): boolean {
  const nestedQuantifier = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,\d*\})/;
  const repeatedAlternation = /\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,\d*\})/;
  const backreference = /\\[1-9]/;
  return nestedQuantifier.test(source) || repeatedAlternation.test(source) || backreference.test(source);
}

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

export function parseQuery(input: string, caseSensitive = false): Query {
  const terms: Term[] = [];
  for (const token of tokenize(input.trim())) {
    const negated = token.startsWith('-') && token.length > 1;
    const body = negated ? token.slice(1) : token;
    const regex = /^\/((?:\\.|[^/\\])+)\/([a-z]*)$/.exec(body);
    if (regex) {
      const source = regex[1] ?? '';
      if (isPathological(source)) {
        throw new QueryError('backtracking', source);
      }
      try {
        new RegExp(source, 'u');
      } catch (error) {
        throw new QueryError('invalid-regex', source, (error as Error).message);
      }
      terms.push({ kind: 'regex', source, flags: caseSensitive ? 'gu' : 'giu', negated });
      continue;
    }
    if (body.startsWith('"')) {
      const phrase = words(foldText(body.replace(/^"|"$/g, ''), caseSensitive));
      if (phrase.length > 0) terms.push({ kind: 'phrase', words: phrase, negated });
      continue;
    }
    const prefix = body.endsWith('*');
    for (const word of words(foldText(body.replace(/\*+$/, ''), caseSensitive))) {
      terms.push({ kind: 'word', text: word, negated, prefix });
    }
  }
  if (terms.length === 0) throw new QueryError('empty');
  if (terms.every((t) => t.negated)) throw new QueryError('only-negated');
  return { terms, caseSensitive };
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular expression that finds a word or phrase in folded text. */
export function termPattern(term: Exclude<Term, { kind: 'regex' }>): RegExp {
  const body =
    term.kind === 'word'
      ? `${escapeRegex(term.text)}${term.prefix ? `${WORD_CHAR}*` : ''}`
      : term.words.map(escapeRegex).join(`[^\\p{L}\\p{N}]+`);
  return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'gu');
}
