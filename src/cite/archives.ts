/**
 * The archives whose abbreviations open a file reference ("BArch, B 136/59748,
 * 297-301", "RGASPI, F. 558, Op. 11, D. 342"): one list, read both where a
 * citation's source becomes a call number and where a footnote is taken for
 * the document's source.
 */
export const ARCHIVE_ABBREVIATIONS = [
  'BArch',
  'PA AA',
  'RGASPI',
  'AVPRF',
  'APRF',
  'GARF',
  'RGANI',
  'TsAMO',
  'AMVnR',
  'AAN',
  'MOL',
  'MNL',
  'SAPMO',
  'NARA',
  'TNA',
  'PRO',
  'AMAE',
  'AQSh',
  'AMPJ',
] as const;

const ALTERNATION = ARCHIVE_ABBREVIATIONS.join('|');

/**
 * A source that is an archival file reference: an archive's abbreviation, or the Russian numbering of fond,
 * opis', delo and list, transliterated ("F. 558, Op. 11, D. 342") or in Cyrillic ("Ф. 17. Оп. 162. Д. 25. Л. 30").
 */
export const CALL_NUMBER = new RegExp(
  `^(${ALTERNATION})\\b|(?<!\\p{L})(f|fond|op|opis|d|delo|l|list|ll|ф|оп|д|л|лл)\\.\\s*\\d`,
  'iu',
);

/**
 * A line that is an archival reference by its shape: a bracketed "[AA:A2680, 14/1942]" or "[NAA: A1838, 851/18/8]"
 * (an archive's initials and a colon), italic or not, as documents' editors print it under the text.
 */
export const BRACKETED_REFERENCE = /(?:^|\s)_?\[\s*(\p{Lu}{2,6}\s*:\s*[^\]]+?)\s*\]_?$/u;

/** A footnote that gives the source: "[1] Source: Department of State, Central Files, DEF 1 ASIA SE. Top Secret…". */
export const SOURCE_FOOTNOTE = /^\[\d+\]\s*Source:\s*(.+?\.)(?=\s+\p{Lu}\p{Ll}|\s*$)/u;

/** A footnote that names an archival file: "[1] BArch, B 136/59748, 297-301." (group 1 is the reference). */
export const ARCHIVAL_FOOTNOTE = new RegExp(`^\\[\\d+\\]\\s*((?:${ALTERNATION}|Arhiva|Archive|Archiv)\\b.*)$`);
