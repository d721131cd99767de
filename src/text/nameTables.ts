import * as NAME_DATA from './nameData.js';

/** The name tables of src/data/names.json (see scripts/names-data.mjs for their sources). */
export interface NameTables {
  chineseSurnames: string[];
  pinyinSyllables: string[];
  vietnameseSurnames: string[];
  vietnameseSyllables: string[];
  spanishGivenNames: string[];
  spanishSurnames: string[];
  places: string[];
  /** pypinyin's tables: whole syllables, initials, finals and exceptions, each [pinyin, Wade-Giles]. */
  wadeGiles: {
    convert: string[][];
    initials: string[][];
    finals: string[][];
    exceptions: string[][];
    pinyinInitials: string[];
  };
  /** Conventional spellings of Chinese names from CC-CEDICT: [Pinyin, others…] ("Jiang Jieshi", "Chiang Kai-shek"). */
  conventionalNames: string[][];
  /** Reading → the Chinese characters read so alone ("zhou": "周州洲…"). */
  hanzi: Record<string, string>;
}

let tables: NameTables | undefined;

/**
 * The tables load when a citation first needs a name's order or a place: `cable point` and `cable list` never
 * pay for them. In dist they are a bundle of their own, and the build replaces this module with a load of that
 * bundle (scripts/bundles.mjs).
 */
export function loadNameTables(): NameTables {
  tables ??= NAME_DATA;
  return tables;
}
