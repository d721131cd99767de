import { createRequire } from 'node:module';
import type matterType from 'gray-matter';

let grayMatter: typeof matterType | undefined;

/**
 * gray-matter (with js-yaml) loads only when a document has front matter, or
 * one is written. In dist, the build puts it in a bundle of its own and
 * replaces this module with a load of that bundle (scripts/build.mjs).
 */
export function loadGrayMatter(): typeof matterType {
  grayMatter ??= createRequire(import.meta.url)('gray-matter') as typeof matterType;
  return grayMatter;
}
