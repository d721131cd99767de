import { unitLabel } from '../search/units.js';
import {
  type Alignment,
  align,
  changedWords,
  isNegation,
  isNumber,
  type Op,
  type Phrases,
  quoteTokens,
  type Spell,
  sourceWords,
} from './align.js';
import type { Quotation } from './quotes.js';

/** A passage of the collection a quotation may come from: one point or paragraph of a document. */
export interface Passage {
  docId: string;
  part: string;
  number: number;
  text: string;
  /** A point's marker as printed ("Third.", "3."), which a quotation may keep at its start. */
  marker?: string | null;
  /** A passage of consecutive units runs from this one to `through` (a block quote of two points). */
  through?: { part: string; number: number };
}

/** Where a quotation is: one unit ("point 4", "preamble ¶2"), or consecutive ones ("points 4–5"). */
export type Place = { docId: string; part: string; number: number; through?: { part: string; number: number } };

/** "point 4", "points 4–5", "preamble ¶2 to point 1". */
export function placeLabel(place: Omit<Place, 'docId'>): string {
  const last = place.through;
  if (last === undefined) return unitLabel(place);
  if (last.part === place.part && place.part === 'point') return `points ${place.number}–${last.number}`;
  if (last.part === place.part) return `${place.part} ¶${place.number}–${last.number}`;
  return `${unitLabel(place)} to ${unitLabel(last)}`;
}

/** Whether a place holds a point: the one a citation names. */
const holdsPoint = (place: Omit<Place, 'docId'>, point: number): boolean => {
  const last = place.through ?? place;
  if (place.part === 'point' && last.part === 'point') return place.number <= point && point <= last.number;
  if (place.part === 'point') return place.number <= point;
  if (last.part === 'point') return point <= last.number;
  return false;
};

export type Verdict = 'exact' | 'altered' | 'elided-meaning' | 'misattributed' | 'not-found';

export interface Check {
  quotation: Quotation;
  verdict: Verdict;
  /** Where it was found (the best passage), unless not found. */
  source: Place | null;
  ops: Op[];
  /** For an alteration: a negation or a number among the changed words. */
  negation: boolean;
  number: boolean;
  /** Why, in words: "drops a negation", "cited as point 4, found in point 3", … */
  reason: string | null;
  /** The source's own words where the quotation was found (one stretch, for a quotation without ellipsis). */
  sourceText: string | null;
  /** What a misattributed quotation's citation gets wrong: its document, or only its point. */
  wrong?: 'document' | 'point';
  /** Not found, and cited to a source outside the collection (a book, an article): not checked, no error. */
  elsewhere?: boolean;
}

/** The passage as `cable point` prints it: a point's marker first ("Third. We sent…"). */
const withMarker = (p: Passage): string => (p.marker ? `${p.marker} ${p.text}` : p.text);

/**
 * How a quotation was cited, in words: by a pandoc key, a footnote ("^2") or `cable quote`'s attribution line
 * ("^attribution-…"), and the document that names, if any.
 */
function citedAs(key: string, docId: string | null): string {
  const note = key.startsWith('^');
  const how = key.startsWith('^attribution') ? 'attributed' : note ? `cited in footnote [${key}]` : `cited as @${key}`;
  if (docId !== null) return `${how} (${docId})`;
  return `${how}${note ? ' (it names no document of the collection)' : ' (no document has that key)'}`;
}

/** A citation of a source outside the collection, in words. */
function citedElsewhere(key: string): string {
  if (key.startsWith('^attribution')) return 'attributed to a source outside the collection';
  if (key.startsWith('^')) return `cited in footnote [${key}], which names no document of the collection`;
  return `cited as @${key}, a source outside the collection`;
}

/** The pandoc key of the document a quotation is in, to cite it by, when it was cited by another key: " (@key)". */
function keyOf(docId: string, citedKey: string, keys: Map<string, string>): string {
  if (citedKey.startsWith('^')) return '';
  for (const [key, id] of keys) if (id === docId) return ` (@${key})`;
  return '';
}

/** At most this share of a quotation's words changed and it is still this passage, altered; more, not found. */
const MOST_CHANGED = 0.4;

/**
 * The verdict on one quotation, from the passages its words find (`passages`, best first or not) and the documents
 * its citation may name (`keys`: pandoc key → document id). Pure.
 */
export function checkQuotation(
  quotation: Quotation,
  passages: Passage[],
  keys: Map<string, string>,
  spell?: Spell,
  phrases?: Phrases,
): Check {
  const tokens = quoteTokens(quotation.text, spell, phrases);
  // The best passage; of passages as good, one in the document the quotation cites (the same words are often in
  // several documents: a telegram and its reply, a draft and the letter).
  const citedDoc = quotation.citation === null ? undefined : keys.get(quotation.citation.key);
  const better = (
    a: { passage: Passage; alignment: Alignment },
    b: { passage: Passage; alignment: Alignment } | null,
  ) =>
    b === null ||
    a.alignment.cost < b.alignment.cost ||
    (a.alignment.cost === b.alignment.cost &&
      a.passage.docId === citedDoc &&
      (b.passage.docId !== citedDoc ||
        (quotation.citation?.point === a.passage.number &&
          a.passage.part === 'point' &&
          a.passage.through === undefined)));
  let best: { passage: Passage; alignment: Alignment } | null = null;
  for (const passage of passages) {
    const candidate = { passage, alignment: align(tokens, sourceWords(withMarker(passage))) };
    if (better(candidate, best)) best = candidate;
  }
  // Cited to a source no document of the collection is (a pandoc key of the author's own bibliography, a footnote
  // that names no document): a quotation from a book or an article, which cable cannot check.
  const elsewhere = quotation.citation !== null && citedDoc === undefined;
  const none: Check = {
    quotation,
    verdict: 'not-found',
    source: null,
    ops: [],
    negation: false,
    number: false,
    reason: elsewhere && quotation.citation !== null ? citedElsewhere(quotation.citation.key) : null,
    sourceText: null,
    ...(elsewhere ? { elsewhere: true } : {}),
  };
  const words = Math.max(1, best?.alignment.words ?? 1);
  if (best === null || best.alignment.cost > MOST_CHANGED * words) {
    // An ellipsis that joins two passages: each part found whole, in different points of one document.
    const joined = joinedPassages(quotation, passages);
    return joined ?? none;
  }
  const { passage, alignment } = best;
  // An ellipsis that joins two passages, each part found whole: that, rather than an alteration of one.
  if (alignment.cost > 0 && tokens.some((t) => t.kind === 'gap')) {
    const joined = joinedPassages(quotation, passages);
    if (joined !== null) return joined;
  }
  const source: Place = {
    docId: passage.docId,
    part: passage.part,
    number: passage.number,
    ...(passage.through === undefined ? {} : { through: passage.through }),
  };
  const changed = changedWords(alignment.ops);
  const printed = sourceWords(withMarker(passage));
  const first = printed[alignment.start];
  const last = printed[alignment.end - 1];
  const whole = !tokens.some((t) => t.kind !== 'word');
  const check: Check = {
    sourceText:
      whole && first !== undefined && last !== undefined ? withMarker(passage).slice(first.at, last.end) : null,
    quotation,
    verdict: alignment.cost === 0 ? 'exact' : 'altered',
    source,
    ops: alignment.ops,
    negation: changed.some(isNegation),
    number: changed.some(isNumber),
    reason: null,
  };
  // Attribution: the quotation is where its citation says, or it is misattributed.
  const cited = quotation.citation;
  if (cited !== null) {
    const docId = keys.get(cited.key) ?? null;
    if (docId !== passage.docId)
      return {
        ...check,
        verdict: 'misattributed',
        wrong: 'document',
        reason: `${citedAs(cited.key, docId)}, found in ${passage.docId} ${placeLabel(passage)}${keyOf(passage.docId, cited.key, keys)}`,
      };
    if (cited.point !== null && !holdsPoint(passage, cited.point))
      return {
        ...check,
        verdict: 'misattributed',
        wrong: 'point',
        reason: `cited at point ${cited.point}, found in ${placeLabel(passage)}`,
      };
  }
  if (check.verdict === 'altered') {
    const flags = [check.negation ? 'a negation' : null, check.number ? 'a number' : null].filter((f) => f !== null);
    check.reason = flags.length > 0 ? `changes ${flags.join(' and ')}` : null;
    return check;
  }
  // An ellipsis that leaves out a negation from a sentence the quotation quotes changes what the source says (one
  // that leaves out whole sentences, some with a "not", does not).
  const sentence = (k: number) => printed[k]?.sentence ?? -1;
  const lost = alignment.ops.flatMap((o) =>
    o.op !== 'elided'
      ? []
      : printed
          .slice(o.from, o.to)
          .filter((w, k) => isNegation(w.text) && [sentence(o.from - 1), sentence(o.to)].includes(sentence(o.from + k)))
          .map((w) => w.text),
  );
  if (lost.length > 0)
    return { ...check, verdict: 'elided-meaning', negation: true, reason: `the ellipsis leaves out "${lost[0]}"` };
  return check;
}

/** A quotation whose parts, around its ellipses, are each found whole in different passages of one document. */
function joinedPassages(quotation: Quotation, passages: Passage[]): Check | null {
  const tokens = quoteTokens(quotation.text);
  const parts: (typeof tokens)[] = [[]];
  for (const t of tokens)
    if (t.kind === 'gap') parts.push([]);
    else parts.at(-1)?.push(t);
  const segments = parts.filter((p) => p.some((t) => t.kind === 'word'));
  if (segments.length < 2) return null;
  const found = segments.map((segment) =>
    passages.find((p) => {
      const a = align(segment, sourceWords(p.text));
      return a.cost === 0;
    }),
  );
  const first = found[0];
  if (first === undefined || found.some((p) => p === undefined || p.docId !== first.docId)) return null;
  const places = [...new Set(found.map((p) => (p === undefined ? '' : unitLabel(p))))];
  if (places.length < 2) return null;
  return {
    quotation,
    verdict: 'elided-meaning',
    source: { docId: first.docId, part: first.part, number: first.number },
    ops: [],
    negation: false,
    number: false,
    sourceText: null,
    reason: `the ellipsis joins ${places.join(' and ')} of ${first.docId}`,
  };
}

/** A check in a manuscript, with the source's pinpoint citation in the style asked for (when found). */
export interface VerifiedQuotation extends Check {
  file: string;
  citation: string | null;
}

/** What `cable verify` found in its manuscripts; with --fix, the corrected copies it wrote. */
export interface VerifyResult {
  checks: VerifiedQuotation[];
  files: string[];
  fixed: { file: string; copy: string; changes: string[] }[];
  /** What a reader should know of a manuscript: its own citation style cannot be used. */
  notes: { file: string; note: string }[];
}
