import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, cli, SEED, tempDir } from '../helpers.js';

/** A writable copy of the corpus and the seed. */
function collection(): string {
  const dir = tempDir();
  // Documents only: an index that another test left in the fixtures is not part of the copy.
  cpSync(CORPUS, dir, { recursive: true, filter: (src) => src === CORPUS || src.endsWith('.md') });
  cpSync(SEED, join(dir, '121767.md'));
  return dir;
}

describe('cable filter (one document)', () => {
  it('prints the matching points with their markers', async () => {
    const { stdout, code } = await cli(['filter', 'Beiping']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Second\. The information of the Chinese comrades that the democratic leaders of China consider Beiping/,
    );
    expect(stdout.match(/^\w+\. /gm)).toEqual(['Second. ']);
  });

  it('highlights matches on a terminal', async () => {
    const { stdout } = await cli(['filter', 'roshchin'], { tty: true });
    expect(stdout).toContain('We sent \u001b[1m\u001b[33mRoshchin\u001b[39m\u001b[22m to Canton');
  });

  it('labels paragraphs that are not points', async () => {
    const { stdout } = await cli(['filter', 'postponing']);
    expect(stdout).toBe(
      '[preamble ¶4] We are conveying our answers to some of the questions posed by Mao Zedong and are postponing answers to other questions until your return to Moscow. Acquaint Mao Zedong with the answer.\n',
    );
  });

  it('--count, --json, and --section', async () => {
    expect((await cli(['filter', 'Chinese', '--count'])).stdout).toBe('3\n');
    const json = JSON.parse((await cli(['filter', 'spies', '--json'])).stdout);
    expect(json).toEqual([
      { part: 'point', number: 3, marker: 'Third.', text: expect.stringMatching(/^We sent Roshchin/) },
    ]);
    expect((await cli(['filter', 'spies', '--section', 'summary'])).stdout).toMatch(
      /^\[summary ¶1\] Cable from Stalin to Mikoyan/,
    );
    expect(await cli(['filter', 'x', '--section', 'points'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        'unknown section "points"; choose one of: title, date, citation, summary, credits, source, original-language, contents\n',
      ),
    });
  });

  it('exits 1 when nothing matches, like grep', async () => {
    const { code, stdout, stderr } = await cli(['filter', 'Vladivostok']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('cable: no match for Vladivostok in document 121767\n');
  });

  it('takes -word after -- as an exclusion; before it, an unknown option is an error with a suggestion', async () => {
    const { stdout } = await cli(['filter', 'Beiping', '--', '-Nanjing']);
    expect(stdout).toBe('');
    expect((await cli(['filter', 'Chinese', '--count', '--', '-Beiping'])).stdout).toBe('2\n');
    expect(await cli(['filter', 'Beiping', '--secton', 'summary'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^cable: unknown option '--secton'\n\(Did you mean --section\?\)/),
    });
    expect(await cli(['search', '--limt', '3', 'Mao'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^cable: unknown option '--limt'\n\(Did you mean --limit\?\)/),
    });
  });
});

describe('cable search (the collection)', () => {
  it('ranks hits with id, date, title, point and a snippet', async () => {
    const dir = collection();
    const { stdout, code } = await cli(['search', 'Beiping', '--dir', dir]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      '121767  1949-02  point 2  Cable, Joseph Stalin to Anastas Mikoyan\n' +
        '    …that the democratic leaders of China consider Beiping to be a better capital of China than Nanjing was, for us, a pleasant surprise. Of course, Beiping is a…\n',
    );
  });

  it('finds accented words without accents, across documents, with filters', async () => {
    const dir = collection();
    const hits = JSON.parse((await cli(['search', '"da nang"', '--dir', dir, '--json'])).stdout);
    expect(hits.map((h: { id: string }) => h.id)).toEqual(expect.arrayContaining(['176049']));
    expect(hits[0]).toMatchObject({ id: '176049', isoDate: '1975-03-27', part: 'preamble' });
    // One name for one meaning: the ISO date is `isoDate` here as in every other command's JSON.
    expect(hits[0]).not.toHaveProperty('date');
    const nato = JSON.parse(
      (await cli(['search', 'NATO', '--dir', dir, '--json', '--limit', '100', '--from', '1997-05', '--to', '1997-07']))
        .stdout,
    );
    expect([...new Set(nato.map((h: { id: string }) => h.id))].sort()).toEqual(['300239', '300240']);
    const withPoints = JSON.parse(
      (await cli(['search', 'NATO', '--dir', dir, '--json', '--limit', '100', '--has-points'])).stdout,
    );
    expect([...new Set(withPoints.map((h: { id: string }) => h.id))].sort()).toEqual(['300238', '300239']);
  });

  it('prefix, phrase, exclusion, regex and case work through the index', async () => {
    const dir = collection();
    const ids = async (...q: string[]) =>
      JSON.parse((await cli(['search', ...q, '--dir', dir, '--json', '--limit', '500'])).stdout || '[]').map(
        (h: { id: string; number: number }) => `${h.id}:${h.number}`,
      );
    expect(await ids('Roshch*')).toEqual(['121767:3']);
    expect(await ids('"coalition government"')).toEqual(['121767:1']);
    expect(await ids('Beiping', '--', '-Nanjing')).toEqual([]);
    expect(await ids('/TELEGRAM \\d{3}\\.\\d{3}/')).toEqual([
      'telegram-066808-romanian-embassy-pyongyang-romanian-ministry-foreign-affairs:1',
    ]);
    expect(await ids('CCP', '--case-sensitive')).toEqual(await ids('CCP'));
    expect(await ids('ccp', '--case-sensitive')).toEqual([]);
  });

  it('exits 1 when nothing matches', async () => {
    const { code, stdout } = await cli(['search', 'Vladivostok', '--dir', collection()]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
  });

  it('runs a regex that would backtrack without end, in linear time, through the index', async () => {
    const dir = tempDir();
    for (let i = 0; i < 40; i++)
      writeFileSync(join(dir, `${i}.md`), `## 1950\n# A\n\n${'a'.repeat(20000)}b ${'a'.repeat(30)}!\n`);
    const { code, stderr } = await cli(['search', '/(a*)*c/', '--dir', dir]);
    expect(stderr).toBe(`cable: no match for /(a*)*c/ in ${dir}\n`);
    expect(code).toBe(1);
    expect((await cli(['search', '/^(?:a|a?){30}a{30}/', '--dir', dir, '--json', '--limit', '100'])).code).toBe(0);
  });

  it('sees an edit made outside cable at the next search', async () => {
    const dir = collection();
    expect((await cli(['search', 'Vladivostok', '--dir', dir])).code).toBe(1);
    const file = join(dir, '112236.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('About Moscow.', 'About Vladivostok.'));
    const future = new Date(Date.now() + 5000);
    utimesSync(file, future, future);
    const { code, stdout } = await cli(['search', 'Vladivostok', '--dir', dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^112236 {2}1949-01-13 {2}preamble ¶5/);
    // A removed document leaves the index too.
    rmSync(file);
    expect((await cli(['search', 'Vladivostok', '--dir', dir])).code).toBe(1);
  });

  it('rebuilds an index full of garbage bytes', async () => {
    const dir = collection();
    await cli(['index', '--dir', dir]);
    writeFileSync(join(dir, '.cable-index.sqlite'), Buffer.alloc(8192, 0x5a));
    rmSync(join(dir, '.cable-index.sqlite-wal'), { force: true });
    const { code, stdout } = await cli(['search', 'Roshchin', '--dir', dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^121767 {2}1949-02 {2}point 3/);
    const { stdout: status } = await cli(['index', '--status', '--dir', dir]);
    expect(status).toMatch(/documents: 21\n/);
  });

  it('rebuilds a deleted index, and never lists it as a document', async () => {
    const dir = collection();
    await cli(['search', 'Roshchin', '--dir', dir]);
    expect(existsSync(join(dir, '.cable-index.sqlite'))).toBe(true);
    expect(JSON.parse((await cli(['list', '--json', '--dir', dir])).stdout)).toHaveLength(21);
    rmSync(join(dir, '.cable-index.sqlite'));
    expect((await cli(['search', 'Roshchin', '--dir', dir])).code).toBe(0);
    expect(statSync(join(dir, '.cable-index.sqlite')).size).toBeGreaterThan(0);
  });

  it('cable add updates an existing index', async () => {
    const dir = tempDir();
    cpSync(join(CORPUS, '110296.md'), join(dir, '110296.md'));
    await cli(['index', '--dir', dir]);
    await cli(['add', SEED, '--dir', dir]);
    const { stdout } = await cli(['index', '--status', '--dir', dir]);
    expect(stdout).toMatch(/documents: 2\n[^]*up to date/);
  });

  it('index --rebuild and --status', async () => {
    const dir = collection();
    expect((await cli(['index', '--status', '--dir', dir])).stdout).toBe(
      `${join(dir, '.cable-index.sqlite')}\n  no index yet: the next search builds it\n`,
    );
    expect((await cli(['index', '--dir', dir])).stdout).toBe(
      `${join(dir, '.cable-index.sqlite')}\n  built (there was none): 21 documents; 21 added, 0 updated, 0 removed\n`,
    );
    expect((await cli(['index', '--dir', dir])).stdout).toMatch(/up to date: 21 documents/);
    expect((await cli(['index', '--rebuild', '--dir', dir])).stdout).toMatch(
      /built \(a rebuild was asked for\): 21 documents; 21 added/,
    );
    expect(
      readdirSync(dir)
        .filter((f) => f.startsWith('.cable-index'))
        .sort()[0],
    ).toBe('.cable-index.sqlite');
  });

  it('keeps the index of the read-only sample in the cache folder', async () => {
    const cache = tempDir();
    const { code } = await cli(['search', 'Roshchin'], { env: { XDG_CACHE_HOME: cache } });
    expect(code).toBe(0);
    expect(readdirSync(join(cache, 'cable'))[0]).toMatch(/^index-[0-9a-f]{16}\.sqlite/);
  });
});
