/**
 * Reads the printed dates of archive documents and derives ISO 8601 at the
 * same precision: "February, 1949" → 1949-02, "24 апреля 1948 г." →
 * 1948-04-24, "一九四八年二月三日" → 1948-02-03, "1927 г." → 1927. The
 * printed form is kept in the model; only the ISO form is derived here.
 *
 * Month names come from ICU (Intl.DateTimeFormat), in the forms a date is
 * printed in (the genitive "апреля" beside a day, the nominative "апрель"
 * alone) and the short forms, for the languages of the archives; they are
 * built only when a date is not in English.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month?: number | null, day?: number): string | null {
  if (year < 1 || year > 9999) return null;
  if (month === undefined) return String(year).padStart(4, '0');
  if (month === null || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ENGLISH = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function englishMonth(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = ENGLISH.findIndex((m) => m === w || m.startsWith(w) || (w === 'sept' && m === 'september'));
  return index === -1 ? null : index + 1;
}

/** The English forms archives print, as before: "February, 1949", "September 02, 1953", "12 September 1996". */
function english(s: string): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) return iso(Number(m[1]));
  if ((m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s))) {
    return m[3] === undefined ? iso(Number(m[1]), Number(m[2])) : iso(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if ((m = /^([A-Za-z]+\.?),? (\d{4})$/.exec(s))) return iso(Number(m[2]), englishMonth(m[1] ?? ''));
  if ((m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s))) {
    return iso(Number(m[3]), englishMonth(m[1] ?? ''), Number(m[2]));
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\.? ([A-Za-z]+\.?),? (\d{4})$/.exec(s))) {
    return iso(Number(m[3]), englishMonth(m[2] ?? ''), Number(m[1]));
  }
  return null;
}

/** The languages whose month names cable reads, from ICU: the archives' languages. */
const LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'ru',
  'uk',
  'be',
  'pl',
  'cs',
  'sk',
  'hu',
  'ro',
  'bg',
  'sr-Latn',
  'sr',
  'hr',
  'sl',
  'sq',
  'el',
  'tr',
  'vi',
  'id',
  'lt',
  'lv',
  'et',
  'fi',
  'sv',
  'da',
  'nb',
  'mn',
];

const fold = (word: string): string => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');

let monthNames: Map<string, number> | undefined;

/** Every month name and abbreviation ICU prints in those languages, folded, to its number. */
function months(): Map<string, number> {
  if (monthNames) return monthNames;
  const names = new Map<string, number>();
  const add = (word: string, month: number): void => {
    const w = fold(word);
    if (/^\p{L}[\p{L}.'-]*$/u.test(w) && !names.has(w)) names.set(w, month);
  };
  for (const locale of LOCALES) {
    for (const width of ['long', 'short'] as const) {
      const alone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      const withDay = new Intl.DateTimeFormat(locale, { month: width, day: 'numeric', timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const date = new Date(Date.UTC(2001, m - 1, 15));
        for (const format of [alone, withDay]) {
          for (const part of format.formatToParts(date)) if (part.type === 'month') add(part.value, m);
        }
      }
    }
  }
  monthNames = names;
  return names;
}

/** A month word in any of those languages: whole, or a prefix of at least three letters ("Sept", "févr"). */
function monthOf(word: string): number | null {
  const w = fold(word);
  if (w.length < 3) return null;
  const table = months();
  const whole = table.get(w);
  if (whole !== undefined) return whole;
  let found: number | null = null;
  for (const [name, month] of table) {
    if (!name.startsWith(w)) continue;
    if (found !== null && found !== month) return null; // ambiguous prefix
    found = month;
  }
  return found;
}

/** Whether a word names a month, in any of the archives' languages ("April", "Juni", "апреля"). */
export const isMonthWord = (word: string): boolean => englishMonth(word) !== null || monthOf(word) !== null;

const CJK_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "一九四八" → 1948 (digit by digit); "二十三" → 23, "十二" → 12 (with 十); Arabic digits as they are. */
function cjkNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text.includes('十')) {
    let n = 0;
    for (const c of text) {
      const d = CJK_DIGITS[c];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  const [tens = '', units = ''] = text.split('十');
  const t = tens === '' ? 1 : CJK_DIGITS[tens];
  const u = units === '' ? 0 : CJK_DIGITS[units];
  return t === undefined || u === undefined || tens.length > 1 || units.length > 1 ? null : t * 10 + u;
}

/** Chinese and Japanese 1949年2月3日 (digits or numerals), Korean 1949년 2월 3일. */
function eastAsian(s: string): string | null {
  const m =
    /^([\d〇零一二三四五六七八九]{4})\s*[年년]\s*(?:([\d一二三四五六七八九十]{1,3})\s*[月월]\s*(?:([\d一二三四五六七八九十]{1,3})\s*[日일号])?)?$/u.exec(
      s,
    );
  if (!m) return null;
  const year = cjkNumber(m[1] ?? '');
  if (year === null) return null;
  if (m[2] === undefined) return iso(year);
  const month = cjkNumber(m[2]);
  if (m[3] === undefined) return iso(year, month);
  const day = cjkNumber(m[3]);
  return day === null ? null : iso(year, month, day);
}

/** Words that sit beside a year or a day and say nothing more: "г.", "года", "roku", "år", "ngày"… */
const FILLER = new Set([
  'г',
  'гг',
  'год',
  'года',
  'году',
  'r',
  'roku',
  'rok',
  'evi',
  'le',
  'den',
  'de',
  'del',
  'di',
  'do',
  'ngay',
  'thang',
  'nam',
  'of',
  'the',
  'el',
  'il',
  'a',
]);

/**
 * Dates in words and numbers, in any order a language prints them: "9. Juni
 * 1945", "21 octobre 1944", "1er mars 1950", "1956. október 23.", "ngày 2
 * tháng 9 năm 1945", "26 AUG 62", "10.05.1939", "1927 г.". A two-digit year
 * is in the 1900s.
 */
function anyLanguage(s: string): string | null {
  // Day, month and year in figures: European order (archives of every language but the American print it so).
  let m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?$/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // Vietnamese: the month is a number after "tháng".
  m = /^(?:ngày\s+(\d{1,2})\s+)?tháng\s+(\d{1,2})(?:\s+năm|,)?\s+(\d{4})$/iu.exec(s);
  if (m) return m[1] === undefined ? iso(Number(m[3]), Number(m[2])) : iso(Number(m[3]), Number(m[2]), Number(m[1]));
  const tokens = s
    .split(/[\s,]+/u)
    .map((t) => t.replace(/^[([«"„]+|[)\]»".,;:]+$/gu, ''))
    .filter((t) => t !== '');
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let twoDigitYear: number | null = null;
  for (const token of tokens) {
    const number = /^(\d{1,4})(?:\.|er|re|st|nd|rd|th|-?го|-?e|º|°)?$/iu.exec(token);
    if (number) {
      const n = Number(number[1]);
      if ((number[1] ?? '').length === 4 && year === null) year = n;
      else if ((number[1] ?? '').length <= 2 && day === null && n >= 1 && n <= 31) day = n;
      else if ((number[1] ?? '').length === 2 && twoDigitYear === null) twoDigitYear = n;
      else return null;
      continue;
    }
    if (/^'\d{2}$/.test(token)) {
      twoDigitYear = Number(token.slice(1));
      continue;
    }
    if (FILLER.has(fold(token))) continue;
    const found: number | null = month === null ? monthOf(token) : null;
    if (found === null) return null;
    month = found;
  }
  // "26 AUG 62": with a month word, a second two-digit number is the year, in the 1900s.
  if (year === null && twoDigitYear !== null && month !== null) year = 1900 + twoDigitYear;
  if (year === null && day !== null && month !== null && twoDigitYear === null) return null;
  if (year === null) return null;
  if (month === null) return day === null ? iso(year) : null;
  return day === null ? iso(year, month) : iso(year, month, day);
}

/** Returns the ISO form of a printed date, or null when it cannot be read. */
export function toIsoDate(printed: string): string | null {
  const s = printed
    .trim()
    .replace(/^\[(.*)\]$/su, '$1') // an editor's date: [12 August 1946]
    .replace(/^(circa|ca\.|c\.)\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return english(s) ?? eastAsian(s) ?? anyLanguage(s);
}
