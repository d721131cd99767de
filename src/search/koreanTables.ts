import * as KOREAN_DATA from './koreanData.js';

/**
 * The Korean syllable table (src/data/korean.json; its sources in scripts/korean-data.mjs) loads only when a search
 * or filter query has a word to spell. In dist it is a bundle of its own, and the build replaces this module with a
 * load of that bundle (scripts/bundles.mjs).
 */
export function loadKorean(): { mr: Record<string, string[]>; english: string[] } {
  return KOREAN_DATA;
}
