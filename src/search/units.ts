import type { ArchiveDocument } from '../model/index.js';

/** What search looks at: one point, or one paragraph of the preamble, closing or notes. */
export interface SearchUnit {
  part: 'point' | 'preamble' | 'closing' | 'notes';
  /** The point's number, or the paragraph's place (1-based) within its part. */
  number: number;
  marker: string | null;
  text: string;
}

export function documentUnits(doc: ArchiveDocument): SearchUnit[] {
  const paragraphs = (part: 'preamble' | 'closing' | 'notes', texts: string[]): SearchUnit[] =>
    texts.map((text, i) => ({ part, number: i + 1, marker: null, text }));
  return [
    ...paragraphs('preamble', doc.preamble),
    ...doc.points.map((p): SearchUnit => ({ part: 'point', number: p.number, marker: p.marker, text: p.text })),
    ...paragraphs('closing', doc.closing),
    ...paragraphs('notes', doc.notes),
  ];
}

/** "point 3", "preamble ¶2": where a hit is, in words a reader can cite. */
export function unitLabel(unit: { part: string; number: number }): string {
  return unit.part === 'point' ? `point ${unit.number}` : `${unit.part} ¶${unit.number}`;
}
