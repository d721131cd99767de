import { searchFoldWithMap } from './fold.js';
import { type Query, type Term, termPattern } from './query.js';
import { compileRegex } from './regex.js';

export interface Range {
  start: number;
  end: number;
}

/** Every match of a regex term in each text, in linear time (RE2). */
function regexRanges(texts: string[], term: Extract<Term, { kind: 'regex' }>): Range[][] {
  const pattern = compileRegex(term.source, term.flags, term.caseSensitive);
  return texts.map((text) => {
    const found: Range[] = [];
    const matcher = pattern.matcher(text);
    while (matcher.find()) {
      const start = matcher.start();
      const end = matcher.end();
      if (end > start) found.push({ start, end });
    }
    return found;
  });
}

/**
 * Which texts match the query, and where (in each original text's indices):
 * every positive term must occur, no negated one may. Regex terms run on the
 * original text (RE2, linear time); the others on the folded text.
 */
export function matchTexts(texts: string[], query: Query): Array<Range[] | null> {
  const regexResults = new Map<Term, Range[][]>();
  for (const term of query.terms) if (term.kind === 'regex') regexResults.set(term, regexRanges(texts, term));
  return texts.map((text, index) => {
    const folded = searchFoldWithMap(text, query.caseSensitive);
    const ranges: Range[] = [];
    for (const term of query.terms) {
      let found: Range[];
      if (term.kind === 'regex') {
        found = regexResults.get(term)?.[index] ?? [];
      } else {
        found = [];
        for (const m of folded.text.matchAll(termPattern(term))) {
          const start = m.index ?? 0;
          const end = start + m[0].length;
          found.push({ start: folded.origin[start] ?? 0, end: folded.origin[end] ?? text.length });
        }
      }
      if (term.negated ? found.length > 0 : found.length === 0) return null;
      if (!term.negated) for (const range of found) ranges.push(range);
    }
    return mergeRanges(ranges);
  });
}

/** A word found in another spelling than the one typed: "Chou" for "Zhou". */
export interface SpellingFound {
  typed: string;
  found: string;
}

/** The terms of a query that a text matches only in another spelling, with the spelling found (as printed). */
export function spellingsFound(text: string, query: Query): SpellingFound[] {
  const folded = searchFoldWithMap(text, query.caseSensitive);
  const out: SpellingFound[] = [];
  for (const term of query.terms) {
    if (term.kind === 'regex' || term.negated || term.spellings === undefined) continue;
    if (termPattern(term, false).test(folded.text)) continue;
    const m = termPattern(term).exec(folded.text);
    if (m === null) continue;
    const start = folded.origin[m.index] ?? 0;
    const end = folded.origin[m.index + m[0].length] ?? text.length;
    out.push({ typed: term.spellings.typed, found: text.slice(start, end) });
  }
  return out;
}

export function matchText(text: string, query: Query): Range[] | null {
  return matchTexts([text], query)[0] ?? null;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Wraps each range in `mark` (a colour on a terminal, nothing in a pipe). */
export function highlight(text: string, ranges: Range[], mark: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + mark(text.slice(r.start, r.end));
    at = r.end;
  }
  return out + text.slice(at);
}

/** A window of text around the first match, cut at word boundaries, with the ranges shifted into it. */
export function snippet(text: string, ranges: Range[], width = 160): { text: string; ranges: Range[] } {
  const flat = text.replace(/\s+/g, ' ');
  // Whitespace runs collapse to one space: shift ranges accordingly.
  const shift: number[] = [];
  let removed = 0;
  for (let i = 0; i < text.length; i++) {
    shift.push(i - removed);
    if (/\s/.test(text[i] ?? '') && /\s/.test(text[i + 1] ?? '')) removed++;
  }
  shift.push(text.length - removed);
  const moved = ranges.map((r) => ({ start: shift[r.start] ?? 0, end: shift[r.end] ?? flat.length }));
  const first = moved[0];
  if (flat.length <= width || !first) return { text: flat, ranges: moved };
  let start = Math.max(0, first.start - Math.floor(width / 3));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const inside = moved
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start + prefix.length, end: r.end - start + prefix.length }));
  return { text: prefix + flat.slice(start, end) + suffix, ranges: inside };
}
