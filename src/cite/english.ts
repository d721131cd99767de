// A bundle of its own (scripts/bundles.mjs): 37,000 words, loaded only by APA, which writes titles in sentence case.
import ENGLISH from '../data/english-lowercase.json' with { type: 'json' };

/** English words only ever written in lower case (src/data/english-lowercase.json, from dictionary-en). */
export const LOWER_CASE_WORDS: ReadonlySet<string> = new Set(ENGLISH.words);

/** Articles, prepositions and conjunctions, which title case leaves in lower case (citeproc-js's list). */
export const SKIP_WORDS: ReadonlySet<string> = new Set(ENGLISH.skipWords);
