import { isMonthWord } from './dates.js';

/**
 * Recognises the marker at the start of a paragraph that may open a numbered
 * point, and reads its number. Whether it really is a top-level point is
 * decided later, from the sequence (see points.ts).
 */

export type MarkerFamily =
  | 'ordinal'
  | 'ordinal-word'
  | 'arabic-dot'
  | 'arabic-paren'
  | 'paren-arabic'
  | 'roman-dot'
  | 'cjk-comma'
  | 'cjk-paren'
  | 'cjk-ordinal'
  | 'circled'
  | 'word-prefix'
  | 'letter-paren'
  | 'paren-letter'
  | 'letter-dot'
  | 'bracket';

/** Families that letter items: the top-level list only when no numbered list is there. */
export const LETTER_FAMILIES: ReadonlySet<MarkerFamily> = new Set(['letter-paren', 'paren-letter', 'letter-dot']);

export interface Marker {
  family: MarkerFamily;
  number: number;
  /** The marker as printed, without trailing space. */
  marker: string;
  /** The paragraph's text after the marker. */
  rest: string;
}

export const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Reads a Roman numeral (I … CC), or null when the letters are not one. */
export function romanToNumber(text: string): number | null {
  const s = text.toUpperCase();
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = ROMAN_VALUES[s[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  // Reject non-canonical forms such as "IIII" or "VX" by round-tripping.
  return numberToRoman(total) === s ? total : null;
}

export function numberToRoman(n: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const FULLWIDTH_DIGITS = /[０-９]/g;
const toAsciiDigits = (s: string): string =>
  s.replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));

/** "First,", "Second:", "Thirdly," and "Secondly this…": the adverb needs no comma to be a marker. */
const ORDINAL = new RegExp(`^(${ORDINALS.join('|')})(?:ly[.,:;]?|[.,:;])(?=\\s|$)`, 'i');
const ARABIC_DOT = /^([0-9]{1,6}|[０-９]{1,6})(\\?\.(?=\s)|．)/;
const OCR_COMMA = /^(\d{1,2}),(?=\s+\p{Lu}{2,}\s)/u;
const ARABIC_PAREN = /^([0-9]{1,6})\)(?=\s)/;
const PAREN_ARABIC = /^\(([0-9]{1,6})\)(?=\s)/;
const ROMAN_DOT = /^([IVXLC]{1,7})\.(?=\s)/;

const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{2,4}\b/i;

/** "6. II. 1949", "6. 2. 1949", "6. February 1949", "28. April 1945Nr. 1": a date, not a point. */
function looksLikeDateAfterDay(rest: string): boolean {
  if (/^([IVXivx]{1,4}|\d{1,2})\.\s*\d{2,4}\b/.test(rest) || MONTH_WORD.test(rest)) return true;
  const word = /^(\p{L}{3,}\.?)\s*\d{4}/u.exec(rest)?.[1];
  return word !== undefined && isMonthWord(word);
}

/** "V. M. Molotov", "I. V. Stalin": initials, not a Roman numeral. */
function looksLikeInitials(rest: string): boolean {
  return /^[A-Z][a-z]?\.(\s|$)/.test(rest);
}

const CJK_NUMERAL = '[一二三四五六七八九十]{1,3}';
const CJK_DUN = new RegExp(`^(${CJK_NUMERAL})、`, 'u');
const CJK_PAREN = new RegExp(`^[（(](${CJK_NUMERAL})[）)]`, 'u');
const CJK_ORDINAL = new RegExp(`^第(${CJK_NUMERAL})[，,、：:]`, 'u');
const CIRCLED = /^([\u2474-\u2487])/u; // ⑴ … ⒇
const CJK_VALUES: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 → 1, 十二 → 12, 二十三 → 23. */
function cjkNumeral(text: string): number {
  if (!text.includes('十')) return CJK_VALUES[text] ?? 0;
  const [tens = '', units = ''] = text.split('十');
  return (tens === '' ? 1 : (CJK_VALUES[tens] ?? 0)) * 10 + (units === '' ? 0 : (CJK_VALUES[units] ?? 0));
}

/** "Art. 1er.", "Article 2", "Para 1.", "para 2.", "Paragraph 3.", "Item 4", "Point 5": a word, then the number. */
const WORD_PREFIX =
  /^(art\.|article|para\.?|paragraph|item|point)\s*(\d{1,4})(?:er|re|st|nd|rd|th)?(?:\.-?|\s*[-–—:.]|(?=\s))/iu;

/** "First There should…", "Second Japan…", "First Step": an ordinal word with no punctuation, before a capital. */
const capitalised = ORDINALS.map((o) => `${o[0]?.toUpperCase()}${o.slice(1)}`);
const ORDINAL_WORD = new RegExp(
  `^(${capitalised.join('|')})(ly)?(\\s+(?:Step|step|Stage|stage|Phase|phase))?(?=\\s+[\\p{Lu}'‘"“])`,
  'u',
);

/** Latin and Cyrillic letters in order, for lettered items: a) b) c), а) б) в). */
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщэюя';
const letterNumber = (letter: string): number => {
  const l = letter.toLowerCase();
  const at = LATIN.indexOf(l);
  return at !== -1 ? at + 1 : CYRILLIC.indexOf(l) + 1;
};
const LETTER_PAREN = /^([a-zа-я])\)(?=\s)/u;
const PAREN_LETTER = /^\\?\(([a-zA-Zа-я])\\?\)(?=\s)/u;
const LETTER_DOT = /^([A-Z])\.(?=\s+\p{Lu}\p{Ll}|\s+\p{Lu}{2})/u;
/** An editor's number for a lost marker: "[4]", "[3.]". */
const BRACKET = /^\[(\d{1,3})\.?\](?=\s+\p{Lu})/u;

export function readMarker(paragraph: string): Marker | null {
  const text = paragraph.replace(/^\s+/, '');
  let m: RegExpExecArray | null;

  if ((m = ORDINAL.exec(text)) && /^[A-Z]/.test(text)) {
    const number = ORDINALS.indexOf((m[1] ?? '').toLowerCase()) + 1;
    return make('ordinal', number, m[0], text);
  }
  if ((m = ARABIC_DOT.exec(text))) {
    const rest = text.slice(m[0].length).trimStart();
    if (looksLikeDateAfterDay(rest)) return null;
    return make('arabic-dot', Number(toAsciiDigits(m[1] ?? '')), m[0], text);
  }
  // OCR of an all-capitals cable reads "3." as "3,": the same marker where capitals follow.
  if ((m = OCR_COMMA.exec(text))) return make('arabic-dot', Number(m[1]), m[0], text);
  if ((m = ARABIC_PAREN.exec(text))) return make('arabic-paren', Number(m[1]), m[0], text);
  if ((m = PAREN_ARABIC.exec(text))) return make('paren-arabic', Number(m[1]), m[0], text);
  // A single L, C, D or M is a letter ("C. In contemplating…"), not a Roman 50, 100, 500 or 1000.
  if ((m = ROMAN_DOT.exec(text)) && !/^[LCDM]$/.test(m[1] ?? '')) {
    const number = romanToNumber(m[1] ?? '');
    const rest = text.slice(m[0].length).trimStart();
    if (number !== null && !looksLikeInitials(rest) && !looksLikeDateAfterDay(rest) && !/^\d{4}\b/.test(rest)) {
      return make('roman-dot', number, m[0], text);
    }
  }
  if ((m = CJK_DUN.exec(text))) return make('cjk-comma', cjkNumeral(m[1] ?? ''), m[0], text);
  if ((m = CJK_PAREN.exec(text))) return make('cjk-paren', cjkNumeral(m[1] ?? ''), m[0], text);
  if ((m = CJK_ORDINAL.exec(text))) return make('cjk-ordinal', cjkNumeral(m[1] ?? ''), m[0], text);
  if ((m = CIRCLED.exec(text))) return make('circled', (m[1] ?? '').charCodeAt(0) - 0x2473, m[0], text);
  if ((m = WORD_PREFIX.exec(text))) return make('word-prefix', Number(m[2]), m[0], text);
  if ((m = ORDINAL_WORD.exec(text)) && /^[A-Z]/.test(text)) {
    return make('ordinal-word', ORDINALS.indexOf((m[1] ?? '').toLowerCase()) + 1, m[0], text);
  }
  if ((m = LETTER_PAREN.exec(text))) return make('letter-paren', letterNumber(m[1] ?? ''), m[0], text);
  if ((m = PAREN_LETTER.exec(text))) return make('paren-letter', letterNumber(m[1] ?? ''), m[0], text);
  if ((m = LETTER_DOT.exec(text))) return make('letter-dot', letterNumber(m[1] ?? ''), m[0], text);
  return null;
}

/**
 * An editor's "[4]" or "[3.]" standing for a lost marker. Not a marker by
 * itself ("[1] BArch…" is a footnote): only where it continues a list.
 */
export function readEditorsNumber(paragraph: string): Marker | null {
  const text = paragraph.replace(/^\s+/, '');
  const m = BRACKET.exec(text);
  return m ? make('bracket', Number(m[1]), m[0], text) : null;
}

function make(family: MarkerFamily, number: number, matched: string, text: string): Marker | null {
  if (number < 1) return null;
  // A Markdown escape (1\., \(c\)) is not part of the printed marker.
  return {
    family,
    number,
    marker: matched.replace(/\\/g, '').trim(),
    rest: text.slice(matched.length).replace(/^\s+/, ''),
  };
}
