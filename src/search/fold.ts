import { type Folded, foldText, foldWithMap } from '../text/fold.js';
import { loadNameTables } from '../text/nameTables.js';

/**
 * Folding for the search index and its matching: as text/fold.ts, and a Chinese character is also read in Pinyin
 * (its reading alone, from pinyin-pro's dictionary: src/data/hanzi.json): "毛泽东同志" is indexed and matched as marked syllables ("qxmao qxze qxdong …"), a word per syllable, so that
 * "Mao Zedong" (with its spelling "ze dong") and "毛泽东" itself find it inside a run of characters, which the
 * index would otherwise keep as one word. Text without Chinese characters folds as before, without loading
 * the table.
 */
const HAN = /\p{Script=Han}/u;

/**
 * A syllable read from a character is marked ("qxzhou"), so that a Latin word alone ("Zhou", "long") never
 * matches the many characters that sound like it (州, 洲, 舟…): only a name of two or more syllables, or a
 * query in characters, looks for the marked syllables (see search/spellings.ts).
 */
export const HAN_MARK = 'qx';
const HAN_RUN = /\p{Script=Han}+/gu;

let hanzi: Map<string, string> | null = null;

/** Each character's reading alone (src/data/hanzi.json, from pinyin-pro): the same for the index and a query. */
function readings(run: string): string[] {
  if (hanzi === null) {
    hanzi = new Map();
    for (const [reading, chars] of Object.entries(loadNameTables().hanzi)) for (const c of chars) hanzi.set(c, reading);
  }
  const table = hanzi;
  return [...run].map((c) => table.get(c) ?? c);
}

export function searchFoldWithMap(text: string, caseSensitive = false): Folded {
  if (!HAN.test(text)) return foldWithMap(text, caseSensitive);
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  const plain = (end: number) => {
    const part = foldWithMap(text.slice(at, end), caseSensitive);
    folded += part.text;
    for (const o of part.origin.slice(0, -1)) origin.push(at + o);
  };
  for (const m of text.matchAll(HAN_RUN)) {
    const start = m.index ?? 0;
    plain(start);
    const chars = [...m[0]];
    const read = readings(m[0]);
    let index = start;
    chars.forEach((char, i) => {
      // " zhou ": each syllable a word, mapped back to its character.
      const syllable = ` ${HAN_MARK}${read[i] ?? char} `;
      // The closing space maps to the next character, so that a match ending on this syllable ends after it.
      for (let k = 0; k < syllable.length; k++) origin.push(k === syllable.length - 1 ? index + char.length : index);
      folded += syllable;
      index += char.length;
    });
    at = start + m[0].length;
  }
  plain(text.length);
  origin.push(text.length);
  return { text: folded, origin };
}

export function searchFold(text: string, caseSensitive = false): string {
  if (!HAN.test(text)) return foldText(text, caseSensitive);
  return searchFoldWithMap(text, caseSensitive).text;
}
