// The front door (issue 12): what a new user meets, in-process. Terminal layout is in tests/e2e/frontdoor.test.ts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIR } from '../../src/store/collection.js';
import { CORPUS, cli, freshHome, ROOT, SEED, tempDir } from '../helpers.js';

const seedText = readFileSync(SEED, 'utf8');

/** Every `$ cable …` example of every command's help, as it would be typed. */
async function helpExamples(): Promise<string[][]> {
  const root = (await cli(['--help'])).stdout;
  const names = [...(root.split('Commands:')[1]?.matchAll(/^ {2}(\w+)/gm) ?? [])].map((m) => m[1] ?? '');
  const helps = [root, ...(await Promise.all(names.map(async (name) => (await cli([name, '--help'])).stdout)))];
  return helps
    .join('\n')
    .split('\n')
    .filter((l) => /^\s+\$ /.test(l))
    .map((l) => l.replace(/^\s+\$ /, '').replace(/\s+#.*$/, ''))
    .map((l) => /<\(cable ([^)]*)\)/.exec(l)?.[1] ?? l.replace(/^cable /, ''))
    .map((l) => l.replace(/\s*>.*$/, ''))
    .filter((l) => !/~|URL|^CABLE_DIR|^curl/.test(l))
    .map((l) => l.split(' ').map((w) => w.replace(/^'(.*)'$/, '$1')));
}

const examples = await helpExamples();

describe('help examples run as printed, on the sample', () => {
  it('finds the examples', () => expect(examples.length).toBeGreaterThan(20));

  it.each(examples)('cable %s', async (...argv) => {
    const result = await cli(argv, { cwd: tempDir() });
    expect(result.stderr).not.toMatch(/^cable: /m);
    expect(result.code).toBe(0);
  });
});

describe('option values', () => {
  it('are read in any case, as --section always was', async () => {
    expect((await cli(['cite', '--style', 'Chicago'])).code).toBe(0);
    expect((await cli(['cite', '--style', 'MLA'])).code).toBe(0);
    expect((await cli(['list', '--sort', 'Title'])).code).toBe(0);
    expect((await cli(['completion', 'BASH'])).stdout).toContain('_cable_complete');
  });

  it('suggest the closest choice', async () => {
    expect(await cli(['cite', '--style', 'chicagoo'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /argument 'chicagoo' is invalid\. Allowed choices are archive, [^\n]*\n\(Did you mean chicago\?\)/,
      ),
    });
  });
});

describe('options that do not apply are usage errors', () => {
  it.each([
    [['cite', '--all', '--point', '3'], '--all cannot be used with --point'],
    [['point', '3', '--style', 'chicago'], '--style is used only with --cite'],
    [['list', '--json', '--format', 'tsv'], '--json cannot be used with --format'],
    [['show', '--json', '--width', '50'], '--json cannot be used with --width'],
    [['cite', '--from', '1949'], '--from is used only with --all'],
    [['list', '--from', '1949-13'], '--from takes an ISO date'],
    [['list', '--to', '1949-02-30'], '--to takes an ISO date'],
    [['list', '--from', '1950', '--to', '1949'], '--from 1950 is after --to 1949'],
  ])('cable %j', async (argv, message) => {
    const { code, stderr, stdout } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('--json with a --style gives the fields and the citation in that style', async () => {
    const json = JSON.parse((await cli(['cite', '--style', 'chicago', '--json'])).stdout);
    expect(json.citation).toMatch(/^Joseph Stalin, cable to Anastas Mikoyan/);
  });
});

describe('nothing found is exit 1 in every command that finds', () => {
  it.each([
    ['list', '--from', '1990'],
    ['cite', '--all', '--from', '1990'],
    ['search', 'Vladivostok'],
    ['filter', 'Vladivostok'],
  ])('cable %s …', async (...argv) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^cable: no (documents match|match for Vladivostok)/);
  });
});

describe('naming the document', () => {
  it('show takes a file as glow does, and says when it is given twice', async () => {
    const { code, stdout } = await cli(['show', join(CORPUS, '300653.md')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Letter, Jawaharlal Nehru to All Provincial Premiers');
    expect((await cli(['show', join(CORPUS, '300653.md'), '--doc', '121767'])).code).toBe(2);
  });

  it('reads the document from standard input with --doc - in any command', async () => {
    const text = readFileSync(join(CORPUS, '300242.md'), 'utf8');
    expect((await cli(['point', '2', '--doc', '-'], { stdin: text })).stdout).toMatch(/^2\. /);
    expect((await cli(['cite', '--doc', '-'], { stdin: text })).stdout).toContain("Chancellor's [Helmut Kohl's]");
    expect((await cli(['show', '-', '--section', 'title'], { stdin: text })).stdout).toContain('Blair');
  });

  it('says that add - is waiting when standard input is a terminal', async () => {
    const dir = tempDir();
    const { stderr } = await cli(['add', '-', '--dir', dir], { stdin: seedText, stdinTTY: true });
    expect(stderr).toMatch(/^cable: reading a document from standard input; end it with Ctrl-D\n/);
  });

  it('ignores the … of an id copied from the list table', async () => {
    const { stdout } = await cli(['list', '--dir', CORPUS], { env: { COLUMNS: '60' } });
    const cut = /^(\S+…)/m.exec(stdout)?.[1];
    expect(cut).toBeDefined();
    const { code } = await cli(['cite', '--dir', CORPUS, '--doc', cut ?? '']);
    expect(code).toBe(0);
  });
});

describe('cable -v and help', () => {
  it('-v suggests -V', async () => {
    expect(await cli(['-v'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "cable: unknown option '-v'\n(Did you mean -V or --version?)\n",
    });
  });

  it('help for an unknown command says so, with a suggestion, exit 2', async () => {
    expect(await cli(['help', 'shwo'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "cable: unknown command 'shwo'\n(Did you mean show?)\n",
    });
  });
});

describe('colour', () => {
  it('--no-color turns it off, as NO_COLOR does, and NO_COLOR wins over FORCE_COLOR', async () => {
    expect((await cli(['point', '3'], { tty: true })).stdout).toContain('\u001b[');
    expect((await cli(['point', '3', '--no-color'], { tty: true })).stdout).not.toContain('\u001b[');
    expect((await cli(['--no-color', 'point', '3'], { tty: true })).stdout).not.toContain('\u001b[');
    expect((await cli(['point', '3'], { tty: true, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(
      '\u001b[',
    );
  });
});

describe('your own collection', () => {
  it('re-adding the original restores a stored copy that was edited or damaged, with --force', async () => {
    const dir = tempDir();
    const original = join(tempDir(), '121767.md');
    writeFileSync(original, seedText);
    expect((await cli(['add', original, '--dir', dir])).code).toBe(0);
    const stored = join(dir, '121767.md');
    writeFileSync(stored, readFileSync(stored, 'utf8').replace('Roshchin', 'Roschin'));
    const again = await cli(['add', original, '--dir', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      'differs from this original, which it was added from: it was edited or damaged since; pass --force to restore it',
    );
    expect(readFileSync(stored, 'utf8')).toContain('Roschin');
    const forced = await cli(['add', original, '--dir', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(stored, 'utf8')).toContain('Roshchin');
    expect((await cli(['check', '--dir', dir])).code).toBe(0);
  });

  it('never writes an index into the shipped sample, however it is named', async () => {
    const home = freshHome();
    for (const dir of [SAMPLE_DIR, join(ROOT, 'documents', '..', 'documents')]) {
      const { code } = await cli(['search', 'Roshchin'], { env: { ...home, CABLE_DIR: dir } });
      expect(code).toBe(0);
      const status = JSON.parse(
        (await cli(['index', '--status', '--json'], { env: { ...home, CABLE_DIR: dir } })).stdout,
      );
      expect(status.path.startsWith(home.XDG_CACHE_HOME)).toBe(true);
    }
    expect(readdirSync(SAMPLE_DIR)).toEqual(['121767.md']);
    expect(existsSync(join(SAMPLE_DIR, '.cable-index.sqlite'))).toBe(false);
  });

  it('ranks a signature or a note below points and preamble for the same word', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, '1.md'),
      '## 1950\n# Cable, Mao Zedong to Stalin\n\n1. The proposals of Mao Zedong on the treaty were discussed at length by the delegation, which agreed with most of them after a long debate about the railway.\n\n2. Another point.\n\nMao Zedong.\n',
    );
    const hits = JSON.parse((await cli(['search', 'Mao', 'Zedong', '--dir', dir, '--json'])).stdout);
    expect(hits.map((h: { part: string }) => h.part)).toEqual(['point', 'closing']);
  });
});

describe('list on a narrow terminal', () => {
  it('gives the title room: a long slug id is cut to a quarter of 60 columns', async () => {
    const { stdout } = await cli(['list', '--dir', CORPUS], { env: { COLUMNS: '60' } });
    for (const line of stdout.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(stdout).toMatch(/^report-hungari… {2}1950-05-06 {2}- {11}0 {2}Report, Hungari/m);
  });
});
