import { describe, expect, it } from 'vitest';
import { QueryError } from '../../src/errors.js';
import { ftsExpression } from '../../src/search/fts.js';
import { highlight, matchText } from '../../src/search/match.js';
import { MAX_TERMS, parseQuery } from '../../src/search/query.js';
import { foldText } from '../../src/text/fold.js';
import { wording } from '../helpers.js';

const matches = (text: string, query: string, caseSensitive = false) =>
  matchText(text, parseQuery(query, caseSensitive)) !== null;
const marked = (text: string, query: string) => {
  const ranges = matchText(text, parseQuery(query));
  return ranges === null ? null : highlight(text, ranges, (s) => `[${s}]`);
};

describe('the query language', () => {
  it('words: all must match, as whole words', () => {
    expect(matches('We sent Roshchin to Canton', 'roshchin canton')).toBe(true);
    expect(matches('We sent Roshchin to Canton', 'roshchin beiping')).toBe(false);
    expect(matches('Cantonese food', 'canton')).toBe(false);
  });

  it('"exact phrase"', () => {
    expect(marked('one should not hurry with the creation of a coalition government', '"coalition government"')).toBe(
      'one should not hurry with the creation of a [coalition government]',
    );
    expect(matches('a government of coalition', '"coalition government"')).toBe(false);
    expect(matches('coalition,\n government', '"coalition government"')).toBe(true);
  });

  it('-word excludes', () => {
    expect(matches('Beiping and Nanjing', 'beiping -nanjing')).toBe(false);
    expect(matches('Beiping alone', 'beiping -nanjing')).toBe(true);
    expect(matches('Beiping and Nanjing', 'beiping -"nanjing was"')).toBe(true);
  });

  it('word* is a prefix', () => {
    expect(marked('intelligence-gathering by intelligent agents', 'intellig*')).toBe(
      '[intelligence]-gathering by [intelligent] agents',
    );
    expect(matches('unintelligible', 'intellig*')).toBe(false);
  });

  it('/regex/ matches the original text', () => {
    expect(marked('No. 067.046 and TELEGRAM 066.808', '/\\d{3}\\.\\d{3}/')).toBe(
      'No. [067.046] and TELEGRAM [066.808]',
    );
    expect(matches('Roshchin', '/^Rosh/')).toBe(true);
    expect(matches('roshchin', '/^Rosh/', true)).toBe(false);
  });

  it('ignores case and accents unless asked: Grun finds Grün, Dong finds Đông, Da Nang finds Đà Nẵng', () => {
    expect(marked('Herr Grün sagte', 'grun')).toBe('Herr [Grün] sagte');
    expect(marked('Đông Hà', 'dong')).toBe('[Đông] Hà');
    expect(marked('ta đã bắt đầu đánh Đà Nẵng', '"da nang"')).toBe('ta đã bắt đầu đánh [Đà Nẵng]');
    expect(marked('Irén Rózsa', 'IREN')).toBe('[Irén] Rózsa');
  });

  it('--case-sensitive keeps case but still ignores accents', () => {
    expect(matches('Beiping', 'beiping', true)).toBe(false);
    expect(matches('Beiping', 'Beiping', true)).toBe(true);
    expect(matches('Grün', 'Grun', true)).toBe(true);
  });

  it('refuses an empty query, or one that only excludes', () => {
    expect(() => parseQuery('  ')).toThrow(QueryError);
    expect(wording(() => parseQuery('-nanjing'))).toMatchObject({
      text: expect.stringContaining('at least one word to find'),
      exitCode: 2,
    });
  });

  it('runs any regex RE2 can (nested quantifiers included), and refuses the rest at once, saying why', () => {
    for (const re of [
      '(a+)+$',
      '(a*)*b',
      '(a|aa)+$',
      '(x+x+)+y',
      '(.*a){2,}',
      '((a+))+$',
      '^(([a-z])+.)+[A-Z]([a-z])+$',
    ]) {
      expect(() => parseQuery(`/${re}/`), re).not.toThrow();
    }
    for (const [re, reason] of [
      ['/(a)\\1/', 'back-references'],
      ['/(?<x>a)\\k<x>/', 'back-references'],
      ['/[unclosed/', 'missing closing ]'],
      ['/a/q', 'unknown flag'],
    ] as const) {
      expect(
        wording(() => parseQuery(re)),
        re,
      ).toMatchObject({ exitCode: 2, text: expect.stringContaining(reason) });
    }
  });

  it('matches a nested quantifier in linear time, on text that makes a backtracking engine hang', () => {
    const text = `${'a'.repeat(100000)}!`;
    expect(matchText(text, parseQuery('/(a*)*b/'))).toBeNull();
    expect(matchText(text, parseQuery('/^(a+)+!/'))).toEqual([{ start: 0, end: 100001 }]);
  });

  it('caps the words of a query', () => {
    expect(() => parseQuery(Array.from({ length: MAX_TERMS }, (_, i) => `w${i}`).join(' '))).not.toThrow();
    expect(wording(() => parseQuery(Array.from({ length: MAX_TERMS + 1 }, (_, i) => `w${i}`).join(' ')))).toMatchObject(
      {
        exitCode: 2,
        text: `the query has more than ${MAX_TERMS} words; cable reads at most ${MAX_TERMS}`,
      },
    );
  });

  it('excludes many words in one flat expression', () => {
    expect(ftsExpression(parseQuery('a -b -c -d'))).toBe('("a") NOT ("b" OR "c" OR "d")');
  });

  it('builds the FTS5 expression, leaving regexes to the check after it', () => {
    expect(ftsExpression(parseQuery('Beiping "coalition government" intel* -nanjing'))).toBe(
      '("beiping" AND "coalition government" AND "intel"*) NOT ("nanjing")',
    );
    expect(ftsExpression(parseQuery('/\\d+/'))).toBeNull();
    expect(ftsExpression(parseQuery('/\\d+/ treaty'))).toBe('"treaty"');
  });

  it('folds text the same way for the index and the query', () => {
    expect(foldText('Đà Nẵng, Grün, ÆSIR')).toBe('da nang, grun, aesir');
  });
});

describe('folding for the index and for highlighting agree', () => {
  it('on every paragraph of the corpus, both cases', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { CORPUS } = await import('../helpers.js');
    const { foldWithMap } = await import('../../src/text/fold.js');
    for (const file of readdirSync(CORPUS)) {
      for (const line of readFileSync(join(CORPUS, file), 'utf8').split('\n')) {
        expect(foldText(line)).toBe(foldWithMap(line).text);
        expect(foldText(line, true)).toBe(foldWithMap(line, true).text);
      }
    }
  });
});
