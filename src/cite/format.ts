// citation-js and citeproc are heavy: this module is imported only when a CSL style or an export is asked for.
import './citeprocSpeedup.js';
import core from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { ArchiveDocument } from '../model/index.js';
import { locator } from './archive.js';
import { type CslFlavour, exportItems, toCsl } from './csl.js';

const { Cite, plugins } = core;

/** Reads a CSL file that cable ships, by name (`chicago-notes-bibliography`): the store's job, passed in. */
export type StyleFiles = (name: string) => string;

function useTemplate(name: string, files: StyleFiles): string {
  const styles = plugins.config.get('@csl').styles;
  if (!styles.has(name)) styles.add(name, files(name));
  return name;
}

/** RIS lines wrapped by citation-js at 70 columns break words ("Serg\no"); RIS has no continuation lines. */
function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split('\n')) {
    if (/^[A-Z][A-Z0-9] {2}- ?/.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join('\n');
}

/** LaTeX's special characters, each as biber passes it on and LaTeX prints it: "$" is "\$", not "\textdollar{}". */
const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** CSL fields that are codes or addresses, not text: written as they are. */
const VERBATIM = new Set(['id', 'type', 'citation-key', 'language', 'URL', 'DOI']);

/** Every text of a CSL item escaped for LaTeX, and nothing else changed. */
function latexSafe<T>(value: T, key = ''): T {
  if (typeof value === 'string') {
    return (VERBATIM.has(key) ? value : value.replace(/[\\{}$&%#_~^]/g, (c) => LATEX_SPECIALS[c] ?? c)) as T;
  }
  if (Array.isArray(value)) return value.map((item) => latexSafe(item, key)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, latexSafe(v, k)])) as T;
  }
  return value;
}

// BibLaTeX with biber reads UTF-8: write Cyrillic, Chinese and accents as they are. citation-js's ASCII mode
// dropped every character it had no LaTeX command for (a Cyrillic author became "{, }"), and its escapes
// ("\textdollar{}") do not survive biber; cable escapes the LaTeX specials itself (latexSafe).
plugins.config.get('@bibtex').format.asciiOnly = false;

export function exportDocuments(docs: ArchiveDocument[], style: 'bibtex' | 'ris'): string {
  const items = exportItems(docs.map((d) => toCsl(d, 'export')));
  if (style === 'bibtex') return new Cite(items.map((item) => latexSafe(item))).format('biblatex').trim();
  const ris = unwrapRis(new Cite(items).format('ris')).replace(/\n+$/, '');
  // citation-js cuts RIS IDs to 20 characters, as the old RIS specification did, and two documents shared one;
  // readers take longer IDs, so each record gets its whole key, the same as in the other exports.
  let record = 0;
  return ris.replace(/^ID {2}- .*$/gm, () => `ID  - ${items[record++]?.id ?? ''}`);
}

/** A bibliography of several documents in a CSL style, sorted as the style sorts. */
export function cslBibliography(docs: ArchiveDocument[], csl: string, flavour: CslFlavour, files: StyleFiles): string {
  const template = useTemplate(csl, files);
  const cite = new Cite(docs.map((d) => toCsl(d, flavour)));
  return cite.format('bibliography', { template, format: 'text' }).trim();
}

const citationItem = (doc: ArchiveDocument, points: number[]) =>
  points.length > 0 ? { id: doc.id, locator: locator(points), label: 'paragraph' } : { id: doc.id };

/** A note (full, or the short form a later citation gets), with the pinpoint as a paragraph locator. */
export function cslNote(
  doc: ArchiveDocument,
  csl: string,
  short: boolean,
  points: number[],
  files: StyleFiles,
): string {
  const template = useTemplate(csl, files);
  const cite = new Cite([toCsl(doc, 'default')]);
  // A short note is what a later citation of the same source gets: cite it once before, in note 1.
  const pre = short ? [{ citationItems: [{ id: doc.id }], properties: { noteIndex: 1 } }] : [];
  return cite
    .format('citation', {
      template,
      format: 'text',
      citationsPre: pre,
      entry: { citationItems: [citationItem(doc, points)], properties: { noteIndex: 3 } },
    })
    .trim();
}

/** An entry; with a pinpoint, the in-text citation that carries it on the line above. */
export function cslEntry(
  doc: ArchiveDocument,
  csl: string,
  flavour: CslFlavour,
  points: number[],
  files: StyleFiles,
): string {
  const template = useTemplate(csl, files);
  const cite = new Cite([toCsl(doc, flavour)]);
  const entry = cite.format('bibliography', { template, format: 'text' }).trim();
  if (points.length === 0) return entry;
  const inText = cite
    .format('citation', {
      template,
      format: 'text',
      entry: { citationItems: [citationItem(doc, points)], properties: { noteIndex: 0 } },
    })
    .trim();
  return `${inText}\n${entry}`;
}
