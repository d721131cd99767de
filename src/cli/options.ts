import { STYLE_NAMES, type StyleName } from '../cite/styles.js';
import { UsageError } from '../errors.js';
import { SECTION_KEYS, SECTIONS, type Section, SOURCES, type Source, sectionKey } from '../model/index.js';
import { SORT_KEYS, type SortKey } from '../query/filter.js';

/**
 * Every option of every command, declared once (as vitest's cliOptionsConfig):
 * its flags, its help, how its value is read, its choices and default. The
 * table drives commander's registration (cli/command.ts), the help, the
 * completion of option values (cli/complete.ts), and the type of the options
 * each command's action receives.
 */
export interface OptionSpec<T> {
  flags: string;
  description: string;
  /** Reads the value (or refuses it with a UsageError); a flag without a value is a boolean. */
  parse?: (value: string) => T;
  /** The only values allowed, exactly as written: commander refuses others and lists these. */
  choices?: readonly string[];
  default?: T;
  /** What completion offers for the value: the choices, these words, or the collection's documents or points. */
  complete?: readonly string[] | 'documents' | 'points';
}

function option<T>(spec: OptionSpec<T> & { default: T }): OptionSpec<T> & { default: T };
function option<T>(spec: OptionSpec<T>): OptionSpec<T>;
function option<T>(spec: OptionSpec<T>): OptionSpec<T> {
  return spec;
}

/** A whole number from 1 to `most`, such as --width (a billion columns is no width: it is an error, not a crash). */
function positiveInteger(name: string, most: number) {
  return (value: string): number => {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isInteger(n) || n < 1 || n > most) {
      throw new UsageError(`${name} takes a whole number above 0, at most ${most}, not "${value}"`);
    }
    return n;
  };
}

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether an ISO date, partial allowed, names a real year, month or day (1949-02-30 does not). */
function realDate(value: string): boolean {
  const m = PARTIAL_ISO.exec(value);
  if (!m) return false;
  const [year, month, day] = [
    Number(m[1]),
    m[2] === undefined ? 1 : Number(m[2]),
    m[3] === undefined ? 1 : Number(m[3]),
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO date, partial allowed (1949, 1949-02, 1949-02-06): --from and --to. */
function isoBound(name: string) {
  return (value: string): string => {
    if (!realDate(value)) {
      throw new UsageError(`${name} takes an ISO date such as 1949, 1949-02 or 1949-02-06, not "${value}"`);
    }
    return value;
  };
}

/** --from after --to finds nothing, always: a usage error, not an empty list. */
export function checkDateRange(options: { from?: unknown; to?: unknown }): void {
  const { from, to } = options;
  if (typeof from !== 'string' || typeof to !== 'string') return;
  // Compared at the shorter precision: --from 1949-03 --to 1949 is a range within 1949.
  const n = Math.min(from.length, to.length);
  if (from.slice(0, n) > to.slice(0, n)) throw new UsageError(`--from ${from} is after --to ${to}: nothing can match`);
}

function section(sections: readonly Section[]) {
  return (value: string): Section => {
    const found = sectionKey(value);
    if (found === null || !sections.includes(found)) {
      throw new UsageError(`unknown section "${value}"; choose one of: ${sections.map((s) => s.key).join(', ')}`);
    }
    return found;
  };
}

const HEADER_SECTIONS = SECTIONS.filter((s) => s.header);

export const OPTIONS = {
  doc: option<string>({
    flags: '-d, --doc <id|path>',
    description: 'the document: an id, a unique id prefix, words of its title, or a path to a .md file',
    complete: 'documents',
  }),
  dir: option<string>({
    flags: '--dir <path>',
    description: 'the collection to use (default: $CABLE_DIR, ./documents, your data folder, or the sample)',
  }),
  json: option<boolean>({ flags: '--json', description: 'print JSON instead of text' }),
  style: option<StyleName>({
    flags: '--style <name>',
    description: 'citation style',
    choices: STYLE_NAMES,
    default: 'archive',
  }),
  point: option<string>({
    flags: '-p, --point <n>',
    description: 'cite one point or several (3, third, III, 2-4): a pinpoint citation',
    complete: 'points',
  }),
  page: option<string>({
    flags: '--page <n>',
    description: 'cite a page of a published volume (a FRUS document), instead of a point',
  }),
  all: option<boolean>({
    flags: '--all',
    description: 'the bibliography of the whole collection (with --from, --to, --language, --has-points)',
  }),
  from: option<string>({
    flags: '--from <date>',
    description: 'only documents dated on or after this ISO date (1949, 1949-02, 1949-02-06)',
    parse: isoBound('--from'),
  }),
  to: option<string>({
    flags: '--to <date>',
    description: 'only documents dated on or before this ISO date',
    parse: isoBound('--to'),
  }),
  language: option<string>({
    flags: '--language <name>',
    description: 'only documents whose original language is this',
  }),
  gloss: option<boolean>({
    flags: '--gloss',
    description: 'spell out abbreviations a FRUS volume explains (NSC, Exdis) where first used',
  }),
  hasPoints: option<boolean>({ flags: '--has-points', description: 'only documents with numbered points' }),
  source: option<Source>({
    flags: '--source <archive>',
    description: 'only documents from this archive (frus: imported FRUS volumes)',
    choices: SOURCES,
  }),
  section: option<Section>({
    flags: '-s, --section <name>',
    description: `print one section: ${SECTION_KEYS.join(', ')}`,
    parse: section(SECTIONS),
    complete: SECTION_KEYS,
  }),
  headerSection: option<Section>({
    flags: '-s, --section <name>',
    description: `search one header section instead: ${HEADER_SECTIONS.map((s) => s.key).join(', ')}`,
    parse: section(HEADER_SECTIONS),
    complete: HEADER_SECTIONS.map((s) => s.key),
  }),
  width: option<number>({
    flags: '-w, --width <columns>',
    description: 'wrap to this many columns (default: $COLUMNS, the terminal, or 80)',
    parse: positiveInteger('--width', 10_000),
  }),
  pager: option<boolean>({ flags: '--no-pager', description: 'never page long output' }),
  cite: option<boolean>({ flags: '-c, --cite', description: 'print the pinpoint citation after the point' }),
  plain: option<boolean>({ flags: '--plain', description: 'plain text instead of Markdown' }),
  count: option<boolean>({ flags: '--count', description: 'print only how many points and paragraphs match' }),
  caseSensitive: option<boolean>({ flags: '--case-sensitive', description: 'match case exactly' }),
  exactSpelling: option<boolean>({
    flags: '--exact-spelling',
    description: 'only the spelling typed (by default Zhou Enlai also finds Chou En-lai)',
  }),
  limit: option<number>({
    flags: '-n, --limit <n>',
    description: 'at most this many results',
    parse: positiveInteger('--limit', 100_000),
    default: 20,
  }),
  listLimit: option<number>({
    flags: '-n, --limit <n>',
    description: 'at most this many documents (default: all)',
    parse: positiveInteger('--limit', 1_000_000),
  }),
  verify: option<boolean>({
    flags: '--verify',
    description: 'with --status: read every file and compare its text with what was indexed (SHA-256)',
  }),
  rebuild: option<boolean>({ flags: '--rebuild', description: 'build the index from nothing' }),
  minWords: option<number>({
    flags: '--min-words <n>',
    description: 'an inline quotation has at least this many words',
    parse: positiveInteger('--min-words', 1000),
    default: 6,
  }),
  warnOnly: option<boolean>({ flags: '--warn-only', description: 'exit 0 whatever the quotations' }),
  fix: option<boolean>({
    flags: '--fix',
    description: "write a corrected copy beside each manuscript (chapter.fixed.md): the sources' words and points",
  }),
  verifyStyle: option<StyleName>({
    flags: '--style <name>',
    description:
      "the style of the sources' pinpoint citations (default: the manuscript's own: its pandoc csl:, chicago-author-date with pandoc citations, else chicago)",
    choices: STYLE_NAMES,
  }),
  status: option<boolean>({ flags: '--status', description: 'say where the index is and whether it is up to date' }),
  sort: option<SortKey>({ flags: '--sort <key>', description: 'order by', choices: SORT_KEYS, default: 'date' }),
  format: option<'table' | 'tsv'>({
    flags: '--format <format>',
    description: 'output format',
    choices: ['table', 'tsv'],
    default: 'table',
  }),
  id: option<string>({
    flags: '--id <id>',
    description: 'store the document under this id (one file only; default: from its URL or file name)',
  }),
  force: option<boolean>({ flags: '-f, --force', description: 'replace a different document that has the same id' }),
};

export type OptionName = keyof typeof OPTIONS;

type ValueOf<S> = S extends OptionSpec<infer T> ? T : never;

/**
 * The options an action receives: flags are booleans (`--no-pager` is
 * `pager`, true unless given), options with a default always have a value,
 * the others may be undefined.
 */
export type OptionValues = {
  [K in OptionName]: ValueOf<(typeof OPTIONS)[K]> extends boolean
    ? boolean
    : (typeof OPTIONS)[K] extends { default: unknown }
      ? ValueOf<(typeof OPTIONS)[K]>
      : ValueOf<(typeof OPTIONS)[K]> | undefined;
};
