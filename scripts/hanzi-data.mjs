// Writes src/data/hanzi.json: the Hanyu Pinyin reading (no tone) of every CJK Unified Ideograph (U+4E00–U+9FFF) and
// of Extension A (U+3400–U+4DBF), as pinyin-pro (MIT) reads the character alone, grouped by reading:
// { "zhou": "周州洲…" }. The search index reads Chinese text with it, one word per character (search/fold.ts).
// Run `node scripts/hanzi-data.mjs [out]` after upgrading pinyin-pro; a test checks the committed file is its output.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(join(root, 'node_modules', 'pinyin-pro', 'package.json'), 'utf8')).version;
const groups = {};
for (const [from, to] of [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
]) {
  for (let code = from; code <= to; code++) {
    const char = String.fromCodePoint(code);
    const reading = pinyin(char, { toneType: 'none', v: true }).toLowerCase();
    if (!/^[a-z]+$/.test(reading)) continue;
    groups[reading] = (groups[reading] ?? '') + char;
  }
}
const sorted = Object.fromEntries(Object.entries(groups).sort(([a], [b]) => a.localeCompare(b)));
const data = { source: `pinyin-pro ${version} (MIT): each character read alone, without tone`, readings: sorted };
writeFileSync(process.argv[2] ?? join(root, 'src', 'data', 'hanzi.json'), `${JSON.stringify(data)}\n`);
console.log(`${Object.values(sorted).join('').length} characters, ${Object.keys(sorted).length} readings`);
