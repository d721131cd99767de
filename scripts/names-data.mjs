// Writes src/data/names.json, the name tables cable's citations read (which part of a name is the family name),
// from maintained, licensed sources, never typed by hand. Run `node scripts/names-data.mjs` after upgrading them.
//   - pinyin-pro (MIT): its surname dictionary (the Hundred Family Surnames and more, with their readings), and
//     the readings of its character dictionary, which give the syllables of Hanyu Pinyin;
//   - @faker-js/faker (MIT): Vietnamese family names and given names; Spanish given names;
//   - Node's ICU data: the cities of the IANA time-zone database and CLDR's English names of countries and regions
//     (places, which send and receive telegrams and are never a person's name to invert).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { es, vi } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fold = (text) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
const sorted = (values) => [...new Set(values)].filter((v) => v !== '').sort();

const pinyinDir = join(dirname(require.resolve('pinyin-pro')), 'esm', 'data');
const surnames = readFileSync(join(pinyinDir, 'surname.mjs'), 'utf8');
const readings = [...surnames.matchAll(/^\s+\S+: '([^']+)',$/gm)].map((m) => m[1]);
const syllables = [];
for (let i = 1; i <= 5; i++) {
  const dict = readFileSync(join(pinyinDir, `dict${i}.mjs`), 'utf8');
  for (const m of dict.matchAll(/^\s+'?((?:\p{L}|\p{M}| )+)'?: /gmu)) syllables.push(...m[1].split(' '));
}

const pkg = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
const data = {
  sources: {
    chineseSurnames: `pinyin-pro ${pkg('pinyin-pro').version} (MIT), dist/esm/data/surname.mjs, readings without tones`,
    pinyinSyllables: `pinyin-pro ${pkg('pinyin-pro').version} (MIT), dist/esm/data/dict1-5.mjs, readings without tones`,
    vietnameseSurnames: `@faker-js/faker ${pkg('@faker-js/faker').version} (MIT), locale vi, person.last_name`,
    vietnameseSyllables: `@faker-js/faker ${pkg('@faker-js/faker').version} (MIT), locale vi, person.first_name, split into syllables`,
    spanishGivenNames: `@faker-js/faker ${pkg('@faker-js/faker').version} (MIT), locale es, person.first_name`,
    spanishSurnames: `@faker-js/faker ${pkg('@faker-js/faker').version} (MIT), locale es, person.last_name`,
    places: `Node.js ICU ${process.versions.icu} (tz ${process.versions.tz}, CLDR ${process.versions.cldr}): time-zone cities, English region names`,
  },
  chineseSurnames: sorted(readings.map((r) => fold(r).replace(/\s+/g, ''))),
  pinyinSyllables: sorted(
    syllables.map((s) => fold(s).replace(/ü/g, 'v')).filter((s) => /^[a-z]*[aeiouv][a-z]*$/.test(s)),
  ),
  vietnameseSurnames: sorted(vi.person.last_name.generic.map(fold)),
  vietnameseSyllables: sorted(
    [...vi.person.first_name.female, ...vi.person.first_name.male, ...vi.person.last_name.generic].flatMap((n) =>
      fold(n).split(/\s+/),
    ),
  ),
  spanishGivenNames: sorted([...es.person.first_name.female, ...es.person.first_name.male].map(fold)),
  spanishSurnames: sorted(es.person.last_name.generic.map(fold)),
  places: sorted([
    ...Intl.supportedValuesOf('timeZone').map((zone) => zone.split('/').at(-1).replace(/_/g, ' ').toLowerCase()),
    ...Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)))
      .map((code) => new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code))
      .filter((name) => name !== undefined)
      .map((name) => name.toLowerCase()),
  ]),
};
// A path as the argument writes there instead (the test that the committed file is this script's output).
writeFileSync(process.argv[2] ?? join(root, 'src', 'data', 'names.json'), `${JSON.stringify(data, null, 2)}\n`);
console.log(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Array.isArray(v) ? v.length : ''])));
