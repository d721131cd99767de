import type { ArchiveDocument } from '../model/index.js';

/**
 * What a document's numbers count, so that a pinpoint names the document's own unit: "point 3" where it numbers
 * points or answers (the seed's Fourth point has two paragraphs), "para. 3" where every number opens one paragraph
 * (Nehru's letters; FRUS), "art. 2" where it numbers articles, "sec. 2" sections.
 */
export type PinpointUnit = 'point' | 'paragraph' | 'article' | 'section';

/** A marker that names its unit: "Art. 1er.", "Article 2", "Para 1.", "Paragraph 3.", "Section 4", "Point 5". */
const NAMED: [RegExp, PinpointUnit][] = [
  [/^(?:art\.?|article)\s/i, 'article'],
  [/^(?:para\.?|paragraph)\s/i, 'paragraph'],
  [/^(?:sec\.?|section)\s/i, 'section'],
  [/^point\s/i, 'point'],
];

export function pinpointUnit(doc: Pick<ArchiveDocument, 'points'>, frus = false): PinpointUnit {
  if (frus) return 'paragraph';
  const first = doc.points[0];
  if (first === undefined) return 'point';
  for (const [marker, unit] of NAMED) if (doc.points.every((p) => marker.test(p.marker))) return unit;
  // Numbered paragraphs: five or more, numbered with figures ("2.", "3." …), nearly all one paragraph long (a
  // numbered paragraph may hold a quotation of its own: two of Nehru's 33 do).
  const figures = doc.points.every((p) => /^\(?\d+[.)]?\)?$/.test(p.marker.trim()));
  const single = doc.points.filter((p) => !p.text.includes('\n\n')).length;
  return figures && doc.points.length >= 5 && single >= 0.9 * doc.points.length ? 'paragraph' : 'point';
}

const WORDS: Record<PinpointUnit, [string, string]> = {
  point: ['point', 'points'],
  paragraph: ['para.', 'paras.'],
  article: ['art.', 'arts.'],
  section: ['sec.', 'secs.'],
};

/** "3", "2–4", "1, 3": the numbers alone, as a CSL locator takes them. */
export function locator(numbers: number[]): string {
  const consecutive = numbers.length > 1 && numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
  return consecutive ? `${numbers[0]}–${numbers.at(-1)}` : numbers.join(', ');
}

/** "point 3", "points 2–4", "para. 3", "arts. 1, 3": the pinpoint in words. */
export function pinpointWords(numbers: number[], unit: PinpointUnit = 'point'): string {
  const [one, many] = WORDS[unit];
  return `${numbers.length === 1 ? one : many} ${locator(numbers)}`;
}

/** The CSL locator label for a unit: "point" is a term cable's styles define (see `withPointTerm`). */
export const CSL_LABEL: Record<PinpointUnit, string> = {
  point: 'point',
  paragraph: 'paragraph',
  article: 'article-locator',
  section: 'section',
};
