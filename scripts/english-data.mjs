// Writes src/data/english-lowercase.json: the English words that are only ever written in lower case, which APA's
// sentence case may lower ("Telephone Conversation" → "telephone conversation") while names and proper adjectives
// keep their capital ("Polish", "Chinese", "Kohl"). Source: dictionary-en (Hunspell en_US from SCOWL/Wordlist,
// licence "(MIT AND BSD)"): every stem written in lower case that the dictionary does not also list capitalised.
// Run `node scripts/english-data.mjs [out]` after upgrading it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'node_modules', 'dictionary-en', 'package.json'), 'utf8'));
const stems = readFileSync(join(root, 'node_modules', 'dictionary-en', 'index.dic'), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('/')[0])
  .filter((word) => word !== '');
// A word the dictionary also lists capitalised ("Polish", "March") is a name too; an abbreviation in capitals
// ("ON", Ontario) is not what a title-cased "On" is.
const capitalised = new Set(stems.filter((w) => /^\p{Lu}\p{Ll}*$/u.test(w)).map((w) => w.toLowerCase()));
const words = [...new Set(stems.filter((w) => /^\p{Ll}+$/u.test(w) && !capitalised.has(w)))].sort();
// The words citeproc-js leaves in lower case when it title-cases (CSL.SKIP_WORDS: articles, prepositions,
// conjunctions): in a title-cased title they are never part of a name.
const citeproc = readFileSync(join(root, 'node_modules', 'citeproc', 'citeproc_commonjs.js'), 'utf8');
const skip = JSON.parse(/SKIP_WORDS: (\[[^\]]*\])/.exec(citeproc)[1]).filter((w) => /^[a-z]+$/.test(w));
const citeprocVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'citeproc', 'package.json'), 'utf8'),
).version;
const data = {
  source: `dictionary-en ${pkg.version} (${pkg.license}), index.dic; citeproc ${citeprocVersion} (CPAL-1.0 OR AGPL-1.0), CSL.SKIP_WORDS`,
  words,
  skipWords: [...new Set(skip)].sort(),
};
writeFileSync(process.argv[2] ?? join(root, 'src', 'data', 'english-lowercase.json'), `${JSON.stringify(data)}\n`);
console.log(`${words.length} words`);
