import type * as Iuliia from 'iuliia';
import { foldText } from '../text/fold.js';
import { loadIuliia } from './iuliia.js';
import { ENDINGS } from './query.js';

/**
 * A Russian name in every spelling the schemes of iuliia give it: "Хрущёв" is Khrushchyov (Wikipedia), Khrushchev
 * (ALA-LC), Hruščëv (ISO 9), Chruščëv (scientific), Khrouchtchev (French)… Folded as the index folds (accents and
 * case gone: "hruscev"). A Latin word is read back into Cyrillic scheme by scheme, and a reading is kept only when
 * that scheme writes it back as the word: "Khrushchev" is хрущев, which gives the other schemes' spellings too.
 */
const SCHEMES = [
  'WIKIPEDIA',
  'BGN_PCGN',
  'ALA_LC',
  'ISO_9_1954',
  'SCIENTIFIC',
  'MVD_310_FR',
  'ICAO_DOC_9303',
  'UNGEGN_1987',
] as const;

/**
 * The schemes a Latin word is read back with: those without diacritics, which folding would erase ("š" and "s"
 * fold alike, so ISO 9 would read every s as ш too).
 */
const READ_BACK = ['WIKIPEDIA', 'BGN_PCGN', 'ALA_LC', 'MVD_310_FR', 'ICAO_DOC_9303'] as const;

type Schema = Iuliia.Schema;

const schemes = (names: readonly string[] = SCHEMES): Schema[] => {
  const iuliia = loadIuliia() as unknown as Record<string, Schema>;
  return names.flatMap((name) => (iuliia[name] === undefined ? [] : [iuliia[name]]));
};

const fold = (text: string): string =>
  foldText(text)
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();

/** The Latin spellings of a Cyrillic word, folded, one per scheme (duplicates gone). */
export function latinSpellings(cyrillic: string): string[] {
  const { translate } = loadIuliia();
  // Only Latin letters: a scheme that keeps "ё" would fold it to a Cyrillic "е".
  return [...new Set(schemes().map((schema) => fold(translate(cyrillic, schema))))].filter((s) =>
    /^[a-z]+(?: [a-z]+)*$/.test(s),
  );
}

const MAX_READINGS = 16;

/** The Cyrillic words a scheme would write as this folded Latin word. */
function readings(latin: string, schema: Schema): string[] {
  const { translate } = loadIuliia();
  const map = (schema as unknown as { map: { map: Map<string, string> } }).map.map;
  const reverse: [string, string][] = [];
  for (const [cyrillic, written] of map) {
    const folded = fold(written).replace(/ /g, '');
    if (cyrillic === cyrillic.toLowerCase() && folded !== '') reverse.push([folded, cyrillic]);
  }
  // The readings of each prefix of the word, at most MAX_READINGS each.
  const at: string[][] = [['']];
  for (let i = 0; i < latin.length; i++) {
    for (const [written, cyrillic] of reverse) {
      if (!latin.startsWith(written, i)) continue;
      const next = (at[i + written.length] ??= []);
      for (const before of at[i] ?? []) {
        if (next.length >= MAX_READINGS) break;
        next.push(`${before}${cyrillic}`);
      }
    }
  }
  return (at[latin.length] ?? []).filter((c) => c !== '' && fold(translate(c, schema)).replace(/ /g, '') === latin);
}

/**
 * Other spellings of a folded word: for Cyrillic, its Latin spellings; for Latin, the Cyrillic words it may
 * transliterate and their spellings in the other schemes. Each is one index token.
 */
export function russianSpellings(word: string): string[] {
  // A Cyrillic word with its case endings too ("Микоян" finds Микояну), marked as query.ts reads it.
  if (/\p{Script=Cyrillic}/u.test(word))
    return [`${word}${ENDINGS}`, ...latinSpellings(word).filter((s) => !s.includes(' '))];
  if (!/^[a-z]{3,}$/.test(word)) return [];
  const cyrillic = new Set(schemes(READ_BACK).flatMap((schema) => readings(word, schema)));
  const latin = [...cyrillic].flatMap(latinSpellings).filter((s) => !s.includes(' '));
  return [...new Set([...[...cyrillic].map((c) => `${foldText(c)}${ENDINGS}`), ...latin])].filter((s) => s !== word);
}
