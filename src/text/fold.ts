/**
 * Folding for search: lower case (with ẞ as ss and ς as σ), accents removed, "Đ" read as "D", so that
 * "Grun" finds "Grün" and "Dong" finds "Đông". Folding works character by
 * character and keeps a map back to the original text, so matches found in
 * the folded text can be highlighted where they stand in the original.
 */

const SPECIAL: Record<string, string> = {
  đ: 'd',
  Đ: 'd',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
  // Full case folding: capital sharp s, and the Greek final sigma, which is a sigma.
  ẞ: 'ss',
  ς: 'σ',
};

function foldChar(char: string, caseSensitive: boolean): string {
  const special = SPECIAL[char];
  if (special !== undefined) return caseSensitive && char !== char.toLowerCase() ? special.toUpperCase() : special;
  const bare = char.normalize('NFKD').replace(/\p{M}/gu, '');
  return caseSensitive ? bare : bare.toLowerCase();
}

export interface Folded {
  text: string;
  /** For each UTF-16 index of the folded text, the index in the original where its character began. */
  origin: number[];
}

const ASCII = /^[\x00-\x7f]*$/;
const SPECIAL_CHARS = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');

export function foldWithMap(text: string, caseSensitive = false): Folded {
  if (ASCII.test(text)) {
    // The common case: one character for one, so the map is the identity.
    const origin = Array.from({ length: text.length + 1 }, (_, i) => i);
    return { text: caseSensitive ? text : text.toLowerCase(), origin };
  }
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldChar(char, caseSensitive);
    for (let i = 0; i < f.length; i++) origin.push(index);
    folded += f;
    index += char.length;
  }
  origin.push(index);
  return { text: folded, origin };
}

/** The folded text alone, for the index: the same result as foldWithMap, without the map's cost. */
export function foldText(text: string, caseSensitive = false): string {
  if (ASCII.test(text)) return caseSensitive ? text : text.toLowerCase();
  const specialsDone = text.replace(SPECIAL_CHARS, (c) => {
    const f = SPECIAL[c] ?? c;
    return caseSensitive && c !== c.toLowerCase() ? f.toUpperCase() : f;
  });
  const bare = specialsDone.normalize('NFKD').replace(/\p{M}/gu, '');
  // Lower-casing a word-final Σ gives ς (JavaScript applies the final-sigma rule): fold it as the letter-by-letter map does.
  return caseSensitive ? bare : bare.toLowerCase().replace(/ς/g, 'σ');
}

/** A word folded as foldText does, its typographic apostrophe straight: "didn’t" and "didn't" are one word. */
export const foldWord = (word: string): string => foldText(word).replace(/’/g, "'");
