// Hostile input, round two (issue 13): each class of attack, through the built cable and real shells.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, freshHome, SEED, spawnCable, tempDir } from '../helpers.js';

const seed = readFileSync(SEED, 'utf8');
const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** Anything that could speak to a terminal: C0 and C1 controls but newline and tab, bidi controls. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A folder on the PATH with `cable` in it, for the shells. */
function binFolder(): string {
  const bin = tempDir();
  chmodSync(bin, 0o755);
  symlinkSync(BIN, join(bin, 'cable'));
  return bin;
}

/** Runs a script in a real shell, in a collection of hostile names, with cable on the PATH; what it printed, a line each, by prefix. */
function inShell(
  shell: string,
  args: string[],
  script: string,
  dir: string,
  prefix: string,
): { lines: string[]; stdout: string } {
  const result = spawnSync(shell, [...args, script], {
    encoding: 'utf8',
    cwd: dir,
    env: { PATH: `${binFolder()}:${process.env.PATH}`, ...freshHome(), CABLE_DIR: dir },
  });
  // Whatever the shell did, nothing it completed may have run.
  expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  const lines = result.stdout
    .split('\n')
    .filter((l) => l.startsWith(prefix))
    .map((l) => l.slice(prefix.length));
  return { lines, stdout: result.stdout };
}

/** A collection whose file names are shell code, globs and control sequences. */
function hostileNames(): string {
  const dir = tempDir();
  for (const name of ['$(touch PWNED)', '*', 'a b', "it's", 'x\u001b]0;PWNED\u0007'])
    writeFileSync(join(dir, `${name}.md`), seed);
  return dir;
}

describe.skipIf(!has('bash'))('bash completion', () => {
  it('inserts file names quoted: no command runs, no glob expands, no control sequence comes through', () => {
    const dir = hostileNames();
    const script = `source <(cable completion bash)
COMP_WORDS=(cable show --doc ""); COMP_CWORD=3; _cable_complete
printf '%s\\n' "\${COMPREPLY[@]}"
cable() { printf 'ARG:%s\\n' "$@"; }
for c in "\${COMPREPLY[@]}"; do eval "cable show --doc $c"; done`;
    const { lines, stdout } = inShell('bash', ['-c'], script, dir, 'ARG:');
    expect(lines.filter((a) => a !== 'show' && a !== '--doc').sort()).toEqual(['$(touch PWNED)', '*', 'a b', "it's"]);
    expect(stdout).not.toMatch(RAW);
  });
});

describe.skipIf(!has('zsh'))('zsh completion', () => {
  it('hands compadd each name whole, one a line, to quote as it inserts', () => {
    const dir = hostileNames();
    const script = `compdef() { :; }
source <(cable completion zsh)
compadd() { [[ $1 == -a ]] && printf 'CANDIDATE:%s\\n' "\${(@P)2}"; [[ $* == *-Q* ]] && print QUOTING-OFF; }
words=(cable show --doc ""); CURRENT=4; _cable`;
    const { lines, stdout } = inShell('zsh', ['-f', '-c'], script, dir, 'CANDIDATE:');
    expect(lines.sort()).toEqual(['$(touch PWNED)', '*', 'a b', "it's"]);
    expect(stdout).not.toContain('QUOTING-OFF');
  });
});

describe.skipIf(!has('fish'))('fish completion', () => {
  it('offers each name whole, nothing run and nothing expanded', () => {
    const dir = hostileNames();
    const script = `cable completion fish | source; complete -C 'cable show --doc '`;
    const { lines } = inShell('fish', ['--no-config', '-c'], script, dir, '');
    expect(
      lines
        .filter((l) => l !== '')
        .map((l) => l.split('\t')[0])
        .sort(),
    ).toEqual(['$(touch PWNED)', '*', 'a b', "it's"]);
  });
});

describe('document data and file names reach the terminal only through one gate', () => {
  const ESCAPES =
    '\u001b]0;pwned\u0007\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u001bc\u001b[?1049h\u0085\u202e';
  // A file name cannot hold a slash.
  const NAME = ESCAPES.replace(/\//g, '');

  /** A collection with a document whose front matter line and file name carry escapes, and a good one. */
  function collection(): { dir: string; evil: string } {
    const dir = tempDir();
    writeFileSync(join(dir, '121767.md'), seed);
    const evil = join(dir, `x${NAME}.md`);
    writeFileSync(evil, `---${ESCAPES}\n${seed}`);
    writeFileSync(
      join(dir, `y${NAME}.md`),
      seed.replace('document/121767', 'document/999999').replace('# Cable', `# Cable${ESCAPES}`),
    );
    return { dir, evil };
  }

  it.each([
    ['list'],
    ['search', 'Roshchin'],
    ['index', '--rebuild'],
    ['cite', '--all'],
    ['check'],
    ['show', '--doc', 'stalin'],
    ['cite', '--doc', 'x'],
    ['point', '9', '--doc', '999999'],
    ['filter', 'Roshchin', '--doc', '999999'],
    ['show', '--section', 'title', '--doc', '999999'],
    ['quote', '2', '--doc', '999999'],
    ['__complete', 'show', '--doc', ''],
  ])('cable %s …', (...args) => {
    const { dir, evil } = collection();
    const result = spawnCable(args[0] === '__complete' ? args : [...args, '--dir', dir], {
      env: { CABLE_DIR: dir },
    });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(RAW);
    for (const command of [
      ['show', '--doc', evil],
      ['add', evil, '--dir', tempDir()],
    ]) {
      const direct = spawnCable(command);
      expect(`${direct.stdout}${direct.stderr}`, command[0]).not.toMatch(RAW);
    }
  });
});

describe('front matter built to explode, and valid documents that looked like it', () => {
  it('refuses aliases from the parser itself, whatever the anchors are called, at once', async () => {
    const rows = Array.from(
      { length: 12 },
      (_, i) =>
        `a${i + 1}: &${'*'.repeat(i + 2)} [${Array(9)
          .fill(`*${'*'.repeat(i + 1)}`)
          .join(', ')}]`,
    );
    const bomb = `---\na0: &* [x]\n${rows.join('\n')}\n---\n${seed}`;
    const file = join(tempDir(), 'bomb.md');
    writeFileSync(file, bomb);
    const result = await cli(['show', '--json', '--doc', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/front matter (uses YAML aliases|is not valid YAML)/);
  });

  it.each([
    ['a rule as the first line', `----\n${seed}`],
    ['a classification line', `--- CONFIDENTIAL ---\n${seed}`],
    ['a plain scalar with stars', `---\nnote: see *important*\n---\n${seed}`],
  ])('reads %s, not as front matter', async (_, text) => {
    const file = join(tempDir(), 'doc.md');
    writeFileSync(file, text);
    const { code, stdout } = await cli(['show', '--json', '--doc', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).frontMatter).toEqual(text.startsWith('---\n') ? { note: 'see *important*' } : {});
    expect(stdout).toContain('Roshchin');
  });

  it('reads a title with a line separator in it', async () => {
    const file = join(tempDir(), 'ls.md');
    writeFileSync(file, '## 1950\n# Cable,\u2028Stalin\n\n1. One.\n\n2. Two.\n');
    expect(JSON.parse((await cli(['show', '--json', '--doc', file])).stdout).title).toBe('Cable,\u2028Stalin');
  });

  it('add keeps front matter as written (__proto__ included), and refuses a list', async () => {
    const dir = tempDir();
    const source = join(tempDir(), 'fm.md');
    writeFileSync(source, `---\n__proto__: {polluted: yes}\ntags: [a, b]\n---\n${seed}`);
    expect((await cli(['add', source, '--dir', dir])).code).toBe(0);
    const front = JSON.parse((await cli(['show', '--json', '--dir', dir])).stdout).frontMatter;
    expect(Object.keys(front)).toEqual(['__proto__', 'tags', 'cable']);
    expect(Object.getOwnPropertyDescriptor(front, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(front.tags).toEqual(['a', 'b']);
    const list = join(tempDir(), 'list.md');
    writeFileSync(list, `---\n- a\n- b\n---\n${seed}`);
    expect(await cli(['add', list, '--dir', tempDir()])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not a list'),
    });
  });

  it('add applies the limits to standard input too, and --force replaces a stored file cable cannot read', async () => {
    const dir = tempDir();
    const big = `${seed}\n${'word '.repeat(4 * 1024 * 1024)}`;
    expect(await cli(['add', '-', '--dir', dir], { stdin: big })).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('larger than the 16 MB cable reads'),
    });
    writeFileSync(join(dir, '121767.md'), Buffer.from([0, 1, 2, 3]));
    expect((await cli(['add', SEED, '--dir', dir])).code).toBe(1);
    expect((await cli(['add', SEED, '--dir', dir, '--force'])).code).toBe(0);
    expect((await cli(['point', '3', '--dir', dir])).stdout).toMatch(/^Third\./);
  });
});

describe('pathological text', () => {
  it.each([
    ['a heading of spaces and a line separator', `# ${' '.repeat(5000)}\u2028x\n\n${seed}`],
    ['a heading of closing #s', `###### ${'# '.repeat(100000)}\n\n${seed}`],
    ['a heading of emphasis', `# ${'*'.repeat(320000)}\n\n${seed}`],
  ])('parses %s (quadratic before)', async (_, text) => {
    const file = join(tempDir(), 'p.md');
    writeFileSync(file, text);
    expect((await cli(['points', '--doc', file, '--json'])).code).toBe(0);
  });

  it('a document with 200,000 matches of one word: search and filter answer', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'the.md'), `## 1950\n# The\n\n${'the '.repeat(200000)}\n`);
    expect((await cli(['filter', 'the', '--doc', join(dir, 'the.md'), '--count'])).stdout).toBe('1\n');
    expect((await cli(['search', 'the', '--dir', dir, '--json'])).code).toBe(0);
  });

  it('refuses a FIFO and a link to /dev/zero as documents, never waits or reads without end', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '121767.md'), seed);
    spawnSync('mkfifo', [join(dir, 'pipe.md')]);
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    const result = spawnCable(['list', '--dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('pipe.md: is not a regular file');
    expect(result.stderr).toContain('zero.md: is not a regular file');
  });

  it.each([
    [['show', '--width', '1000000000'], '--width takes a whole number above 0, at most 10000'],
    [['show', '--width', '1e21'], '--width takes a whole number above 0, at most 10000'],
    [['search', 'x', '--limit', '1e21'], '--limit takes a whole number above 0, at most 100000'],
    [['point', '1-10000,10001-20000'], 'names more than 10000 points'],
  ])('cable %j is a usage error with the allowed range', async (argv, message) => {
    expect(await cli(argv)).toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
  });

  it('100 excluded words are a usage error, not an FTS5 stack overflow', async () => {
    const words = Array.from({ length: 100 }, (_, i) => `-w${i}`);
    expect(await cli(['search', 'Roshchin', '--', ...words])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('more than 64 words'),
    });
    expect((await cli(['search', 'Roshchin', '--', ...words.slice(0, 60)])).code).toBe(0);
  });
});

describe('the index', () => {
  function withDocs(n: number): string {
    const dir = tempDir();
    for (let i = 0; i < n; i++)
      writeFileSync(join(dir, `${i}.md`), seed.replace('document/121767', `document/${1000 + i}`));
    return dir;
  }

  it('four concurrent first searches, and an add meanwhile, leave every hit once', async () => {
    const dir = withDocs(30);
    const env = { ...freshHome() };
    const run = (args: string[]) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], {
          env: { PATH: process.env.PATH ?? '', ...env },
          stdio: 'ignore',
        });
        child.on('close', (code) => resolve(code ?? -1));
      });
    const extra = join(tempDir(), 'extra.md');
    writeFileSync(extra, seed.replace('document/121767', 'document/2000'));
    const codes = await Promise.all([
      ...Array.from({ length: 4 }, () => run(['search', 'Roshchin', '--dir', dir, '--json', '--limit', '500'])),
      run(['add', extra, '--dir', dir]),
    ]);
    expect(codes).toEqual([0, 0, 0, 0, 0]);
    const hits = JSON.parse(
      spawnCable(['search', 'Roshchin', '--dir', dir, '--json', '--limit', '500'], { env }).stdout,
    );
    expect(hits).toHaveLength(31);
    expect(new Set(hits.map((h: { id: string }) => h.id)).size).toBe(31);
    expect(JSON.parse(spawnCable(['index', '--status', '--json', '--dir', dir], { env }).stdout)).toMatchObject({
      stale: 0,
      documents: 31,
    });
  });

  it('says what is wrong with a damaged index, and rebuilds it at the next search', () => {
    const dir = withDocs(2);
    writeFileSync(join(dir, '.cable-index.sqlite'), Buffer.alloc(8192, 7));
    const status = spawnCable(['index', '--status', '--dir', dir], { env: { COLUMNS: '200' } });
    expect(status).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('damaged: it is not an index cable can read'),
    });
    expect(spawnCable(['search', 'Roshchin', '--dir', dir]).code).toBe(0);
  });

  it('names a folder where the index goes, and never writes through a link there', () => {
    const dir = withDocs(1);
    mkdirSync(join(dir, '.cable-index.sqlite'));
    expect(spawnCable(['search', 'Roshchin', '--dir', dir])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('a folder is where cable keeps its search index; move it away'),
    });
    const other = withDocs(1);
    const target = join(tempDir(), 'precious.db');
    writeFileSync(target, 'precious');
    symlinkSync(target, join(other, '.cable-index.sqlite'));
    expect(spawnCable(['search', 'Roshchin', '--dir', other]).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(lstatSync(join(other, '.cable-index.sqlite')).isSymbolicLink()).toBe(false);
  });

  it('sees a same-size edit whose old modification time was put back; --verify compares the text', async () => {
    const dir = withDocs(1);
    const file = join(dir, '0.md');
    expect((await cli(['search', 'Vladivostok', '--dir', dir])).code).toBe(1);
    const before = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Roshchin', 'Vladivos'));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    expect((await cli(['search', 'Vladivos', '--dir', dir])).code).toBe(0);
    expect(JSON.parse((await cli(['index', '--status', '--verify', '--json', '--dir', dir])).stdout).stale).toBe(0);
  });
});

describe('text that must print as it is', () => {
  it('folds ẞ as ss and a final sigma as a sigma, both ways', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '1.md'), '## 1950\n# ΟΔΟΣ\n\n1. Η ΟΔΟΣ προς την αθηνας, and STRAẞE.\n\n2. Two.\n');
    for (const word of ['οδος', 'ΟΔΟΣ', 'οδοσ', 'ΑΘΗΝΑΣ', 'strasse', 'STRAẞE']) {
      expect((await cli(['filter', word, '--doc', join(dir, '1.md'), '--count'])).stdout, word).toBe('1\n');
      expect((await cli(['search', word, '--dir', dir, '--json'])).code, word).toBe(0);
    }
  });

  it('a quote renders as the text it quotes: Markdown and HTML in a document are escaped', async () => {
    const file = join(tempDir(), 'md.md');
    writeFileSync(
      file,
      '## 1950\n# T\n\n1. See [x](https://evil.example) ![](https://evil.example/i.png) <img onerror=alert(1)>\n# Fake heading\n\n2. Two.\n',
    );
    const { stdout } = await cli(['quote', '1', '--doc', file]);
    expect(stdout).toContain('\\[x\\](https://evil.example)');
    expect(stdout).toContain('\\<img onerror=alert(1)\\>');
    expect(stdout).toContain('> \\# Fake heading');
  });

  it('bidi controls and zero-width characters are shown in the terminal, escaped in JSON', async () => {
    const file = join(tempDir(), 'bidi.md');
    writeFileSync(file, '## 1950\n# T\u202Egnp.exe\n\n1. A\u200Bb \u2066c\u2069.\n\n2. Two.\n');
    const text = await cli(['point', '1', '--doc', file]);
    expect(text.stdout).toBe('1. A⟨U+200B⟩b ⟨U+2066⟩c⟨U+2069⟩.\n');
    const json = await cli(['show', '--json', '--doc', file]);
    expect(json.stdout).toContain('"title": "T\\u202egnp.exe"');
  });

  it('a line of = under body text stays in show', async () => {
    const file = join(tempDir(), 'eq.md');
    writeFileSync(file, '## 1950\n# T\n\nSome text\n===\n');
    // The lines of a paragraph are one line of text now (reflowed), and the = are in it, not a heading's underline.
    expect((await cli(['show', '--doc', file])).stdout).toMatch(/Some text ===/);
  });
});

describe('the collection', () => {
  it('keeps ids unique when two files name the same document, and check says so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '121767.md'), seed);
    writeFileSync(join(dir, 'copy.md'), seed);
    const list = (await cli(['list', '--dir', dir, '--format', 'tsv'])).stdout;
    expect(
      list
        .split('\n')
        .slice(1, 3)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['121767', 'copy']);
    expect(
      (await cli(['cite', '--all', '--style', 'bibtex', '--dir', dir])).stdout.match(/@\w+\{(\w+),/g),
    ).toHaveLength(2);
    const check = await cli(['check', '--dir', dir]);
    expect(check.stdout).toContain(`${join(dir, 'copy.md')}:1: warning: its citation names document 121767`);
    const hits = JSON.parse((await cli(['search', 'Roshchin', '--dir', dir, '--json'])).stdout);
    expect(hits.map((h: { id: string }) => h.id).sort()).toEqual(['121767', 'copy']);
  });

  it('add is not stopped by a folder named like a temporary file, and refuses an id too long for a file name', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.cable-999999-abcd.tmp'));
    mkdirSync(join(dir, '.1.md.999999.abcd.tmp'));
    expect((await cli(['add', SEED, '--dir', dir, '--id', '1'])).code).toBe(0);
    expect(await cli(['add', SEED, '--dir', dir, '--id', 'x'.repeat(245)])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('cannot be a file name'),
    });
  });
});
