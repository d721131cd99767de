// citation-js and citeproc are heavy: this module is imported only when a CSL style or an export is asked for.
import './citeprocSpeedup.js';
import core from '@citation-js/core';
import CSL from 'citeproc';
import '@citation-js/plugin-csl';
import { builtin } from '../builtin.js';
import { StyleError } from '../errors.js';
import type { ArchiveDocument } from '../model/index.js';
import { type CslFlavour, type CslItem, toCsl } from './csl.js';
import { frusInfo } from './frus.js';
import { fileWithoutArticles } from './order.js';
import { CSL_LABEL, locator, pinpointUnit } from './unit.js';

const { Cite, plugins } = core;

/**
 * Reads a CSL file that cable ships, by name (`chicago-notes-bibliography`): the store's job, passed in. `parsed`,
 * when given, keeps styles as citeproc's parse of them (see `parsedStyle`).
 */
export type StyleFiles = ((name: string) => string) & { parsed?: ParsedStyles };

/** Styles as citeproc parses them, by the SHA-1 of their text: what the build made (store/styles.ts). */
export interface ParsedStyles {
  read(key: string): string | null;
  write(key: string, json: string): void;
}

/**
 * The style as citeproc's parse of its XML, serialised, which citeproc reads as it is: parsing Chicago's 6,000 lines
 * is a fifth of a note's time. The build keeps the parse of each style it formats with (in dist/csl), keyed by the
 * text's SHA-1, so an edited style file, which has another key, is parsed from its XML as before.
 */
function parsedStyle(xml: string, store: ParsedStyles | undefined): string {
  if (store === undefined) return xml;
  const key = builtin<typeof import('node:crypto')>('node:crypto').createHash('sha1').update(xml).digest('hex');
  const kept = store.read(key);
  if (kept !== null) return kept;
  const json = JSON.stringify((CSL as unknown as { parseXml(xml: string): unknown }).parseXml(xml));
  store.write(key, json);
  return json;
}

/**
 * A pinpoint to a numbered point reads "point 3": CSL has no such locator, so cable's styles get the term in a
 * locale of their own (CSL lets a style define terms), and citations use the label "point".
 */
const POINT_TERM =
  '<locale><terms><term name="point"><single>point</single><multiple>points</multiple></term>' +
  '<term name="point" form="short"><single>point</single><multiple>points</multiple></term></terms></locale>';

/** A CSL style without its bibliography: what a note needs. */
export const citationPart = (xml: string): string => xml.replace(/<bibliography\b[\s\S]*<\/bibliography>/, '');

/** The text of the macros a part of a style calls, and those they call, with the part's own. */
function reachable(xml: string, part: string): string {
  const macros = new Map<string, string>();
  for (const m of xml.matchAll(/<macro name="([^"]+)">([\s\S]*?)<\/macro>/g)) macros.set(m[1] ?? '', m[2] ?? '');
  const seen = new Set<string>();
  const texts = [part];
  for (let i = 0; i < texts.length; i++)
    for (const call of (texts[i] ?? '').matchAll(/macro="([^"]+)"/g)) {
      const name = call[1] ?? '';
      if (seen.has(name)) continue;
      seen.add(name);
      texts.push(macros.get(name) ?? '');
    }
  return texts.join('\n');
}

/**
 * A CSL style for a bibliography alone. citeproc renders and disambiguates the citation of every item it is given,
 * comparing each with every other of the same short form: for 3,000 documents by a few senders, most of
 * `cite --all`. When nothing the bibliography prints or sorts by asks whether an item was disambiguated
 * (`disambiguate="true"`) and the style adds no year suffix (which the bibliography prints), the citation cannot
 * change it, and a bare one stands in for it. Otherwise the style is as it is. tests/core/citeproc.test.ts compares
 * the bibliographies made both ways.
 */
export function bibliographyPart(xml: string): string {
  const bibliography = /<bibliography\b[\s\S]*<\/bibliography>/.exec(xml)?.[0];
  const citation = /<citation\b[\s\S]*<\/citation>/.exec(xml)?.[0];
  if (bibliography === undefined || citation === undefined) return xml;
  if (/disambiguate-add-year-suffix="true"/.test(citation)) return xml;
  if (/disambiguate="true"/.test(reachable(xml, bibliography))) return xml;
  return bareCitation(xml);
}

/**
 * A CSL style whose citation prints only a title: for one bibliography entry alone, which has no other item to be
 * told apart from, so no disambiguation or year suffix can touch it (tests/core/citeproc.test.ts compares).
 */
export const bareCitation = (xml: string): string =>
  xml.replace(/<citation\b[\s\S]*<\/citation>/, '<citation><layout><text variable="title"/></layout></citation>');

const PARTS = {
  whole: (xml: string) => xml,
  citation: citationPart,
  bibliography: bibliographyPart,
  entry: bareCitation,
};

/**
 * Registers the CSL file cable ships under a name of its own (citation-js has built-in templates, "apa" a different
 * revision, that would otherwise be used instead of the file), whole or with only the part a command prints: a note needs only the
 * citation (without its bibliography citeproc builds neither that nor its sort keys, a quarter of a Chicago note), a
 * bibliography or one entry a bare citation where that cannot change them (see each). tests/core/citeproc.test.ts
 * checks that each prints what the whole style prints.
 */
function useTemplate(name: string, files: StyleFiles, part: keyof typeof PARTS = 'whole'): string {
  const styles = plugins.config.get('@csl').styles;
  const template = part === 'whole' ? `cable-${name}` : `cable-${name}-${part}`;
  if (!styles.has(template))
    styles.add(
      template,
      parsedStyle(PARTS[part](files(name).replace(/<\/info>/, (end) => `${end}${POINT_TERM}`)), files.parsed),
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

/** A change a style makes to every item (APA's sentence case), after `toCsl`. */
export type Adapt = (item: CslItem) => CslItem;
const same: Adapt = (item) => item;

/** A bibliography of several documents in a CSL style, sorted as the style sorts. */
export function cslBibliography(
  docs: ArchiveDocument[],
  csl: string,
  flavour: CslFlavour,
  files: StyleFiles,
  adapt: Adapt = same,
): string {
  const template = useTemplate(csl, files, 'bibliography');
  const cite = new Cite(docs.map((d) => adapt(toCsl(d, flavour))));
  const text = fileWithoutArticles(cite.format('bibliography', { template, format: 'text' }).trim().split('\n')).join(
    '\n',
  );
  // On a failure, the document to blame is the one whose own entry fails.
  return checked(text, csl, () => {
    const failing = docs.find((d) => {
      const entry = new Cite([adapt(toCsl(d, flavour))]).format('bibliography', { template, format: 'text' });
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
  const template = useTemplate(csl, files, 'citation');
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
  adapt: Adapt = same,
): string {
  // With a pinpoint, the in-text citation above the entry: the whole style.
  const template = useTemplate(csl, files, points.length === 0 ? 'entry' : 'whole');
  const cite = new Cite([adapt(toCsl(doc, flavour))]);
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
