// #17: the query set of bench/names-queries.json, written from the corpora: every query finds every document
// whose body prints the name in one of its spellings, except the spellings marked as known misses.
import { describe, expect, it } from 'vitest';
import { namesCollection } from '../../bench/names.mjs';
import { documentTexts, found, QUERIES, relevant } from '../../bench/names-lib.mjs';
import { BIN, freshHome, tempDir } from '../helpers.js';

describe('names in every spelling: the query table', () => {
  const dir = namesCollection(tempDir());
  const texts = documentTexts(dir, BIN);
  const env = { PATH: process.env.PATH ?? '', ...freshHome() };
  const pairs = QUERIES.flatMap((q) =>
    [...relevant(texts, q.spellings, q.known ?? [])].map((id) => ({ query: q.query, lang: q.lang, id })),
  );

  it('has at least 60 query → document pairs, in Chinese, Russian, Korean and Vietnamese names', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(60);
    expect(new Set(pairs.map((p) => p.lang))).toEqual(new Set(['Chinese', 'Russian', 'Korean', 'Vietnamese']));
  });

  it.each(QUERIES.map((q) => [q.query, q] as const))('%s', (_query, q) => {
    const hits = found(BIN, dir, q.query, [], env);
    for (const id of relevant(texts, q.spellings, q.known ?? [])) expect(hits, `${q.query} → ${id}`).toContain(id);
  });
});
