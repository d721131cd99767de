import { loadYaml } from './yaml.js';

/**
 * A collection's own name equivalences, `names.yaml` in its folder: a YAML list whose every item lists the
 * spellings of one name, two or more.
 *
 *     - [Peking, Beijing, Peiping, Beiping]
 *     - [Canton, Guangzhou]
 *     - [Chiang Kai-shek, Jiang Jieshi]
 *
 * Pure: the text in, each name's spellings (as written) out, or the first problem with its line.
 */
export type NamesFile = { groups: string[][] } | { problem: { line: number; reason: string } };

export function parseNamesFile(text: string): NamesFile {
  const YAML = loadYaml();
  const document = YAML.parseDocument(text, { prettyErrors: false });
  const error = document.errors[0];
  if (error !== undefined) {
    const line = error.linePos?.[0]?.line ?? 1;
    return { problem: { line, reason: 'is not YAML' } };
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return { groups: [] };
  if (!Array.isArray(value)) return { problem: { line: 1, reason: 'is not a list' } };
  const groups: string[][] = [];
  for (const [index, item] of value.entries()) {
    const node = (document.contents as { items?: { range?: number[] }[] } | null)?.items?.[index];
    const line = node?.range?.[0] === undefined ? 1 : text.slice(0, node.range[0]).split('\n').length;
    if (!Array.isArray(item) || item.length < 2 || !item.every((s) => typeof s === 'string' && /[\p{L}\p{N}]/u.test(s)))
      return { problem: { line, reason: 'is not a list of two or more spellings' } };
    groups.push(item as string[]);
  }
  return { groups };
}
