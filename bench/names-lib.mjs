// The names query set against a collection: for each query, the documents it should find (those whose text has
// any of the name's spellings) and those it finds. Shared by `npm run bench:names` and the query-table test.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const QUERIES = JSON.parse(readFileSync(new URL('./names-queries.json', import.meta.url), 'utf8')).queries;

/**
 * Document id → the text a reader sees in its body (preamble, points, closing, notes), which is what search
 * searches: not the title, the header sections, or a FRUS volume's persons list in the front matter.
 */
export function documentTexts(dir, bin) {
  return new Map(
    readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .map((n) => {
        const shown = spawnSync(process.execPath, [bin, 'show', '--doc', join(dir, n), '--json'], { encoding: 'utf8' });
        const doc = JSON.parse(shown.stdout);
        const body = [...doc.preamble, ...doc.points.map((p) => p.text), ...doc.closing, ...doc.notes].join('\n');
        return [doc.id, body.toLowerCase()];
      }),
  );
}

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The documents that print one of the spellings as a whole word (not "Stalin" in "Stalingrad", nor "Микоян" in
 * "Микояну"), in any case; `skip`: spellings left out, e.g. the known misses.
 */
export function relevant(texts, spellings, skip = []) {
  const wanted = spellings
    .filter((s) => !skip.includes(s))
    // Chinese has no spaces between words: a name in characters is found inside a run.
    .map((s) =>
      /\p{Script=Han}/u.test(s)
        ? new RegExp(escapeRegex(s), 'u')
        : new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(s.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u'),
    );
  return new Set([...texts].filter(([, text]) => wanted.some((re) => re.test(text))).map(([id]) => id));
}

/** The documents `cable search` finds for a query (any part), with extra arguments. */
export function found(bin, dir, query, extra = [], env = process.env) {
  const result = spawnSync(
    process.execPath,
    [bin, 'search', ...query.split(' '), '--dir', dir, '--limit', '10000', '--json', ...extra],
    {
      encoding: 'utf8',
      env,
    },
  );
  if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr);
  return new Set(result.status === 1 ? [] : JSON.parse(result.stdout).map((h) => h.id));
}

/** Precision and recall of the found documents against the relevant ones, summed over queries. */
export function score(rows) {
  let hits = 0;
  let retrieved = 0;
  let wanted = 0;
  for (const { relevant: r, found: f } of rows) {
    hits += [...f].filter((id) => r.has(id)).length;
    retrieved += f.size;
    wanted += r.size;
  }
  return {
    precision: retrieved === 0 ? 1 : hits / retrieved,
    recall: wanted === 0 ? 1 : hits / wanted,
    hits,
    retrieved,
    wanted,
  };
}
