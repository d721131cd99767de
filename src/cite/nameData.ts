// The entry of the `names` bundle (scripts/bundles.mjs): the name tables, loaded through nameTables.ts.
import NAMES from '../data/names.json' with { type: 'json' };

export const {
  chineseSurnames,
  pinyinSyllables,
  vietnameseSurnames,
  vietnameseSyllables,
  spanishGivenNames,
  spanishSurnames,
  places,
} = NAMES;
