// Writes src/data/korean.json: the syllables of Korean names in McCune–Reischauer (the romanisation of the Cold War
// record: "Pak Chŏng-hŭi", "Kim Il-sŏng") against Revised Romanization (South Korea's since 2000: "Bak Jeong-hui"),
// for the Hangul syllables (U+AC00–U+D7A3) a name may have (below), each system applied to the syllable as a word.
//   - McCune–Reischauer: the Unicode CLDR transform Korean-Latin/BGN (BGN/PCGN's McCune–Reischauer, Unicode-3.0
//     licence, package cldr-transforms): its rules for a consonant at a word's start, for one between vowels (MR
//     voices it inside a name: "Tae-jung"), for the vowels, and for a consonant at a word's end.
//   - Revised Romanization: @romanize/korean (MIT), which romanises a syllable alone.
// Both are folded as cable's search folds text (breves and apostrophes dropped: "chŏng", "ch'ŏng" → "chong").
// { "mr": { "chong": ["cheong", "jeong", …] }, "english": ["to", …] }: each folded MR form → the RR forms of the
// syllables it may be; and the forms that are English words.
// Run `node scripts/korean-data.mjs [out]` after upgrading either; a test checks the committed file is its output.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const { romanize } = require('@romanize/korean');

// The CLDR rules: `$wordBoundary{ᄀ → k ;`, `[$vowels]ᄀ → g ;`, `ᅥ → ŏ ;`, `ᆨ}$wordBoundary → k ;`.
const rules = readFileSync(join(root, 'node_modules', 'cldr-transforms', 'transforms', 'Korean-Latin-BGN.txt'), 'utf8');
const table = (pattern) => {
  const out = new Map();
  for (const m of rules.matchAll(pattern))
    out.set(m[1], m[2].replace(/\$aspirate|\$apostrophe/g, '’').replace(/\s+/g, ''));
  return out;
};
const atStart = table(/^\$wordBoundary\{(\p{Script=Hangul}) → ([^;]*);/gmu);
const betweenVowels = table(/^\[\$vowels\](\p{Script=Hangul}) → ([^;]*);/gmu);
const vowels = table(/^(\p{Script=Hangul}) → ([^;]*);/gmu);
const atEnd = table(/^(\p{Script=Hangul})\}\$wordBoundary → ([^;]*);/gmu);

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

// Syllables with no final consonant or one read as written (ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ): the syllables of names. Double and
// silent finals (닭, 있) are read differently by the two systems' rules for a syllable alone and would only add noise.
const NAME_FINALS = ['', 'ᆨ', 'ᆫ', 'ᆯ', 'ᆷ', 'ᆸ', 'ᆼ'];

const mr = new Map();
let missing = 0;
for (let code = 0xac00; code <= 0xd7a3; code++) {
  const syllable = String.fromCodePoint(code);
  // A syllable's jamo: initial (ᄀ…), vowel (ᅡ…), final (ᆨ…) if any.
  const [initial = '', vowel = '', final = ''] = [...syllable.normalize('NFD')];
  if (!NAME_FINALS.includes(final)) continue;
  const end = final === '' ? '' : atEnd.get(final);
  const middle = vowels.get(vowel);
  const rr = fold(romanize(syllable));
  if (middle === undefined || end === undefined || rr === '') {
    missing++;
    continue;
  }
  for (const start of [atStart.get(initial), betweenVowels.get(initial)]) {
    if (start === undefined) continue;
    const key = fold(`${start}${middle}${end}`);
    mr.set(key, new Set([...(mr.get(key) ?? []), rr]));
  }
}
// The forms that are also English words ("to", "do", "man"): a query is never widened to one of them, or "Do"
// would find every "to" (src/data/english-lowercase.json, from dictionary-en).
const english = new Set(JSON.parse(readFileSync(join(root, 'src', 'data', 'english-lowercase.json'), 'utf8')).words);
const forms = new Set([...mr.keys(), ...[...mr.values()].flatMap((v) => [...v])]);
const sorted = Object.fromEntries(
  [...mr.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]),
);
const data = {
  source: `McCune–Reischauer: Unicode CLDR transform Korean-Latin/BGN (cldr-transforms ${version('cldr-transforms')}, Unicode-3.0); Revised Romanization: @romanize/korean ${version('@romanize/korean')} (MIT)`,
  mr: sorted,
  english: [...forms].filter((f) => english.has(f)).sort(),
};
writeFileSync(process.argv[2] ?? join(root, 'src', 'data', 'korean.json'), `${JSON.stringify(data)}\n`);
console.log(`${Object.keys(sorted).length} McCune–Reischauer forms; ${missing} syllables without a rule`);
