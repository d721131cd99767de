import { QueryError } from '../errors.js';
import { foldText } from '../text/fold.js';
import { compileRegex } from './regex.js';

/**
 * The query language shared by `filter` and `search`: words (all must
 * match), "exact phrases", -word to exclude, word* for a prefix, /regex/.
 * Case- and accent-insensitive unless asked otherwise.
 */
export type Term =
  | { kind: 'word'; text: string; negated: boolean; prefix: boolean }
  | { kind: 'phrase'; words: string[]; negated: boolean }
  | { kind: 'regex'; source: string; flags: string; caseSensitive: boolean; negated: boolean };

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

export function parseQuery(input: string, caseSensitive = false): Query {
  const terms: Term[] = [];
  for (const token of tokenize(input.trim())) {
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
  if (terms.length > MAX_TERMS) throw new QueryError('too-many', null, String(MAX_TERMS));
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
