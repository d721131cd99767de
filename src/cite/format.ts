// citation-js and citeproc are heavy: this module is imported only when a CSL style or an export is asked for.
import './citeprocSpeedup.js';
import core from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { StyleError } from '../errors.js';
import type { ArchiveDocument } from '../model/index.js';
import { type CslFlavour, exportItems, toCsl } from './csl.js';
import { frusInfo } from './frus.js';
import { CSL_LABEL, locator, pinpointUnit } from './unit.js';

const { Cite, plugins } = core;

/** Reads a CSL file that cable ships, by name (`chicago-notes-bibliography`): the store's job, passed in. */
export type StyleFiles = (name: string) => string;

/**
 * A pinpoint to a numbered point reads "point 3": CSL has no such locator, so cable's styles get the term in a
 * locale of their own (CSL lets a style define terms), and citations use the label "point".
 */
const POINT_TERM =
  '<locale><terms><term name="point"><single>point</single><multiple>points</multiple></term>' +
  '<term name="point" form="short"><single>point</single><multiple>points</multiple></term></terms></locale>';

/**
 * Registers the CSL file cable ships under a name of its own: citation-js has built-in templates ("apa", a
 * different revision) that would otherwise be used instead of the file.
 */
function useTemplate(name: string, files: StyleFiles): string {
  const styles = plugins.config.get('@csl').styles;
  const template = `cable-${name}`;
  if (!styles.has(template))
    styles.add(
      template,
      files(name).replace(/<\/info>/, (end) => `${end}${POINT_TERM}`),
    );
  return template;
}

/**
 * citeproc prints a style's failure as text ("[CSL STYLE ERROR: reference with no printed form.]"), or prints
 * nothing at all: either is an error, never a citation.
 */
function checked(text: string, csl: string, documentId: () => string): string {
  const error = /\[CSL STYLE ERROR: ([^\]]*)\]/.exec(text);
  if (error === null && text.trim() !== '') return text;
  throw new StyleError(csl, documentId(), (error?.[1] ?? 'it printed nothing').replace(/\.$/, ''));
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
  const text = cite.format('bibliography', { template, format: 'text' }).trim();
  // On a failure, the document to blame is the one whose own entry fails.
  return checked(text, csl, () => {
    const failing = docs.find((d) => {
      const entry = new Cite([toCsl(d, flavour)]).format('bibliography', { template, format: 'text' });
      return entry.trim() === '' || entry.includes('CSL STYLE ERROR');
    });
    return (failing ?? docs[0])?.id ?? '';
  });
}

/** The pinpoint as a CSL locator, labelled with the document's own unit: "point 3", "para. 3", "art. 2". */
const citationItem = (doc: ArchiveDocument, points: number[]) =>
  points.length > 0
    ? { id: doc.id, locator: locator(points), label: CSL_LABEL[pinpointUnit(doc, frusInfo(doc) !== null)] }
    : { id: doc.id };

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
  const note = cite
    .format('citation', {
      template,
      format: 'text',
      citationsPre: pre,
      entry: { citationItems: [citationItem(doc, points)], properties: { noteIndex: 3 } },
    })
    .trim();
  return checked(note, csl, () => doc.id);
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
  const entry = checked(cite.format('bibliography', { template, format: 'text' }).trim(), csl, () => doc.id);
  if (points.length === 0) return entry;
  const inText = cite
    .format('citation', {
      template,
      format: 'text',
      entry: { citationItems: [citationItem(doc, points)], properties: { noteIndex: 0 } },
    })
    .trim();
  return `${checked(inText, csl, () => doc.id)}\n${entry}`;
}
