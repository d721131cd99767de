// citation-js and citeproc are heavy: this module is imported only when a CSL style or an export is asked for.
import './citeprocSpeedup.js';
import core from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { ArchiveDocument } from '../model.js';
import { readCslStyle } from '../store/styles.js';
import { locator } from './archive.js';
import { type CslFlavour, toCsl } from './csl.js';
import { STYLES, type StyleName } from './styles.js';

const { Cite, plugins } = core;

function useTemplate(name: string): string {
  const styles = plugins.config.get('@csl').styles;
  if (!styles.has(name)) styles.add(name, readCslStyle(name));
  return name;
}

const flavourOf = (style: StyleName): CslFlavour => (style === 'mla' ? 'mla' : 'default');

/** RIS lines wrapped by citation-js at 70 columns break words ("Serg\no"); RIS has no continuation lines. */
function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split('\n')) {
    if (/^[A-Z][A-Z0-9] {2}- ?/.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join('\n');
}

export function exportDocuments(docs: ArchiveDocument[], style: 'bibtex' | 'ris' | 'csl-json'): string {
  const items = docs.map((d) => toCsl(d, 'export'));
  if (style === 'csl-json') return JSON.stringify(items, null, 2);
  const cite = new Cite(items);
  return style === 'bibtex' ? cite.format('biblatex').trim() : unwrapRis(cite.format('ris')).replace(/\n+$/, '');
}

/** A bibliography of several documents, sorted as the style sorts. */
export function bibliography(docs: ArchiveDocument[], style: StyleName): string {
  const info = STYLES[style];
  if (info.kind === 'export') return exportDocuments(docs, style as 'bibtex' | 'ris' | 'csl-json');
  const template = useTemplate(info.csl ?? 'chicago-notes-bibliography');
  const cite = new Cite(docs.map((d) => toCsl(d, flavourOf(style))));
  return cite.format('bibliography', { template, format: 'text' }).trim();
}

/**
 * One document in a CSL style. A note style gives the note (with the
 * pinpoint as a paragraph locator); an entry style gives the entry, and for
 * in-text styles with a pinpoint, the in-text citation on the line above it.
 */
export function citeDocument(doc: ArchiveDocument, style: StyleName, points: number[]): string {
  const info = STYLES[style];
  if (info.kind === 'export') return exportDocuments([doc], style as 'bibtex' | 'ris' | 'csl-json');
  const template = useTemplate(info.csl ?? 'chicago-notes-bibliography');
  const cite = new Cite([toCsl(doc, flavourOf(style))]);
  const item = points.length > 0 ? { id: doc.id, locator: locator(points), label: 'paragraph' } : { id: doc.id };
  if (info.kind === 'note') {
    // A short note is what a later citation of the same source gets: cite it once before, in note 1.
    const pre = info.short ? [{ citationItems: [{ id: doc.id }], properties: { noteIndex: 1 } }] : [];
    return cite
      .format('citation', {
        template,
        format: 'text',
        citationsPre: pre,
        entry: { citationItems: [item], properties: { noteIndex: 3 } },
      })
      .trim();
  }
  const entry = cite.format('bibliography', { template, format: 'text' }).trim();
  if (!info.inText || points.length === 0) return entry;
  const inText = cite
    .format('citation', { template, format: 'text', entry: { citationItems: [item], properties: { noteIndex: 0 } } })
    .trim();
  return `${inText}\n${entry}`;
}
