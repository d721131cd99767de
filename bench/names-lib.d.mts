export interface NameQuery {
  query: string;
  lang: string;
  spellings: string[];
  known?: string[];
}
export const QUERIES: NameQuery[];
export function documentTexts(dir: string, bin: string): Map<string, string>;
export function relevant(texts: Map<string, string>, spellings: string[], skip?: string[]): Set<string>;
export function found(bin: string, dir: string, query: string, extra?: string[], env?: NodeJS.ProcessEnv): Set<string>;
export function score(rows: { relevant: Set<string>; found: Set<string> }[]): {
  precision: number;
  recall: number;
  hits: number;
  retrieved: number;
  wanted: number;
};
