/**
 * Bibliographies are alphabetised on the first word that is not an article (CMOS 18 16.56, MLA 9 5.115, APA 7
 * 9.44): "The Romanian Embassy in Pyongyang" under R, not after every "The …". citeproc sorts on the name as
 * written, so cable moves the entries that open with an English article to their place; the order citeproc gave
 * everything else is kept.
 */
const OPENING = /^[“"‘'«]*\s*/;
const ARTICLE = /^(?:the|a|an)\s+/i;

/** The words an entry is filed under: without its opening quotation mark and article. */
export const filingKey = (entry: string): string => entry.replace(OPENING, '').replace(ARTICLE, '');

const opensWithArticle = (entry: string): boolean => ARTICLE.test(entry.replace(OPENING, ''));

/** An entry with the entries that repeat its author as a dash ("———.", MLA and Chicago) stay together. */
function groups(entries: string[]): string[][] {
  const result: string[][] = [];
  for (const entry of entries) {
    const last = result.at(-1);
    if (last !== undefined && /^[—–-]{2,}/.test(entry)) last.push(entry);
    else result.push([entry]);
  }
  return result;
}

export function fileWithoutArticles(entries: string[]): string[] {
  const all = groups(entries);
  const kept = all.filter((g) => !opensWithArticle(g[0] ?? ''));
  for (const group of all.filter((g) => opensWithArticle(g[0] ?? ''))) {
    const key = filingKey(group[0] ?? '');
    const at = kept.findIndex((g) => filingKey(g[0] ?? '').localeCompare(key, 'en', { sensitivity: 'base' }) > 0);
    kept.splice(at === -1 ? kept.length : at, 0, group);
  }
  return kept.flat();
}
