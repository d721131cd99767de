// damerau-levenshtein ships no types; this is the one call cable makes.
declare module 'damerau-levenshtein' {
  function distance(a: string, b: string, limit?: number): { steps: number; relative: number; similarity: number };
  export default distance;
}
