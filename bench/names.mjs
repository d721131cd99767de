// npm run bench:names — precision and recall of `cable search` for names in other spellings, on the query set of
// bench/names-queries.json over the test corpora (the Wilson corpus, the hard documents, the seed, two FRUS
// excerpts), with other spellings (the default) and with --exact-spelling.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentTexts, found, QUERIES, relevant, score } from './names-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'cable.js');
const fixtures = join(root, 'tests', 'fixtures');

export function namesCollection(dir) {
  for (const from of [join(fixtures, 'corpus'), join(fixtures, 'hard', 'docs')])
    for (const name of readdirSync(from).filter((n) => n.endsWith('.md'))) cpSync(join(from, name), join(dir, name));
  cpSync(join(root, 'documents', '121767.md'), join(dir, '121767.md'));
  const volumes = ['frus1955-57v02', 'frus1969-76v19p1'].map((v) => join(fixtures, 'frus', `${v}.excerpt.xml`));
  const imported = spawnSync(process.execPath, [bin, 'import', ...volumes, '--dir', dir], { encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(imported.stderr);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const home = mkdtempSync(join(tmpdir(), 'cable-names-home-'));
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
  };
  const dir = namesCollection(mkdtempSync(join(tmpdir(), 'cable-names-')));
  const texts = documentTexts(dir, bin);
  const rows = { spelled: [], exact: [], claimed: [] };
  const byLanguage = new Map();
  for (const q of QUERIES) {
    const all = relevant(texts, q.spellings);
    const spelled = found(bin, dir, q.query, [], env);
    const exact = found(bin, dir, q.query, ['--exact-spelling'], env);
    rows.spelled.push({ relevant: all, found: spelled });
    rows.exact.push({ relevant: all, found: exact });
    rows.claimed.push({ relevant: relevant(texts, q.spellings, q.known ?? []), found: spelled });
    const lang = byLanguage.get(q.lang) ?? [];
    lang.push({ relevant: all, found: spelled });
    byLanguage.set(q.lang, lang);
  }
  const line = (name, s) =>
    `${name.padEnd(34)} precision ${(100 * s.precision).toFixed(1).padStart(5)}%  recall ${(100 * s.recall).toFixed(1).padStart(5)}%  (${s.hits} of ${s.wanted} relevant found, ${s.retrieved} found)`;
  console.log(
    `${QUERIES.length} queries, ${rows.spelled.reduce((n, r) => n + r.relevant.size, 0)} query → document pairs`,
  );
  console.log(line('other spellings (default)', score(rows.spelled)));
  console.log(line('--exact-spelling', score(rows.exact)));
  console.log(line('default, without the known misses', score(rows.claimed)));
  for (const [lang, r] of byLanguage) console.log(line(`  ${lang}`, score(r)));
  // Common English words that are also syllables: other spellings must not add hits to them.
  const words = ['long', 'he', 'chang', 'tung', 'king', 'canton', 'so', 'can'];
  const added = words.map((w) => found(bin, dir, w, [], env).size - found(bin, dir, w, ['--exact-spelling'], env).size);
  console.log(
    `English words (${words.join(', ')}): ${added.reduce((a, b) => a + b, 0)} documents added by other spellings`,
  );
  // And the collection's own most frequent words, typed with a capital (as a name would be): which gain documents
  // from other spellings, and how many.
  const counts = new Map();
  for (const text of texts.values())
    for (const w of text.match(/\b[a-z]{2,}\b/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const frequent = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 150);
  const gained = [];
  for (const [w] of frequent) {
    const typed = w[0].toUpperCase() + w.slice(1);
    const more = found(bin, dir, typed, [], env).size - found(bin, dir, typed, ['--exact-spelling'], env).size;
    if (more > 0) gained.push(`${typed} +${more}`);
  }
  console.log(
    `the ${frequent.length} most frequent words, capitalised: ${gained.length} gain documents (${gained.join(', ')})`,
  );
  rmSync(dir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
}
