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

/** A source that is an archival file reference: an archive's abbreviation, or Russian "f. … op. … d." numbering. */
export const CALL_NUMBER = new RegExp(`^(${ALTERNATION})\\b|\\b(f|fond|op|opis|d|delo|l|list|ll)\\.\\s*\\d`, 'i');

/** A footnote that names an archival file: "[1] BArch, B 136/59748, 297-301." (group 1 is the reference). */
export const ARCHIVAL_FOOTNOTE = new RegExp(`^\\[\\d+\\]\\s*((?:${ALTERNATION}|Arhiva|Archive|Archiv)\\b.*)$`);
