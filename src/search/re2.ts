import { createRequire } from 'node:module';
import type * as Re2 from 're2js';

let re2: typeof Re2 | undefined;

/**
 * RE2JS, the JavaScript port of RE2: regular expressions matched in time
 * linear in the text, whatever the pattern, so that no query can hang cable.
 * It loads only for a query with a /regex/; in dist it is a bundle of its own
 * (scripts/bundles.mjs), and the build replaces this module with its load.
 */
export function loadRe2(): typeof Re2 {
  re2 ??= createRequire(import.meta.url)('re2js') as typeof Re2;
  return re2;
}
