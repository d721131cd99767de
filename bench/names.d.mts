/** Fills `dir` with the test corpora and the two FRUS excerpts imported; returns it. */
export function namesCollection(dir: string): string;
