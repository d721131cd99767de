// What the redesign of one house fixed: each of these failed before it (issue 11).

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, cli, ROOT, SEED, tempDir } from '../helpers.js';

const seedText = readFileSync(SEED, 'utf8');

/** A collection with the seed and a document whose front matter cable refuses. */
function withEvilDocument(): string {
  const dir = tempDir();
  writeFileSync(join(dir, '121767.md'), seedText);
  writeFileSync(join(dir, 'evil.md'), `---js\n{ title: process.exit(7) }\n---\n${seedText}`);
  return dir;
}

describe('help', () => {
  it.each([['help'], ['help', 'point'], ['--help'], ['point', '--help']])(
    'cable %s prints help and exits 0',
    async (...argv) => {
      const { code, stdout } = await cli(argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: cable/);
    },
  );
});

describe('check: problems are data from the parser to the exit code', () => {
  it('reports a fatal front matter with its own code, alone or in its collection, the same way', async () => {
    const dir = withEvilDocument();
    const alone = await cli(['check', '--doc', join(dir, 'evil.md'), '--json']);
    const all = await cli(['check', '--dir', dir, '--json']);
    expect(alone.code).toBe(1);
    expect(all.code).toBe(1);
    const finding = JSON.parse(alone.stdout);
    expect(finding).toEqual([
      expect.objectContaining({ path: join(dir, 'evil.md'), code: 'front-matter', severity: 'error', line: 1 }),
    ]);
    const inCollection = JSON.parse(all.stdout).filter((f: { path: string }) => f.path === join(dir, 'evil.md'));
    expect(inCollection).toEqual(finding);
  });

  it('checks a document the same way with --doc as in its collection', async () => {
    const byDoc = await Promise.all(
      readdirSync(CORPUS)
        .filter((name) => name.endsWith('.md'))
        .map(async (name) => JSON.parse((await cli(['check', '--json', '--doc', join(CORPUS, name)])).stdout)),
    );
    const all = JSON.parse((await cli(['check', '--json', '--dir', CORPUS])).stdout);
    expect(byDoc.flat()).toEqual(all);
  });

  it('prints one summary on stderr, and the exit code follows the findings', async () => {
    const dir = withEvilDocument();
    const { code, stderr } = await cli(['check', '--dir', dir]);
    expect(code).toBe(1);
    expect(stderr).toBe('2 documents checked: 1 error, 0 warnings\n');
  });
});

describe('one meaning, one place', () => {
  it('falls back from an unusable $COLUMNS as every command does: list keeps its titles', async () => {
    const plain = await cli(['list', '--dir', CORPUS]);
    const odd = await cli(['list', '--dir', CORPUS], { env: { COLUMNS: 'abc' } });
    expect(odd.stdout).toBe(plain.stdout);
    expect(odd.stdout).toContain("The Chancellor's [Helmut Kohl's] Telephone Conversation");
  });

  it('folds a language the same way in list and search (ø is o)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '121767.md'), seedText.replace('Russian', 'Føroyskt'));
    const list = await cli(['list', '--dir', dir, '--language', 'foroyskt', '--format', 'tsv']);
    const search = await cli(['search', 'Roshchin', '--dir', dir, '--language', 'foroyskt', '--json']);
    expect(list.stdout.trim().split('\n')).toHaveLength(2);
    expect(JSON.parse(search.stdout)).toHaveLength(1);
  });

  it('lists the candidates of an ambiguous --doc in date order, then by id, as list does', async () => {
    const dir = tempDir();
    for (const id of ['9', '10']) {
      writeFileSync(join(dir, `${id}.md`), seedText.replace('document/121767', `document/${id}`));
    }
    const { code, stderr } = await cli(['cite', '--dir', dir, '--doc', 'stalin']);
    expect(code).toBe(2);
    expect(stderr.split('\n').slice(1, 3)).toEqual([
      expect.stringMatching(/^ {2}9 {3}1949-02/),
      expect.stringMatching(/^ {2}10 {2}1949-02/),
    ]);
  });

  it('finds the home folder the same way for the data and the cache when HOME is unset', async () => {
    const env = { HOME: undefined, XDG_DATA_HOME: undefined, XDG_CACHE_HOME: undefined };
    const where = JSON.parse((await cli(['where', '--json'], { env })).stdout);
    expect(where.reason).toContain(join(homedir(), '.local', 'share', 'cable'));
    const status = JSON.parse((await cli(['index', '--status', '--json'], { env })).stdout);
    expect(status.path.startsWith(join(homedir(), '.cache', 'cable'))).toBe(true);
  });

  it('gives --dir, --doc and --json one help text in every command', async () => {
    const texts = new Map<string, Set<string>>();
    for (const command of [
      'show',
      'cite',
      'point',
      'points',
      'quote',
      'filter',
      'search',
      'index',
      'list',
      'add',
      'check',
      'where',
    ]) {
      const { stdout } = await cli([command, '--help'], { env: { COLUMNS: '400' } });
      for (const flag of ['--dir <path>', '-d, --doc <id|path>', '--json']) {
        const line = stdout.split('\n').find((l) => l.trimStart().startsWith(flag));
        if (line === undefined) continue;
        const seen = texts.get(flag) ?? new Set();
        seen.add(line.trim().replace(/\s+/g, ' '));
        texts.set(flag, seen);
      }
    }
    expect(texts.get('--dir <path>')?.size).toBe(1);
    expect(texts.get('-d, --doc <id|path>')?.size).toBe(1);
    expect(texts.get('--json')?.size).toBe(1);
  });
});

describe('the layers', () => {
  /** Lines of code (not comments) in the domain, the store and the application. */
  function codeLines(folder: string): Array<[string, string]> {
    return readdirSync(join(ROOT, 'src', folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        readFileSync(join(ROOT, 'src', folder, name), 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
          .map((line): [string, string] => [`${folder}/${name}`, line]),
      );
  }

  it('no domain, store or application module words a command line: no `cable …`, no --option', () => {
    const lines = ['model', 'parse', 'check', 'cite', 'query', 'search', 'text', 'store', 'app'].flatMap(codeLines);
    const cliWording = lines.filter(([, line]) => /`cable [a-z]|--[a-z]{2,}/.test(line));
    expect(cliWording).toEqual([]);
  });
});
