import leven from 'leven';

/**
 * The candidates closest to a mistyped word, as commander suggests commands
 * and options: within an edit distance of 40% of the word's length (at
 * least 1), or those the word begins.
 */
export function similar(word: string, candidates: readonly string[]): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length * 0.4));
  let best = Number.POSITIVE_INFINITY;
  let found: string[] = [];
  for (const candidate of candidates) {
    const distance = leven(w, candidate.toLowerCase());
    if (distance > limit && !candidate.toLowerCase().startsWith(w)) continue;
    if (distance < best) {
      best = distance;
      found = [candidate];
    } else if (distance === best) {
      found.push(candidate);
    }
  }
  return found;
}

/** "\n(Did you mean chicago?)", commander's wording, or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const found = similar(word, candidates);
  return found.length === 0 ? '' : `\n(Did you mean ${found.join(' or ')}?)`;
}
