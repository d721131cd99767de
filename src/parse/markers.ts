/**
 * Recognises the marker at the start of a paragraph that may open a numbered
 * point, and reads its number. Whether it really is a top-level point is
 * decided later, from the sequence (see points.ts).
 */

export type MarkerFamily = 'ordinal' | 'arabic-dot' | 'arabic-paren' | 'paren-arabic' | 'roman-dot';

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

const ORDINAL = new RegExp(`^(${ORDINALS.join('|')})(ly)?([.,:;])(?=\\s|$)`, 'i');
const ARABIC_DOT = /^([0-9]{1,6}|[０-９]{1,6})(\\?\.(?=\s)|．)/;
const ARABIC_PAREN = /^([0-9]{1,6})\)(?=\s)/;
const PAREN_ARABIC = /^\(([0-9]{1,6})\)(?=\s)/;
const ROMAN_DOT = /^([IVXLC]{1,7})\.(?=\s)/;

const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{2,4}\b/i;

/** "6. II. 1949", "6. 2. 1949", "6. February 1949": a date, not a point. */
function looksLikeDateAfterDay(rest: string): boolean {
  return /^([IVXivx]{1,4}|\d{1,2})\.\s*\d{2,4}\b/.test(rest) || MONTH_WORD.test(rest);
}

/** "V. M. Molotov", "I. V. Stalin": initials, not a Roman numeral. */
function looksLikeInitials(rest: string): boolean {
  return /^[A-Z][a-z]?\.(\s|$)/.test(rest);
}

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
  if ((m = ARABIC_PAREN.exec(text))) return make('arabic-paren', Number(m[1]), m[0], text);
  if ((m = PAREN_ARABIC.exec(text))) return make('paren-arabic', Number(m[1]), m[0], text);
  if ((m = ROMAN_DOT.exec(text))) {
    const number = romanToNumber(m[1] ?? '');
    const rest = text.slice(m[0].length).trimStart();
    if (number === null || looksLikeInitials(rest) || looksLikeDateAfterDay(rest) || /^\d{4}\b/.test(rest)) return null;
    return make('roman-dot', number, m[0], text);
  }
  return null;
}

function make(family: MarkerFamily, number: number, matched: string, text: string): Marker | null {
  if (number < 1) return null;
  // A Markdown escape (1\.) is not part of the printed marker.
  return { family, number, marker: matched.replace('\\', ''), rest: text.slice(matched.length).replace(/^\s+/, '') };
}
