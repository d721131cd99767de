/**
 * Reads the printed dates of archive documents ("February, 1949",
 * "September 02, 1953", "1956") and derives ISO 8601 at the same precision.
 */

const MONTHS = [
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

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex(
    (m) => m === w || (w.length >= 3 && m.startsWith(w)) || (w === 'sept' && m === 'september'),
  );
  return index === -1 ? null : index + 1;
}

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

/** Returns the ISO form of a printed date, or null when it cannot be read. */
export function toIsoDate(printed: string): string | null {
  const s = printed
    .trim()
    .replace(/^(circa|ca\.|c\.)\s*/i, '')
    .replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) return iso(Number(m[1]));
  if ((m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s))) {
    return m[3] === undefined ? iso(Number(m[1]), Number(m[2])) : iso(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  // "February, 1949", "Feb. 1949"
  if ((m = /^([A-Za-z]+\.?),? (\d{4})$/.exec(s))) return iso(Number(m[2]), monthNumber(m[1] ?? ''));
  // "September 02, 1953", "July 28 1948", "May 1st, 1950"
  if ((m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s))) {
    return iso(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  }
  // "12 September 1996", "1st April, 1949"
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\.? ([A-Za-z]+\.?),? (\d{4})$/.exec(s))) {
    return iso(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  }
  return null;
}
