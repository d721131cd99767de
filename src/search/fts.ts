import { ENDINGS, type Query, type Term } from './query.js';

const quote = (word: string): string => `"${word.replace(/"/g, '""')}"`;

function ftsTerm(term: Exclude<Term, { kind: 'regex' }>): string {
  const typed =
    term.kind === 'phrase' ? quote(term.words.join(' ')) : term.prefix ? `${quote(term.text)}*` : quote(term.text);
  const others = term.spellings?.others ?? [];
  // Any spelling: ("zhou" OR "chou"), ("zedong" OR "tse tung" OR "tsetung"); a Russian word with its endings
  // ("микоян"*: Микояну, Микояна).
  const spelling = (s: string[]) =>
    s.length === 1 && s[0]?.endsWith(ENDINGS) ? `${quote(s[0].slice(0, -ENDINGS.length))}*` : quote(s.join(' '));
  return others.length === 0 ? typed : `(${[typed, ...others.map(spelling)].join(' OR ')})`;
}

/**
 * The FTS5 MATCH expression that finds the candidates for a query, or null
 * when only a scan can (a query whose positive terms are all regexes).
 * Regexes and case are checked afterwards, on the candidates' text.
 */
export function ftsExpression(query: Query): string | null {
  const positive = query.terms.filter((t): t is Exclude<Term, { kind: 'regex' }> => !t.negated && t.kind !== 'regex');
  if (positive.length === 0) return null;
  const expression = positive.map(ftsTerm).join(' AND ');
  // Flat, however many words are excluded: (a AND b) NOT (c OR d), not one nested NOT per word.
  const negative = query.terms.filter((t): t is Exclude<Term, { kind: 'regex' }> => t.negated && t.kind !== 'regex');
  return negative.length === 0 ? expression : `(${expression}) NOT (${negative.map(ftsTerm).join(' OR ')})`;
}
