import type { FrusDocument, FrusVolume } from './tei.js';

/**
 * A FRUS document as cable stores it: Markdown in the archive's layout, so
 * that it reads like any other document (show, point, quote, search, check),
 * with what only FRUS has in its front matter, under `frus:`. The mapping
 * (README, "FRUS volumes"):
 *
 * - `# title`: the head without its notes; `## date`: the dateline's date as
 *   printed (else none); `isoDate` in the front matter: the dateline's @when,
 *   with its time, else frus:doc-dateTime-min;
 * - `### Citation:` the Office of the Historian's recommended citation, built
 *   from the volume's header, and the document's URL;
 * - `### Source:` the source note, never among the footnotes;
 * - the body: the dateline, memo blocks (SUBJECT, PARTICIPANTS) and
 *   paragraphs as written ("1." opens a numbered paragraph, a <label> too),
 *   footnote calls as [n], page breaks as [Page n], the closer last;
 * - the footnotes: "[n] text", in order.
 */

/** "Volume XIX, Part 1" → "vol. 19, pt. 1", for Chicago. */
export function shortVolumeNumber(volumeNumber: string): string {
  const roman = (text: string): number => {
    const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const value = values[text[i] ?? ''] ?? 0;
      const next = values[text[i + 1] ?? ''] ?? 0;
      total += value < next ? -value : value;
    }
    return total;
  };
  return volumeNumber
    .replace(/Volume\s+([IVXLC]+)/i, (_, r: string) => `vol. ${roman(r.toUpperCase())}`)
    .replace(/Volume\s+(\d+)/i, 'vol. $1')
    .replace(/Part\s+(\d+)/i, 'pt. $1');
}

/** The Citing FRUS pattern: "…, ed(s). X (Washington: Government Printing Office, 1986), Document 5." */
export function recommendedCitation(volume: FrusVolume, document: FrusDocument): string {
  const editors = volume.editors;
  const eds =
    editors.length === 0
      ? ''
      : `, ${editors.length === 1 ? 'ed.' : 'eds.'} ${editors.length <= 2 ? editors.join(' and ') : `${editors.slice(0, -1).join(', ')}, and ${editors.at(-1)}`}`;
  const where = document.n === null ? `p. ${document.pages[0] ?? ''}` : `Document ${document.n}`;
  // Old volumes leave sub-series, number or title empty: no empty place between commas.
  const book = [volume.series, volume.subSeries, volume.volumeNumber, volume.volumeTitle].filter((part) => part !== '');
  return `${book.join(', ')}${eds} (${volume.place}: Government Printing Office, ${volume.year}), ${where}.`;
}

export function documentUrl(volume: FrusVolume, document: FrusDocument): string {
  const part = document.n === null && document.pages[0] !== undefined ? `pg_${document.pages[0]}` : document.xmlId;
  return `https://history.state.gov/historicaldocuments/${volume.id}/${part}`;
}

/** The id cable gives the document: frus1964-68v30-d139. */
export const frusId = (volume: FrusVolume, document: FrusDocument): string => `${volume.id}-${document.xmlId}`;

const quoted = (text: string): string => JSON.stringify(text);

/** A Markdown paragraph that prints as written: no line may start a heading, a list or a quotation by accident. */
const paragraph = (text: string): string => text.replace(/^(#|>|[-*+] )/, '\\$1');

export function toMarkdown(volume: FrusVolume, document: FrusDocument): string {
  const front = [
    '---',
    `isoDate: ${quoted(document.when ?? '')}`,
    'frus:',
    `  volume: ${quoted(volume.id)}`,
    `  document: ${quoted(document.n ?? '')}`,
    `  xmlId: ${quoted(document.xmlId)}`,
    `  kind: ${document.editorialNote ? 'editorial-note' : 'document'}`,
    `  from: ${quoted(document.from ?? '')}`,
    `  to: ${quoted(document.to ?? '')}`,
    `  place: ${quoted(document.place ?? '')}`,
    `  pages: [${document.pages.map(quoted).join(', ')}]`,
    `  series: ${quoted(volume.series)}`,
    `  subSeries: ${quoted(volume.subSeries)}`,
    `  volumeNumber: ${quoted(volume.volumeNumber)}`,
    `  volumeTitle: ${quoted(volume.volumeTitle)}`,
    `  editors: [${volume.editors.map(quoted).join(', ')}]`,
    `  year: ${quoted(volume.year)}`,
    `  publisher: ${quoted(`${volume.place}: Government Printing Office`)}`,
    `  glossary: {${Object.entries(document.glossary)
      .filter(([, text]) => text !== '')
      .map(([id, text]) => `${quoted(id)}: ${quoted(text)}`)
      .join(', ')}}`,
    // The people the document names, as the volume's list of persons describes them.
    `  persons: {${Object.entries(document.persons)
      .filter(([, text]) => text !== '')
      .map(([id, text]) => `${quoted(id)}: ${quoted(text)}`)
      .join(', ')}}`,
    '---',
  ];
  const parts: string[] = [front.join('\n')];
  const printed = document.printedDate ?? document.when?.slice(0, 10) ?? null;
  if (printed) parts.push(`## ${printed}`);
  parts.push(`# ${document.title}`);
  parts.push('### Citation:', `${recommendedCitation(volume, document)} ${documentUrl(volume, document)}`);
  if (document.source) parts.push('### Source:', document.source);
  // In the volume's order: a closer may come before an enclosure printed with the document.
  for (const p of document.paragraphs) parts.push(paragraph(p.text));
  // Under their own heading, so no note is ever read as one more numbered point.
  if (document.footnotes.length > 0) parts.push('### Notes:');
  for (const note of document.footnotes) parts.push(`[${note.n}] ${note.text}`);
  return `${parts.join('\n\n')}\n`;
}
