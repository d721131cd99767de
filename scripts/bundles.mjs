// The bundles of dist/, declared once. This table drives the build (what is
// a bundle of its own, which dynamic imports are allowed), the commands that
// make the V8 code caches, and the start-up test (which command loads which
// bundle). A dynamic import() that is neither a lazy bundle here nor listed
// in DEFERRED fails the build: nothing is inlined by accident.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * `entry`: the source module (or package) the bundle is built from.
 * `loadedBy`: a command that loads it (the start-up test checks that it does, and that the quick commands do not).
 * `alsoLoads`: the other bundles that command loads, if any.
 * `warm(scratch, root)`: commands the build runs once to make its code cache (see code-cache.mjs).
 */
export const BUNDLES = [
  {
    name: 'cable',
    entry: 'src/main.ts',
    loadedBy: ['point', '3'],
    warm: () => [['point', '3'], ['cite'], ['points'], ['quote', '2']],
  },
  {
    name: 'terminal',
    entry: 'src/render/terminal.ts',
    loadedBy: ['show'],
    warm: () => [['show'], ['show', '--section', 'citation']],
  },
  {
    name: 'format',
    entry: 'src/cite/format.ts',
    loadedBy: ['cite', '--style', 'chicago'],
    // A CSL item needs the order of its names: the name tables.
    alsoLoads: ['names'],
    // Every part of every style that cable formats with, whose parse the build keeps (src/store/styles.ts).
    warm: () => [
      ['cite', '--style', 'mla'],
      ['cite', '--style', 'chicago'],
      ['cite', '--style', 'chicago-bib'],
      ['cite', '--style', 'chicago-author-date'],
      ...['mla', 'chicago-author-date'].map((style) => ['cite', '--style', style, '--point', '1']),
      ...['chicago-bib', 'mla', 'chicago-author-date'].map((style) => ['cite', '--all', '--style', style]),
    ],
  },
  {
    name: 'english',
    entry: 'src/cite/english.ts',
    loadedBy: ['cite', '--style', 'apa'],
    // APA is a CSL style: its command loads the format bundle and the name tables too.
    alsoLoads: ['format', 'names'],
    warm: () => [
      ['cite', '--style', 'apa'],
      ['cite', '--style', 'apa', '--point', '1'],
      ['cite', '--all', '--style', 'apa'],
    ],
  },
  {
    name: 'names',
    entry: 'src/text/nameData.ts',
    // Loaded synchronously, when a citation first needs a name's order or a place: src/text/nameTables.ts.
    synchronous: { module: 'src/text/nameTables.ts', loader: 'loadNameTables' },
    loadedBy: null,
    warm: () => [['cite', '--style', 'csl-json']],
  },
  {
    name: 'iuliia',
    entry: require.resolve('iuliia'),
    // Loaded synchronously, when a search or filter query has a name to spell: src/search/iuliia.ts.
    synchronous: { module: 'src/search/iuliia.ts', loader: 'loadIuliia' },
    loadedBy: null,
    warm: () => [['search', 'Stalin']],
  },
  {
    name: 'korean',
    entry: 'src/search/koreanData.ts',
    // Loaded synchronously, when a search or filter query has a word to spell: src/search/koreanTables.ts.
    synchronous: { module: 'src/search/koreanTables.ts', loader: 'loadKorean' },
    loadedBy: null,
    warm: () => [['search', 'Mao']],
  },
  {
    name: 'pinyin',
    entry: require.resolve('pinyin-pro'),
    // Loaded synchronously, when a search or filter query has Chinese characters: src/search/pinyin.ts.
    synchronous: { module: 'src/search/pinyin.ts', loader: 'loadPinyin' },
    loadedBy: null,
    warm: () => [['search', '毛泽东']],
  },
  {
    name: 'yaml',
    entry: require.resolve('yaml'),
    // Loaded synchronously by the parser, only for front matter: src/parse/yaml.ts, whose loadYaml() requires it.
    synchronous: { module: 'src/parse/yaml.ts', loader: 'loadYaml' },
    loadedBy: null,
    warm: (scratch, root) => [
      ['add', `${root}/documents/121767.md`, '--dir', scratch],
      ['point', '3', '--doc', `${scratch}/121767.md`],
      ['show', '--doc', `${scratch}/121767.md`],
    ],
  },
  {
    name: 'searchIndex',
    entry: 'src/store/searchIndex.ts',
    loadedBy: ['search', 'Roshchin'],
    // A capitalised word may be a name in another romanisation: the Wade-Giles, Pinyin and Cyrillic tables load too.
    alsoLoads: ['names', 'iuliia', 'korean'],
    warm: (scratch, root) => [
      ['search', 'Roshchin', '--dir', scratch],
      ['list', '--dir', scratch],
      ['add', `${root}/documents/121767.md`, '--id', 'again', '--dir', scratch],
    ],
  },
  {
    name: 'regex',
    entry: require.resolve('re2js'),
    // RE2, linear-time regular expressions, loaded synchronously only for a /regex/ query: src/search/re2.ts.
    synchronous: { module: 'src/search/re2.ts', loader: 'loadRe2' },
    loadedBy: ['filter', '/Rosh\\w+/'],
    warm: () => [['filter', '/Rosh\\w+/']],
  },
  {
    name: 'frusImport',
    entry: 'src/store/import.ts',
    // `cable import` only: the streaming TEI reader (saxes) and the FRUS mapping.
    loadedBy: null,
    warm: () => [],
  },
  {
    name: 'verify',
    entry: 'src/app/verify.ts',
    // `cable verify` only: finding quotations in a manuscript and aligning them with the sources.
    loadedBy: null,
    warm: () => [],
  },
  {
    name: 'docx',
    entry: 'mammoth',
    // `cable verify` of a .docx manuscript only: mammoth reads Word's text.
    loadedBy: null,
    warm: () => [],
  },
  {
    name: 'unicodeWrap',
    entry: 'src/render/unicodeWrap.ts',
    loadedBy: null,
    warm: () => [],
  },
];

/** Dynamic imports kept inside the bundle that makes them: evaluated on first use, not at start-up. */
export const DEFERRED = ['chalk', 'supports-hyperlinks', 'src/cli/pager.ts'];
