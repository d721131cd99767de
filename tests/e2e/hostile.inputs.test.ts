import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, SEED, spawnCable, tempDir } from '../helpers.js';

const seed = readFileSync(SEED, 'utf8');

/** A clear one-line error naming the file, exit 1, no stack trace. */
function expectOneLineError(result: { code: number; stderr: string }, file: string, message: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toContain(file);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('pathological documents, through the built cable', () => {
  it('a 50 MB document: refused in one line', () => {
    const dir = tempDir();
    const file = join(dir, 'huge.md');
    writeFileSync(file, seed + `\n\n${'All work and no play. '.repeat(40)}\n`.repeat(58000));
    expectOneLineError(
      spawnCable(['show', '--doc', file]),
      file,
      /is \d+ MB, larger than the 16 MB cable reads; split it into documents/,
    );
  });

  it('a 1 MB single line: read and printed', () => {
    const dir = tempDir();
    const file = join(dir, 'line.md');
    writeFileSync(file, `## 1950\n# One line\n\nFirst. ${'word '.repeat(200000)}\n\nSecond. End.\n`);
    const point = spawnCable(['point', '1', '--doc', file]);
    expect(point.code).toBe(0);
    expect(point.stdout.length).toBeGreaterThan(1_000_000);
    const show = spawnCable(['show', '--doc', file, '--width', '70']);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Second. End.');
  });

  it('100,000 numbered points: every one can be quoted', () => {
    const dir = tempDir();
    const file = join(dir, 'many.md');
    writeFileSync(
      file,
      `## 1950\n# Many points\n\n${Array.from({ length: 100000 }, (_, i) => `${i + 1}. Point number ${i + 1}.`).join('\n\n')}\n`,
    );
    expect(spawnCable(['point', '100000', '--doc', file]).stdout).toBe('100000. Point number 100000.\n');
    expect(spawnCable(['point', '99999-100000', '--doc', file]).stdout).toBe(
      '99999. Point number 99999.\n\n100000. Point number 100000.\n',
    );
    expect(spawnCable(['points', '--doc', file, '--json']).stdout.match(/"marker"/g)).toHaveLength(100000);
  });

  it('deeply nested brackets: read and printed', () => {
    const dir = tempDir();
    const file = join(dir, 'nested.md');
    writeFileSync(
      file,
      `## 1950\n# Cable, ${'['.repeat(20000)}Stalin${']'.repeat(20000)} to Mao\n\nFirst. ${'('.repeat(50000)}x${')'.repeat(50000)}\n\nSecond. ${'[a]('.repeat(20000)}\n`,
    );
    for (const args of [['show'], ['cite', '--json'], ['points'], ['point', '2']]) {
      const result = spawnCable([...args, '--doc', file]);
      expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
      expect(result.code, args.join(' ')).toBeLessThanOrEqual(1);
    }
    expect(spawnCable(['point', '1', '--doc', file]).stdout).toMatch(/^First\. \({50000}x\){50000}\n$/);
  });

  it.each([
    ['invalid UTF-8', Buffer.from([0x23, 0x20, 0xc3, 0x28, 0xff, 0xfe, 0x0a]), /is not valid UTF-8/],
    ['a UTF-16 file', Buffer.from(`\ufeff${seed}`, 'utf16le'), /is UTF-16 text/],
    ['a file of NUL bytes', Buffer.alloc(4096), /is a binary file/],
  ])('%s: refused in one line', (_name, bytes, message) => {
    const dir = tempDir();
    const file = join(dir, 'bad.md');
    writeFileSync(file, bytes);
    expectOneLineError(spawnCable(['show', '--doc', file]), file, message);
  });
});

describe('a damaged collection: the readable documents still work', () => {
  function damaged(): string {
    const dir = tempDir();
    writeFileSync(join(dir, '110296.md'), readFileSync(join(CORPUS, '110296.md')));
    mkdirSync(join(dir, 'folder.md'));
    symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
    symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
    // Listed, then gone when read: what a file deleted while cable reads the collection looks like.
    symlinkSync(join(dir, 'deleted.md'), join(dir, 'vanished.md'));
    return dir;
  }

  it('list warns once per bad entry, in one line each, and lists the rest', () => {
    const dir = damaged();
    const { code, stdout, stderr } = spawnCable(['list', '--dir', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain('110296');
    expect(stderr.trimEnd().split('\n').sort()).toEqual([
      `cable: warning: ${join(dir, 'folder.md')}: is a folder, not a document; pass one of the .md files in it, or use --dir to read it as a collection`,
      `cable: warning: ${join(dir, 'loop-a.md')}: is a loop of symbolic links; point the link at a real file`,
      `cable: warning: ${join(dir, 'loop-b.md')}: is a loop of symbolic links; point the link at a real file`,
      `cable: warning: ${join(dir, 'vanished.md')}: no such file; check the path, or run \`cable list\` to see the documents`,
    ]);
  });

  it('check reports them as errors; search indexes the rest', () => {
    const dir = damaged();
    const check = spawnCable(['check', '--dir', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${join(dir, 'loop-a.md')}:1: error: is a loop of symbolic links`);
    const search = spawnCable(['search', 'Terebin', '--dir', dir]);
    expect(search.code).toBe(0);
    expect(search.stdout).toMatch(/^110296 /);
    rmSync(join(dir, 'folder.md'), { recursive: true });
  });
});

describe('front matter is data', () => {
  it.each(['js', 'javascript', 'coffee'])('---%s is refused quickly, and does not run', (language) => {
    const dir = tempDir();
    const marker = join(dir, 'ran');
    const file = join(dir, 'evil.md');
    writeFileSync(
      file,
      `---${language}\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); while (true) {}\n---\n## 1950\n# Evil\n`,
    );
    const result = spawnCable(['show', '--doc', file]);
    expectOneLineError(result, file, new RegExp(`front matter in "${language}" is not allowed`));
    expect(() => readFileSync(marker)).toThrow();
  });

  it('YAML with a custom tag (!!js/function) is refused', () => {
    const dir = tempDir();
    const file = join(dir, 'tag.md');
    writeFileSync(
      file,
      `---\nx: !!js/function "function () { require('fs').writeFileSync('/tmp/owned', 'x') }"\n---\n## 1950\n# Tag\n`,
    );
    expectOneLineError(spawnCable(['show', '--json', '--doc', file]), file, /front matter is not valid YAML/);
  });

  it('an alias bomb ("billion laughs") is refused at once, in bounded memory', () => {
    const dir = tempDir();
    const file = join(dir, 'bomb.md');
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const [name, previous] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    writeFileSync(file, `---\n${levels.join('\n')}\n---\n## 1950\n# Bomb\n`);
    for (const args of [
      ['show', '--json'],
      ['add', file, '--dir', tempDir()],
    ]) {
      const result = spawnCable(args[0] === 'add' ? args : [...args, '--doc', file]);
      expectOneLineError(result, file, /front matter uses YAML aliases \(\*name\), which cable does not read/);
    }
  });

  it('front matter larger than 64 KB is refused', () => {
    const dir = tempDir();
    const file = join(dir, 'big.md');
    writeFileSync(file, `---\nnote: "${'x'.repeat(70000)}"\n---\n## 1950\n# Big\n`);
    expectOneLineError(spawnCable(['show', '--doc', file]), file, /front matter is 68 KB; cable reads at most 64 KB/);
  });
});
