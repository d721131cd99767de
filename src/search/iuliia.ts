import { createRequire } from 'node:module';
import type * as Iuliia from 'iuliia';

let iuliia: typeof Iuliia | undefined;

/**
 * iuliia (MIT): Cyrillic → Latin in every scheme it knows (BGN/PCGN, ISO 9, ALA-LC, the French MVD convention,
 * scientific, Wikipedia…). It loads only when a search or filter query is spelled; in dist it is a bundle of its
 * own, and the build replaces this module with a load of that bundle (scripts/bundles.mjs).
 */
export function loadIuliia(): typeof Iuliia {
  iuliia ??= createRequire(import.meta.url)('iuliia') as typeof Iuliia;
  return iuliia;
}
