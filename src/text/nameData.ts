// The entry of the `names` bundle (scripts/bundles.mjs): the name tables and the Wade-Giles tables, loaded
// through nameTables.ts.

import CONVENTIONAL from '../data/conventional.json' with { type: 'json' };
import HANZI from '../data/hanzi.json' with { type: 'json' };
import NAMES from '../data/names.json' with { type: 'json' };
import WADE_GILES from '../data/wadegiles.json' with { type: 'json' };

export const {
  chineseSurnames,
  pinyinSyllables,
  vietnameseSurnames,
  vietnameseSyllables,
  spanishGivenNames,
  spanishSurnames,
  places,
} = NAMES;

/** pypinyin's Wade-Giles tables (src/data/wadegiles.json, MIT: src/data/LICENSE-pypinyin.txt). */
export const wadeGiles = WADE_GILES;

/**
 * Conventional spellings of Chinese names, each group [Pinyin, other spellings…] ("Jiang Jieshi", "Chiang
 * Kai-shek"): src/data/conventional.json, from CC-CEDICT (CC BY-SA 4.0; scripts/conventional-data.mjs).
 */
export const conventionalNames: string[][] = CONVENTIONAL.names;

/** Each Chinese character's reading, grouped by reading (src/data/hanzi.json, from pinyin-pro, MIT). */
export const hanzi: Record<string, string> = HANZI.readings;
