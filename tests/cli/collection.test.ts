import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCollection, SAMPLE_DIR } from '../../src/store/collection.js';
import { BIN, CORPUS, cli, freshHome, ROOT, SEED, tempDir } from '../helpers.js';

const seedText = readFileSync(SEED, 'utf8');

/** A writable collection holding copies of some corpus documents. */
function collectionOf(...files: string[]): string {
  const dir = tempDir();
  for (const f of files) cpSync(join(CORPUS, f), join(dir, f));
  return dir;
}

describe('where the collection is', () => {
  it('takes --dir, then $CABLE_DIR, then ./documents, then the data folder, then the sample', () => {
    const cwd = tempDir();
    const flag = tempDir();
    const envDir = tempDir();
    const data = tempDir();
    const env = { XDG_DATA_HOME: data, CABLE_DIR: envDir };
    expect(resolveCollection(flag, env, cwd)).toMatchObject({ dir: flag, source: 'flag' });
    expect(resolveCollection(undefined, env, cwd)).toMatchObject({ dir: envDir, source: 'env' });
    mkdirSync(join(cwd, 'documents'));
    expect(resolveCollection(undefined, { XDG_DATA_HOME: data }, cwd)).toMatchObject({
      dir: join(cwd, 'documents'),
      source: 'cwd',
    });
    const elsewhere = tempDir();
    expect(resolveCollection(undefined, { XDG_DATA_HOME: data }, elsewhere)).toMatchObject({ source: 'sample' });
    mkdirSync(join(data, 'cable'));
    expect(resolveCollection(undefined, { XDG_DATA_HOME: data }, elsewhere)).toMatchObject({
      dir: join(data, 'cable'),
      source: 'user',
    });
    expect(resolveCollection(undefined, { ...freshHome() }, elsewhere)).toMatchObject({
      dir: SAMPLE_DIR,
      source: 'sample',
      readOnly: true,
    });
  });

  it('cable where says which and why', async () => {
    const dir = collectionOf('110296.md');
    const { stdout } = await cli(['where'], { env: { CABLE_DIR: dir } });
    expect(stdout).toBe(`${dir}\n  why: set by $CABLE_DIR\n  documents: 1\n`);
    expect((await cli(['where'])).stdout).toMatch(
      /why: the sample shipped with cable \(read-only;[^\n]*\n {2}documents: 1\n {2}read-only\n$/,
    );
  });

  it('a --dir that does not exist is an error naming it', async () => {
    const { code, stderr } = await cli(['list', '--dir', '/nonexistent/folder']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'cable: /nonexistent/folder: no such folder (from --dir); create it with mkdir -p, or choose another collection\n',
    );
  });

  it('works from any folder on the sample shipped with cable', async () => {
    expect((await cli(['point', '3'], { cwd: tempDir() })).stdout).toMatch(/^Third\./);
  });
});

describe('ids and --doc', () => {
  it('selects by id, unique id prefix, path, or title words', async () => {
    const cwd = tempDir();
    cpSync(CORPUS, join(cwd, 'documents'), { recursive: true, filter: (src) => src === CORPUS || src.endsWith('.md') });
    const title = async (doc: string) => (await cli(['show', '--section', 'title', '--doc', doc], { cwd })).stdout;
    expect(await title('300653')).toMatch(/^Letter, Jawaharlal Nehru/);
    expect(await title('30065')).toMatch(/^Letter, Jawaharlal Nehru/);
    expect(await title('cable-mao')).toMatch(/^Cable, Mao Zedong to Filippov/);
    expect(await title('documents/111866.md')).toMatch(/^Telegram, Zhou Enlai/);
    expect(await title('nehru premiers')).toMatch(/^Letter, Jawaharlal Nehru/);
    expect(await title('Grun')).toBe(''); // no match: stdout stays empty
  });

  it('lists the candidates and exits 2 when a title is ambiguous', async () => {
    const dir = collectionOf('300237.md', '300238.md', '300653.md');
    const { code, stderr, stdout } = await cli(['cite', '--doc', "chancellor's", '--dir', dir]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^cable: 2 documents match "chancellor's"; choose one with --doc ID:\n {2}300237 {2}1996-09-12 {2}The Chancellor's \[Helmut Kohl's\] Telephone[^\n]*\n {2}300238 {2}1997-04-23 {2}The Chancellor's/,
    );
  });

  it('lists the documents when several exist and no --doc is given', async () => {
    const dir = collectionOf('110296.md', '112236.md');
    const { code, stderr } = await cli(['point', '1', '--dir', dir]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `cable: 2 documents in ${dir}; choose one with --doc ID:\n  110296  1947-12-16  Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]\n  112236  1949-01-13  Cable, Terebin to Stalin [via Kuznetsov]\n`,
    );
  });

  it('an id comes from the citation URL, a numeric file name, or the file name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'stalin-cable.md'), seedText);
    writeFileSync(join(dir, 'notes.md'), '## 1950\n# Notes\n');
    const ids = JSON.parse((await cli(['list', '--json', '--dir', dir])).stdout).map((d: { id: string }) => d.id);
    expect(ids.sort()).toEqual(['121767', 'notes']);
  });
});

describe('cable list', () => {
  it('is served by the index, and sees at once an edit, a new file and a removal made outside cable', async () => {
    const dir = tempDir();
    const env = freshHome();
    writeFileSync(join(dir, '121767.md'), seedText);
    const list = async () => (await cli(['list', '--dir', dir, '--format', 'tsv'], { env })).stdout;
    expect(await list()).toContain('121767\t1949-02\tRussian\t5\tCable, Joseph Stalin to Anastas Mikoyan');
    // The index beside the collection holds what the table shows.
    expect(readdirSync(dir)).toContain('.cable-index.sqlite');
    writeFileSync(join(dir, '121767.md'), seedText.replace('to Anastas Mikoyan', 'to A. Mikoyan'));
    expect(await list()).toContain('\tCable, Joseph Stalin to A. Mikoyan\n');
    cpSync(join(CORPUS, '300237.md'), join(dir, '300237.md'));
    expect((await list()).split('\n')).toHaveLength(4);
    writeFileSync(join(dir, '300237.md'), '');
    const after = await cli(['list', '--dir', dir, '--format', 'tsv'], { env });
    expect(after.stdout).not.toContain('300237');
    // A file that is no document is said at every list, changed or not.
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0, 1, 2]));
    for (let run = 0; run < 2; run++)
      expect((await cli(['list', '--dir', dir], { env })).stderr).toContain('binary.md: is a binary file');
    // --json prints the documents themselves, read from their files.
    const json = JSON.parse((await cli(['list', '--dir', dir, '--json'], { env })).stdout);
    expect(json.map((d: { id: string; points: unknown[] }) => [d.id, d.points.length])).toEqual([['121767', 5]]);
  });

  it('lists all 20 corpus documents, by date', async () => {
    const { stdout, code } = await cli(['list', '--dir', CORPUS]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('ID                        DATE        LANGUAGE  PTS  TITLE');
    expect(lines).toHaveLength(21);
    expect(lines[1]).toBe(
      '110296                    1947-12-16  -           0  Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]',
    );
    expect(lines[4]).toBe(
      '300653                    1949-04-01  English    33  Letter, Jawaharlal Nehru to All Provincial Premiers',
    );
    expect(lines[20]).toMatch(/^300242 {20}1997-10-31 {2}German {6}9 {2}The Chancellor's/);
  });

  it('cuts titles to $COLUMNS', async () => {
    const { stdout } = await cli(['list', '--dir', CORPUS], { env: { COLUMNS: '90' } });
    for (const line of stdout.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(90);
    expect(stdout).toContain(
      'report-hungarian-foreig…  1950-05-06  -           0  Report, Hungarian Foreign Ministry…\n',
    );
  });

  it.each([
    [
      ['--from', '1949', '--to', '1949'],
      ['112236', '300653'],
    ],
    [
      ['--from', '1967-11-06', '--to', '1967-11'],
      ['300639', '300640', '300641'],
    ],
    [
      ['--language', 'japanese'],
      ['300638', '300639', '300640', '300641'],
    ],
    [
      ['--has-points', '--to', '1960'],
      ['300653', '111866'],
    ],
    [
      ['--sort', 'id', '--language', 'German'],
      ['300237', '300238', '300239', '300240', '300241', '300242'],
    ],
    [
      ['--sort', 'title', '--from', '1975', '--to', '1996'],
      [
        'dvincitest-node-100359',
        '176049',
        'telegram-066808-romanian-embassy-pyongyang-romanian-ministry-foreign-affairs',
        '300237',
      ],
    ],
  ])('filters and sorts: %j', async (args, ids) => {
    const { stdout } = await cli(['list', '--dir', CORPUS, '--json', ...args]);
    expect(JSON.parse(stdout).map((d: { id: string }) => d.id)).toEqual(ids);
  });

  it('prints TSV with --format tsv', async () => {
    const { stdout } = await cli(['list', '--dir', CORPUS, '--format', 'tsv', '--language', 'english']);
    expect(stdout).toBe(
      'id\tdate\tlanguage\tpoints\ttitle\n300653\t1949-04-01\tEnglish\t33\tLetter, Jawaharlal Nehru to All Provincial Premiers\n',
    );
  });

  it('refuses a date that is not ISO, and an unknown sort key (exit 2)', async () => {
    expect(await cli(['list', '--from', 'Feb 1949'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--from takes an ISO date such as 1949'),
    });
    expect(await cli(['list', '--sort', 'size'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Allowed choices are date, id, title'),
    });
  });

  it('lists the readable documents and warns about the rest', async () => {
    const dir = collectionOf('110296.md');
    writeFileSync(join(dir, 'broken.md'), Buffer.from([0, 1, 2, 3]));
    const { stdout, stderr, code } = await cli(['list', '--dir', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain('110296');
    expect(stderr).toBe(
      `cable: warning: ${join(dir, 'broken.md')}: is a binary file (it contains NUL bytes), not a Markdown document\n`,
    );
  });
});

describe('cable add', () => {
  it('stores a document as <id>.md with its provenance, and says so', async () => {
    const dir = tempDir();
    const cwd = tempDir();
    writeFileSync(join(cwd, 'scan.md'), seedText.replace(/\n/g, '\r\n'));
    const { code, stdout, stderr } = await cli(['add', 'scan.md', '--dir', dir], { cwd });
    expect(code).toBe(0);
    expect(stdout).toBe('121767\n');
    expect(stderr).toBe(`added: 121767 → ${join(dir, '121767.md')}\n`);
    const stored = readFileSync(join(dir, '121767.md'), 'utf8');
    expect(stored).toMatch(
      /^---\ncable:\n {2}source: "scan\.md"\n {2}added: "\d{4}-\d\d-\d\dT[\d:.]+Z"\n {2}sha256: [0-9a-f]{64}\n---\n\n*## \*\*February, 1949\*\*/,
    );
    expect(readdirSync(dir)).toEqual(['121767.md']);
    // The stored document reads the same as the original.
    const original = JSON.parse((await cli(['show', '--json', '--doc', join(cwd, 'scan.md')])).stdout);
    const copy = JSON.parse((await cli(['show', '--json', '--dir', dir])).stdout);
    // Everything but the path, the front matter, and the lines it shifts down.
    const comparable = (d: { points: object[] }) => ({
      ...d,
      path: '',
      frontMatter: {},
      points: d.points.map((p) => ({ ...p, line: 0 })),
    });
    expect(comparable(copy)).toEqual(comparable(original));
    expect((await cli(['check', '--dir', dir])).code).toBe(0);
  });

  it('reports an identical document as already present, and leaves it alone', async () => {
    const dir = tempDir();
    await cli(['add', SEED, '--dir', dir]);
    const before = readFileSync(join(dir, '121767.md'), 'utf8');
    const { code, stderr } = await cli(['add', SEED, '--dir', dir]);
    expect(code).toBe(0);
    expect(stderr).toBe(`already present, unchanged: 121767 → ${join(dir, '121767.md')}\n`);
    expect(readFileSync(join(dir, '121767.md'), 'utf8')).toBe(before);
  });

  it('refuses a different document with the same id unless --force', async () => {
    const dir = tempDir();
    const cwd = tempDir();
    await cli(['add', SEED, '--dir', dir]);
    writeFileSync(
      join(cwd, 'edited.md'),
      seedText.replace('Fifth. On other questions', 'Fifth. On all other questions'),
    );
    const refused = await cli(['add', 'edited.md', '--dir', dir], { cwd });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `cable: edited.md: a different document with id 121767 is already in the collection (${join(dir, '121767.md')}); pass --force to replace it\n`,
    );
    expect(readFileSync(join(dir, '121767.md'), 'utf8')).toContain('Fifth. On other questions');
    const forced = await cli(['add', '--force', 'edited.md', '--dir', dir], { cwd });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/^replaced: 121767/);
    expect(readFileSync(join(dir, '121767.md'), 'utf8')).toContain('Fifth. On all other questions');
    expect(readdirSync(dir)).toEqual(['121767.md']);
  });

  it('reads standard input with -, taking the id from the URL or --id', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(['add', '-', '--dir', dir], { stdin: seedText });
    expect(code).toBe(0);
    expect(stdout).toBe('121767\n');
    expect(readFileSync(join(dir, '121767.md'), 'utf8')).toContain('source: "(stdin)"');
    const noUrl = readFileSync(join(CORPUS, '110296.md'), 'utf8');
    expect(await cli(['add', '-', '--dir', dir], { stdin: noUrl })).toMatchObject({
      code: 1,
      stderr: 'cable: (stdin): not added: it has no citation URL to take an id from; give one with --id ID\n',
    });
    expect(await cli(['add', '-', '--id', 'kuznetsov-1947', '--dir', dir], { stdin: noUrl })).toMatchObject({
      code: 0,
      stdout: 'kuznetsov-1947\n',
    });
    expect(readdirSync(dir).sort()).toEqual(['121767.md', 'kuznetsov-1947.md']);
  });

  it('adds several files, reporting each bad one and exiting 1', async () => {
    const dir = tempDir();
    const cwd = tempDir();
    writeFileSync(join(cwd, 'empty.md'), '');
    const { code, stdout, stderr } = await cli(
      ['add', join(CORPUS, '110296.md'), 'empty.md', join(CORPUS, '112236.md'), '--dir', dir],
      { cwd },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('110296\n112236\n');
    expect(stderr).toContain(`cable: ${join(cwd, 'empty.md')}: is empty;`);
    expect(stderr).toMatch(/cable: 1 of 3 files not added\n$/);
  });

  it('refuses a document without title or date', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'x.md'), 'Just some notes.\n');
    const { code, stderr } = await cli(['add', 'x.md', '--dir', tempDir()], { cwd });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'cable: x.md: not added: no title: add a "# Title" heading; no date: add a "## Month DD, YYYY" heading\n',
    );
  });

  it('refuses to write to the read-only sample, named outright, once for all the files, and says how to choose', async () => {
    const files = ['110296.md', '111866.md', '112236.md'].map((f) => join(CORPUS, f));
    const { code, stderr } = await cli(['add', ...files], { env: { CABLE_DIR: SAMPLE_DIR } });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^cable: \S+: this is the sample collection shipped with cable, which is read-only; choose your own with --dir PATH or \$CABLE_DIR, or create \S+\n$/,
    );
    expect(readdirSync(SAMPLE_DIR)).toEqual(['121767.md']);
  });

  it("makes the user's own collection on the first add, when only the sample is there", async () => {
    const home = freshHome();
    const { code, stderr, stdout } = await cli(['add', join(CORPUS, '110296.md')], { env: home });
    expect(code).toBe(0);
    const created = join(home.XDG_DATA_HOME, 'cable');
    expect(stderr).toBe(`cable: created your collection: ${created}\nadded: 110296 → ${join(created, '110296.md')}\n`);
    expect(stdout).toBe('110296\n');
    expect(readdirSync(SAMPLE_DIR)).toEqual(['121767.md']);
    expect((await cli(['where', '--json'], { env: home })).stdout).toContain(`"dir": "${created}"`);
  });

  it('leaves the sample in use when the first add fails', async () => {
    const home = freshHome();
    const { code } = await cli(['add', join(CORPUS, 'missing.md')], { env: home });
    expect(code).toBe(1);
    expect(JSON.parse((await cli(['where', '--json'], { env: home })).stdout).source).toBe('sample');
  });
});

describe('bad input: one line naming the file, exit 1', () => {
  const cases: Array<[string, (dir: string) => string, RegExp]> = [
    ['a missing file', (dir) => join(dir, 'missing.md'), /missing\.md: no such file; check the path/],
    [
      'a folder passed as a file',
      (dir) => {
        mkdirSync(join(dir, 'folder.md'));
        return join(dir, 'folder.md');
      },
      /folder\.md: is a folder, not a document/,
    ],
    [
      'a binary file',
      (dir) => {
        writeFileSync(join(dir, 'b.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
        return join(dir, 'b.md');
      },
      /b\.md: is a binary file/,
    ],
    [
      'an empty file',
      (dir) => {
        writeFileSync(join(dir, 'e.md'), '');
        return join(dir, 'e.md');
      },
      /e\.md: is empty; a document needs/,
    ],
    [
      'invalid UTF-8',
      (dir) => {
        writeFileSync(join(dir, 'l.md'), Buffer.from('# Caf\xe9\n', 'latin1'));
        return join(dir, 'l.md');
      },
      /l\.md: is not valid UTF-8; re-save it as UTF-8/,
    ],
    [
      'a UTF-16 file',
      (dir) => {
        writeFileSync(join(dir, 'u.md'), Buffer.from('\ufeff# T\n', 'utf16le'));
        return join(dir, 'u.md');
      },
      /u\.md: is UTF-16 text; convert it to UTF-8/,
    ],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    const file = make(tempDir());
    for (const argv of [
      ['show', '--doc', file],
      ['add', file, '--dir', tempDir()],
    ]) {
      const { code, stderr } = await cli(argv);
      expect(code).toBe(1);
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('an unreadable file (permission denied)', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const file = join(dir, 'secret.md');
    writeFileSync(file, seedText);
    chmodSync(file, 0o000);
    // Root reads anything, so run cable as an unprivileged user where we are root.
    const asUser =
      process.getuid?.() === 0
        ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]
        : [process.execPath];
    const [command = '', ...prefix] = asUser;
    const result = spawnSync(command, [...prefix, BIN, 'show', '--doc', file], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...freshHome() },
      cwd: dir,
    });
    expect(result.stderr).toBe(
      `cable: ${file}: permission denied; make the file readable (chmod u+r) or copy it somewhere you can read\n`,
    );
    expect(result.status).toBe(1);
  });
});

describe('cable check', () => {
  it('finds only the lost marker and the letter that starts at point 2 in the corpus (warnings; exit 0)', async () => {
    const { code, stdout, stderr } = await cli(['check', '--dir', 'tests/fixtures/corpus'], { cwd: ROOT });
    expect(stdout).toBe(
      `tests/fixtures/corpus/300242.md:32: warning: numbering skips from 6 to 8: point 7 is missing or lost its marker (after line 28)\n` +
        `tests/fixtures/corpus/300653.md:18: warning: the numbered points start at 2 ("2."): an excerpt, or points before it lost their markers\n`,
    );
    expect(stderr).toBe('20 documents checked: 0 errors, 2 warnings\n');
    expect(code).toBe(0);
  });

  it('reports missing fields, unreadable dates, bad numbering, a wrong URL, and a changed text; exit 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), 'No headings at all.\n');
    writeFileSync(
      join(dir, 'b.md'),
      '## Spring 1949\n# Dated badly\n### Summary:\nS\n\nFirst. A.\n\nSecond. B.\n\nFourth. D.\n\nFourth. E.\n',
    );
    writeFileSync(join(dir, '999.md'), seedText);
    await cli(['add', join(CORPUS, '110296.md'), '--dir', dir]);
    const stored = join(dir, '110296.md');
    writeFileSync(stored, readFileSync(stored, 'utf8').replace('Kuznetsov\n', 'Kuznetsov (edited)\n'));
    const { code, stdout } = await cli(['check', '--dir', dir]);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual([
      `${join(dir, '110296.md')}:1: error: the text no longer matches the SHA-256 recorded when it was added; if the edit is intended, add it again with \`cable add --force\``,
      `${join(dir, '999.md')}:1: error: the citation's URL names document 121767, but the file is 999.md; rename the file or correct the URL`,
      `${join(dir, 'a.md')}:1: error: no title: add a "# Title" heading`,
      `${join(dir, 'a.md')}:1: error: no date: add a "## Month DD, YYYY" heading`,
      `${join(dir, 'a.md')}:1: warning: no summary: add a "### Summary:" section`,
      `${join(dir, 'b.md')}:1: error: cannot read the date "Spring 1949": write it like "February, 1949", "July 28, 1948" or "1956"`,
      `${join(dir, 'b.md')}:10: warning: numbering skips from 2 to 4: point 3 is missing or lost its marker (after line 8)`,
      `${join(dir, 'b.md')}:12: warning: point 4 ("Fourth.") is numbered the same as the point before it`,
    ]);
  });

  it('prints JSON with --json and checks one document with --doc', async () => {
    const { stdout, code } = await cli(['check', '--json', '--doc', join(CORPUS, '300242.md')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        path: join(CORPUS, '300242.md'),
        line: 32,
        severity: 'warning',
        code: 'numbering-gap',
        message: expect.stringContaining('skips from 6 to 8'),
      },
    ]);
  });
});

describe('provenance in front matter', () => {
  it('keeps a document’s own front matter beside it, and reads back the same', async () => {
    const dir = tempDir();
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'tagged.md'),
      `---\ntags: [cable, "1949"]\nnote: "Scanned at the archive: box 3"\n---\n${seedText}`,
    );
    expect((await cli(['add', 'tagged.md', '--dir', dir], { cwd })).code).toBe(0);
    const doc = JSON.parse((await cli(['show', '--json', '--dir', dir])).stdout);
    expect(doc.frontMatter).toMatchObject({
      tags: ['cable', '1949'],
      note: 'Scanned at the archive: box 3',
      cable: { source: 'tagged.md' },
    });
    expect((await cli(['check', '--dir', dir])).code).toBe(0);
  });

  it('writes a file name with quotes and colons as a valid YAML string', async () => {
    const dir = tempDir();
    const cwd = tempDir();
    writeFileSync(join(cwd, 'a "quoted": name.md'), seedText);
    expect((await cli(['add', 'a "quoted": name.md', '--dir', dir], { cwd })).code).toBe(0);
    const doc = JSON.parse((await cli(['show', '--json', '--dir', dir])).stdout);
    expect(doc.frontMatter.cable.source).toBe('a "quoted": name.md');
  });
});
