// The entry of the `korean` bundle (scripts/bundles.mjs): the McCune–Reischauer and Revised Romanization syllables,
// loaded through koreanTables.ts.

import KOREAN from '../data/korean.json' with { type: 'json' };

/** Each McCune–Reischauer syllable, folded ("chong") → the Revised Romanization syllables it may be. */
export const mr: Record<string, string[]> = KOREAN.mr;

/** The syllables, in either system, that are also English words ("to", "do", "man"). */
export const english: string[] = KOREAN.english;
