import distance from 'damerau-levenshtein';

/**
 * The candidates closest to a mistyped word, as commander suggests commands
 * and options: an edit distance that counts a swap of two letters as one
 * (Damerau–Levenshtein), within 40% of the word's length (at least 1), or
 * the candidates the word begins.
 */
export function similar(word: string, candidates: readonly string[]): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length * 0.4));
  let best = Number.POSITIVE_INFINITY;
  let found: string[] = [];
  for (const candidate of candidates) {
    const steps = distance(w, candidate.toLowerCase()).steps;
    if (steps > limit && !candidate.toLowerCase().startsWith(w)) continue;
    if (steps < best) {
      best = steps;
      found = [candidate];
    } else if (steps === best) {
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
