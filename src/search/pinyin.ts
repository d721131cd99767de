import { createRequire } from 'node:module';
import type * as PinyinPro from 'pinyin-pro';

let pinyinPro: typeof PinyinPro | undefined;

/**
 * pinyin-pro (MIT): Chinese characters → Hanyu Pinyin. It loads only when a query has Chinese characters; in dist
 * it is a bundle of its own, and the build replaces this module with a load of that bundle (scripts/bundles.mjs).
 */
export function loadPinyin(): typeof PinyinPro {
  pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof PinyinPro;
  return pinyinPro;
}
