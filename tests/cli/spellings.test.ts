// #17, first part: Chinese names in Pinyin and Wade-Giles find each other, syllable by syllable.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/query.js';
import { russianSpellings } from '../../src/search/russian.js';
import { otherSpellings } from '../../src/search/spellings.js';
import { cli, corpusWithFrus, FIXTURES, tempDir } from '../helpers.js';

describe("other spellings of a word (pypinyin's Wade-Giles tables)", () => {
  it.each([
    ['zhou', [['chou']]],
    ['enlai', [['en', 'lai']]],
    ['zedong', [['tse', 'tung'], ['tsetung']]],
    ['tsetung', [['ze', 'dong'], ['zedong'], ['zetong'], ['ze', 'tong']]],
    ['qing', [['ch', 'ing'], ['ching']]],
    [
      'peiping',
      [['bei', 'bing'], ['beibing'], ['beiping'], ['bei', 'ping'], ['peibing'], ['pei', 'bing'], ['pei', 'ping']],
    ],
  ])('%s', (word, expected) => {
    for (const spelling of expected) expect(otherSpellings(word)).toContainEqual(spelling);
  });

  it('reads Wade-Giles without apostrophes as every syllable it may be', () => {
    const chu = otherSpellings('chu').map((s) => s.join(' '));
    for (const pinyin of ['zhu', 'ju', 'qu']) expect(chu).toContain(pinyin);
  });

  it('spells a one-syllable word only when typed with a capital: "long" and "he" stay English', () => {
    expect(parseQuery('long he', false, otherSpellings).terms.map((t) => t.kind !== 'regex' && t.spellings)).toEqual([
      undefined,
      undefined,
    ]);
    const [zhou, enlai] = parseQuery('Zhou enlai', false, otherSpellings).terms;
    expect(zhou?.kind !== 'regex' && zhou?.spellings?.others).toContainEqual(['chou']);
    expect(enlai?.kind !== 'regex' && enlai?.spellings?.others).toContainEqual(['en', 'lai']);
    expect(parseQuery('Zhou', true, otherSpellings).terms[0]).not.toHaveProperty('spellings');
  });
});

const collection = () => corpusWithFrus({ seed: true });

describe('cable search across romanisations', () => {
  it('"Zhou Enlai" finds Chou En-lai, says so, and ranks the spelling typed first', async () => {
    const dir = await collection();
    const { stdout, code } = await cli(['search', 'Zhou Enlai', '--dir', dir, '--limit', '100']);
    expect(code).toBe(0);
    const blocks = stdout.split('\n\n');
    expect(blocks.some((b) => b.includes('Chou ≈ Zhou, En-lai ≈ Enlai'))).toBe(true);
    // The Chinese original in 208198's notes too: 周恩来, read as Zhou Enlai.
    expect(blocks.some((b) => b.includes('周 ≈ Zhou, 恩来 ≈ Enlai'))).toBe(true);
    const first = blocks.findIndex((b) => b.includes('≈'));
    expect(first).toBeGreaterThan(0);
    expect(blocks.slice(first).every((b) => b.includes('≈'))).toBe(true);
    expect(blocks.slice(0, first).every((b) => /Zhou Enlai/.test(b) && !b.includes('≈'))).toBe(true);
    const json = JSON.parse((await cli(['search', 'Zhou Enlai', '--dir', dir, '--limit', '100', '--json'])).stdout);
    expect(json.find((h: { id: string }) => h.id === 'frus1955-57v02-d11').spellings).toEqual([
      { typed: 'Zhou', found: 'Chou' },
      { typed: 'Enlai', found: 'En-lai' },
    ]);
    const exact = await cli(['search', 'Zhou Enlai', '--exact-spelling', '--dir', dir, '--limit', '100']);
    expect(exact.stdout).not.toContain('Chou En-lai');
  });

  it('"Chou En-lai" finds Zhou Enlai, and "Mao Tse-tung" Mao Zedong', async () => {
    const dir = await collection();
    const chou = await cli(['search', 'Chou En-lai', '--dir', dir, '--limit', '100', '--json']);
    expect(JSON.parse(chou.stdout).map((h: { id: string }) => h.id)).toContain('208198');
    const mao = JSON.parse((await cli(['search', 'Mao Tse-tung', '--dir', dir, '--limit', '100', '--json'])).stdout);
    // The 1969-76 volume's persons list declares "Mao Tse-tung (Mao Zedong)": the whole name matches, as one.
    expect(mao.find((h: { id: string }) => h.id === '110296').spellings).toEqual([
      { typed: 'Mao Tse-tung', found: 'Mao Zedong' },
    ]);
  });

  it('filter: "Peiping" finds the seed\'s Beiping', async () => {
    const { stdout } = await cli(['filter', 'Peiping']);
    expect(stdout).toMatch(
      /^Second\. The information of the Chinese comrades that the democratic leaders of China consider Beiping/,
    );
    expect((await cli(['filter', 'Peiping', '--exact-spelling'])).code).toBe(1);
  });
});

describe('Russian names in Cyrillic and in every Latin scheme (iuliia)', () => {
  it('writes a Cyrillic word in the schemes, and reads a Latin one back', () => {
    expect(russianSpellings('хрущев')).toEqual(expect.arrayContaining(['khrushchev', 'hruscev', 'khrouchtchev']));
    expect(russianSpellings('khrushchev')).toEqual(expect.arrayContaining(['хрущев~', 'hruscev', 'khrouchtchev']));
    expect(russianSpellings('stalin')).toContain('сталин~');
    // Read back only with schemes whose letters survive folding: ISO 9's "š" would make every s a ш.
    expect(russianSpellings('stalin')).not.toContain('шталин~');
  });

  it('"Voroshilov" finds the Politburo\'s Ворошилов, and "Ворошилов" a translation\'s Voroshilov', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'hard', 'docs', 'ru-1927-politburo-voroshilov-questions.md'), join(dir, 'ru-1927.md'));
    writeFileSync(
      join(dir, 'memo.md'),
      '## 1927\n\n# A Memorandum\n\n1. Voroshilov reported on the army.\n\n2. Nothing else.\n',
    );
    const latin = JSON.parse((await cli(['search', 'Voroshilov', '--dir', dir, '--json'])).stdout);
    // The first it meets, with its case ending: "Ворошилова" (genitive) or "Ворошилов".
    const found = latin.find((h: { id: string }) => h.id === 'ru-1927').spellings;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ typed: 'Voroshilov', found: expect.stringMatching(/^Ворошилов\p{L}{0,3}$/u) });
    const cyrillic = JSON.parse((await cli(['search', 'Ворошилов', '--dir', dir, '--json'])).stdout);
    expect(cyrillic.find((h: { id: string }) => h.id === 'memo').spellings).toEqual([
      { typed: 'Ворошилов', found: 'Voroshilov' },
    ]);
  });
});

describe('a name in Chinese characters (pinyin-pro)', () => {
  it('"毛泽东" finds Mao Zedong, and "周恩来" both Zhou Enlai and Chou En-lai', async () => {
    const dir = await collection();
    const mao = JSON.parse((await cli(['search', '毛泽东', '--dir', dir, '--json'])).stdout);
    expect(mao.find((h: { id: string }) => h.id === '110296').spellings).toEqual([
      { typed: '毛泽东', found: 'Mao Zedong' },
    ]);
    const zhou = JSON.parse((await cli(['search', '周恩来', '--dir', dir, '--limit', '100', '--json'])).stdout);
    const found = new Set(zhou.flatMap((h: { spellings: { found: string }[] }) => h.spellings.map((s) => s.found)));
    expect([...found].sort()).toEqual(['Chou En-lai', 'Zhou Enlai']);
  });
});

describe("the collection's own spellings: names.yaml", () => {
  it('finds a name in every spelling the file lists, multi-word names included', async () => {
    const dir = await collection();
    writeFileSync(
      join(dir, 'names.yaml'),
      '- [Peking, Beijing, Peiping, Beiping]\n- [Chiang Kai-shek, Jiang Jieshi]\n',
    );
    writeFileSync(
      join(dir, 'jiang.md'),
      '## 1949\n\n# A Note\n\n1. Jiang Jieshi left for Taiwan.\n\n2. Nothing else.\n',
    );
    const beiping = JSON.parse((await cli(['search', 'Beiping', '--dir', dir, '--limit', '100', '--json'])).stdout);
    // The seed has Beiping as typed, first; the FRUS telegrams have Peking.
    expect(beiping[0].id).toBe('121767');
    expect(
      beiping.some((h: { spellings: unknown[] }) => JSON.stringify(h.spellings).includes('"found":"Peking"')),
    ).toBe(true);
    const chiang = JSON.parse((await cli(['search', 'Chiang Kai-shek', '--dir', dir, '--json'])).stdout);
    expect(chiang.find((h: { id: string }) => h.id === 'jiang').spellings).toEqual([
      { typed: 'Chiang Kai-shek', found: 'Jiang Jieshi' },
    ]);
    const exact = await cli(['search', 'Chiang Kai-shek', '--exact-spelling', '--dir', dir]);
    expect(exact.stdout).not.toContain('Jiang Jieshi');
  });

  it('a names.yaml that is not lists of spellings is an error naming its line and the fix', async () => {
    const dir = await collection();
    writeFileSync(join(dir, 'names.yaml'), '- [Peking, Beijing]\n- Canton\n');
    const { code, stderr, stdout } = await cli(['search', 'Beiping', '--dir', dir]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(
      `cable: ${join(dir, 'names.yaml')}:2: is not a list of two or more spellings; write each name as a list of its spellings, as in - [Peking, Beijing]\n`,
    );
  });
});

describe('Korean names in McCune–Reischauer and Revised Romanization (CLDR, @romanize/korean)', () => {
  it.each([
    // McCune–Reischauer without breves is ambiguous: 정, 종, 청, 총 are all "chong".
    ['chong', ['jeong', 'jong', 'cheong']],
    ['pak', ['bak']],
    ['tae', ['dae']],
    ['jeong', ['chong']],
    ['seong', ['song']],
    ['gwon', ['kwon']],
  ])('%s is also %j', (word, expected) => {
    const found = otherSpellings(word, true).map((s) => s.join(' '));
    for (const other of expected) expect(found).toContain(other);
  });

  it('a word looked for alone is never widened to an English word; beside a name it is', () => {
    expect(otherSpellings('do').map((s) => s.join(' '))).not.toContain('to');
    expect(otherSpellings('do', true).map((s) => s.join(' '))).toContain('to');
    expect(otherSpellings('seong').map((s) => s.join(' '))).not.toContain('song');
    // A longer word is not cut into Korean syllables: "into" is not in + to.
    expect(otherSpellings('into', true).map((s) => s.join(' '))).not.toContain('in do');
  });

  it('"Gim Il-seong" finds the FRUS telegrams\' Kim Il-song, "Jeong Il-gwon" their Chong Il-kwon', async () => {
    const dir = await collection();
    const kim = JSON.parse((await cli(['search', 'Gim Il-seong', '--dir', dir, '--limit', '100', '--json'])).stdout);
    expect(kim.length).toBeGreaterThan(0);
    for (const hit of kim) expect(hit.text.toLowerCase()).toMatch(/kim il-song/);
    expect(kim[0].spellings).toEqual([
      { typed: 'Gim', found: 'Kim' },
      { typed: 'Il-seong', found: 'Il-song' },
    ]);
    const chong = JSON.parse((await cli(['search', 'Jeong Il-gwon', '--dir', dir, '--json'])).stdout);
    expect(chong.map((h: { text: string }) => h.text).join(' ')).toContain('Chong Il-kwon');
  });
});

describe('conventional spellings of Chinese names (CC-CEDICT)', () => {
  it('"Jiang Jieshi" and "蒋介石" find Chiang Kai-shek; "Chiang Kai-shek" finds 蒋介石', async () => {
    const dir = await collection();
    cpSync(join(FIXTURES, 'hard', 'docs', 'mao-1945-04-23-two-destinies-of-china.md'), join(dir, 'mao1945.md'));
    const ids = async (query: string) =>
      JSON.parse((await cli(['search', query, '--dir', dir, '--limit', '100', '--json'])).stdout).map(
        (h: { id: string; spellings: { found: string }[] }) => `${h.id} ${h.spellings.map((s) => s.found).join()}`,
      );
    expect(await ids('Jiang Jieshi')).toContain('300638 Chiang Kai-shek');
    expect(await ids('蒋介石')).toContain('300638 Chiang Kai-shek');
    expect(await ids('Chiang Kai-shek')).toContain('mao1945 蒋介石');
    const exact = await cli(['search', 'Jiang Jieshi', '--exact-spelling', '--dir', dir]);
    expect(exact.code).toBe(1);
  });
});
