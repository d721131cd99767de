import { type CslItem, type CslName, joinNames } from './csl.js';

/**
 * BibLaTeX and RIS written from the item cable renders (the CSL-JSON export), mapped to what their readers
 * document: biblatex-chicago's manual for unpublished archival letters and documents, Zotero's RIS translator
 * (RIS.js) for types and tags. Pure: items in, text out.
 */

/** An item with the key every export gives it (see `exportItems`). */
export type KeyedItem = CslItem & { id: string };

const nameText = (name: CslName): string =>
  name.literal ?? [name.given, name.family].filter((p) => p !== undefined && p !== '').join(' ');

/** "cable to Anastas Mikoyan": the description a letter-like entry carries instead of a title. */
export function description(item: CslItem): string | null {
  if (item.type !== 'personal_communication' || item.genre === undefined) return null;
  const to = (item.recipient ?? []).map(nameText);
  return to.length === 0 ? item.genre : `${item.genre} to ${joinNames(to)}`;
}

const isoDate = (item: CslItem): string | null => {
  const issued = item.issued;
  if (issued === undefined || !('date-parts' in issued)) return null;
  const [year, month, day] = issued['date-parts'][0] ?? [];
  if (year === undefined) return null;
  return [String(year).padStart(4, '0'), month, day]
    .filter((p) => p !== undefined)
    .map((p) => String(p).padStart(2, '0'))
    .join('-');
};

// ---------------------------------------------------------------------------------------------------------------
// BibLaTeX

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

const NOCASE = /<span class="nocase">([^<]*)<\/span>/g;

/** Text for a BibLaTeX field: UTF-8 as it is (biber reads it), LaTeX's specials escaped, a name's case braced. */
export const latex = (text: string): string =>
  text.replace(/[\\{}$&%#_~^]/g, (c) => LATEX_SPECIALS[c] ?? c).replace(NOCASE, '{$1}');

/** Text for RIS, which has no markup: the words alone. */
const plain = (text: string | undefined): string | undefined => text?.replace(NOCASE, '$1');

/** A person as "Family, Given"; a body or a name kept as printed ("Zhou Enlai") in braces, never split. */
const biblatexName = (name: CslName): string =>
  name.literal !== undefined
    ? `{${latex(name.literal)}}`
    : name.given
      ? `${latex(name.family ?? '')}, ${latex(name.given)}`
      : latex(name.family ?? '');

/** A literal list field (organization, location, publisher): braced whole, or biblatex splits it at "and". */
const literalList = (value: string | undefined): string | null => (value === undefined ? null : `{${latex(value)}}`);

const names = (list: CslName[] | undefined): string | null =>
  list === undefined || list.length === 0 ? null : list.map(biblatexName).join(' and ');

/**
 * One entry. A cable or letter is biblatex-chicago's unpublished letter (`@misc` with an `entrysubtype`): its
 * title the generic description in lower case ("cable to Anastas Mikoyan", capitalised by the style where a
 * sentence starts), the call number in `note` and the archive in `organization` ("in ascending order of
 * generality"), the provenance in `addendum`. A titled document is `@misc` too, its specific title quoted
 * (`\mkbibquote`, as the manual asks); a FRUS document is an `@incollection` of its edited volume. Standard
 * biblatex prints the same fields.
 */
function biblatexEntry(item: KeyedItem): string {
  const fields: [string, string | null][] = [];
  const text = (value: string | undefined | null) => (value === undefined || value === null ? null : latex(value));
  let type = 'misc';
  if (item.type === 'chapter') {
    type = 'incollection';
    fields.push(
      ['title', text(item.title)],
      ['booktitle', text(item['container-title'])],
      ['editor', names(item.editor)],
      ['number', item.number === undefined ? null : `doc.~${latex(item.number)}`],
      ['publisher', literalList(item.publisher)],
      ['location', literalList(item['publisher-place'])],
    );
  } else {
    const letter = description(item);
    fields.push(
      ['entrysubtype', letter === null ? 'document' : 'letter'],
      ['author', names(item.author)],
      [
        'title',
        letter !== null ? latex(letter) : item.title === undefined ? null : `\\mkbibquote{${latex(item.title)}}`,
      ],
      // A letter's subject ("Plans for Mao's Visit to Moscow") beside its description.
      ['titleaddon', letter !== null && item.title !== undefined ? `\\mkbibquote{${latex(item.title)}}` : null],
      ['shorttitle', item['title-short'] === undefined ? null : `\\mkbibquote{${latex(item['title-short'])}}`],
      ['note', text(item.archive_location)],
      ['organization', literalList(item.archive)],
    );
  }
  // A date biblatex cannot read ("n.d.", "Spring 1950") is printed as it is, before the provenance.
  const printedDate = item.issued !== undefined && 'literal' in item.issued ? item.issued.literal : null;
  const addendum = [printedDate, item.type === 'chapter' ? null : (item.note ?? null)].filter((x) => x !== null);
  fields.push(
    ['translator', names(item.translator)],
    ['date', isoDate(item)],
    // biblatex puts its own punctuation after the field: no period of ours before it.
    ['addendum', addendum.length === 0 ? null : latex(addendum.join('. ').replace(/\.$/, ''))],
    ['url', item.URL ?? null],
  );
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null && f[1] !== '')
    .map(([key, value]) => `\t${key} = {${value}},`);
  return `@${type}{${item.id},\n${body.join('\n')}\n}`;
}

export const toBiblatex = (items: KeyedItem[]): string => items.map(biblatexEntry).join('\n\n');

// ---------------------------------------------------------------------------------------------------------------
// RIS

/**
 * A name as Zotero's RIS import reads it: "Family, Given" for a person; a body or a name kept as printed with no
 * comma at all, which Zotero takes for a single-field name ("Zhou Enlai", never "Enlai, Zhou"). A comma inside
 * such a name would split it, so it becomes a semicolon ("Asian Affairs Bureau [Ministry of Foreign Affairs;
 * Japan]").
 */
const risName = (name: CslName): string =>
  name.literal !== undefined
    ? name.literal.replace(/\s*,\s*/g, '; ')
    : [name.family, name.given].filter((p) => p !== undefined && p !== '').join(', ');

/**
 * One record, in Zotero's types and tags: a cable or letter is PCOMM (a letter: AU author, A2 recipient, M3 its
 * kind), a titled document MANSCPT (a manuscript, not GEN, which Zotero imports as a journal article), a FRUS
 * document CHAP (a book section: T2 the volume, A2 its editors). A4 is the translator, DB the archive, AN the
 * place in it (call number), N1 the provenance.
 */
function risRecord(item: KeyedItem): string {
  const lines: [string, string][] = [];
  const add = (tag: string, value: string | undefined | null) => {
    if (value !== undefined && value !== null && value !== '') lines.push([tag, value.replace(/\s*\n\s*/g, ' ')]);
  };
  const kind = item.type === 'personal_communication' ? 'PCOMM' : item.type === 'chapter' ? 'CHAP' : 'MANSCPT';
  add('TY', kind);
  add('ID', item.id);
  add('TI', plain(item.title));
  add('ST', plain(item['title-short']));
  for (const name of item.author ?? []) add('AU', risName(name));
  for (const name of item.recipient ?? []) add('A2', risName(name));
  for (const name of item.editor ?? []) add('A2', risName(name));
  for (const name of item.translator ?? []) add('A4', risName(name));
  add('T2', item['container-title']);
  add('M3', item.genre);
  const date = isoDate(item);
  if (date !== null) {
    const [year = '', month = '', day = ''] = date.split('-');
    add('DA', `${year}/${month}/${day}/`);
    add('PY', year);
  } else if (item.issued !== undefined && 'literal' in item.issued) add('DA', item.issued.literal);
  add('PB', item.publisher);
  add('CY', item['publisher-place']);
  add('DB', item.archive);
  add('AN', item.archive_location);
  add('N1', item.note);
  if (item.type === 'chapter' && item.number !== undefined) add('N1', `Document ${item.number}`);
  add('UR', item.URL);
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`).join('\n')}\nER  - `;
}

export const toRis = (items: KeyedItem[]): string => items.map(risRecord).join('\n\n');
