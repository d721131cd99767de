/** An archive-like document, made from the corpus's own sentences (seeded: the same `i` order, the same text). */
export function makeDocument(i: number): string;
export function writeCollection(dir: string, count: number): number;
