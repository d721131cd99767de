import { createRequire } from 'node:module';
import type matterType from 'gray-matter';

let grayMatter: typeof matterType | undefined;

/** gray-matter (with js-yaml and esprima) loads only when a document has front matter, or one is written. */
export function loadGrayMatter(): typeof matterType {
  grayMatter ??= createRequire(import.meta.url)('gray-matter') as typeof matterType;
  return grayMatter;
}
