import NEGATIONS from '../data/negations.json' with { type: 'json' };
import { foldWord as fold } from '../text/fold.js';

/**
 * The forms of the Universal Dependencies lists (src/data/negations.json) that are not negations of a sentence, or
 * are as often something else; each with why. A change to one of them is still a change, only not flagged.
 */
const EXCLUDED: Record<string, string> = {
  one: 'EWT tags the "one" of "no one"; the negation is "no"',
  involved: 'a tagging slip in GUM',
  'non-avian': 'a word negated by its prefix, not a negation of the sentence',
  unknown: 'a word negated by its prefix, not a negation of the sentence',
  unlikely: 'a word negated by its prefix, not a negation of the sentence',
  que: 'French ne… que restricts; que is mostly the conjunction or the relative pronoun (ne is flagged)',
  "qu'": 'the same que, elided',
  plus: "French ne… plus; plus is mostly 'more' (ne is flagged)",
  point: 'French ne… point; point is mostly the noun (ne is flagged)',
  personne: "French ne… personne; personne is mostly 'person' (ne is flagged)",
  несмотря: "'despite': negative in form only",
  невзирая: "'regardless': negative in form only",
};

/** The forms a stats.xml line lists, in its comment: "<!-- not, n't, no, … -->". */
const listed = (line: string): string[] =>
  (/\x3C!--(.*)-->/.exec(line)?.[1] ?? '')
    .split(',')
    .map((form) => form.trim())
    .filter((form) => form !== '' && !(form in EXCLUDED));
const lines = NEGATIONS.sources.flatMap((s) => s.lines);
const forms = lines.filter((l) => l.startsWith('<feat')).flatMap(listed);

/** Whole words ("not", "nicht", "не", "rien"). */
const WORDS = new Set(
  forms.filter((f) => !f.includes("'") && !f.includes('’') && !/\p{Script=Han}/u.test(f)).map(fold),
);
/** Clitics: "n'" opens a word (French n'est), "n't" closes one (English didn't). */
const PREFIXES = forms.filter((f) => /['’]$/.test(f)).map(fold);
const SUFFIXES = forms.filter((f) => /^\p{L}['’]\p{L}+$/u.test(f)).map(fold);
/** Fused tokens that end in a negation word: English "cannot" (can + not). */
for (const fused of lines
  .filter((l) => l.startsWith('<fusions'))
  .flatMap(listed)
  .map(fold))
  if ([...WORDS].some((w) => fused.endsWith(w) && fused.length > w.length)) WORDS.add(fused);
/** Chinese: a quotation is aligned character by character, and each negation word opens with one of these. */
const HAN = new Set(forms.filter((f) => /^\p{Script=Han}/u.test(f)).map((f) => [...f][0] ?? ''));

/** Whether a word (as printed) negates: English, German, French, Russian and Chinese, from UD's lists. */
export function isNegation(word: string): boolean {
  const folded = fold(word);
  if (HAN.has(word)) return true;
  return (
    WORDS.has(folded) ||
    PREFIXES.some((p) => folded.startsWith(p) && folded.length > p.length) ||
    SUFFIXES.some((s) => folded.endsWith(s))
  );
}
