import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, spawnCable, tempDir } from './helpers.js';

/** The JavaScript files a cable command reads, from a hook that writes them to fd 3. */
function filesLoadedBy(args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--require', join(FIXTURES, 'trace-loads.cjs'), BIN, ...args], {
    cwd: tempDir(),
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', XDG_CACHE_HOME: tempDir() },
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  return String(result.output[3] ?? '')
    .split('\n')
    .filter((l) => l !== '');
}

describe('start-up stays light', () => {
  // The bundle keeps marked-terminal in dist/terminal.cjs, citation-js in dist/format.cjs, SQLite in dist/searchIndex.cjs.
  const own = (paths: string[]) => paths.map((path) => path.replace(/^.*\/(bin|dist|node_modules)\//, '$1/'));

  it.each([['cite'], ['point', '3'], ['points'], ['list']])(
    'cable %s loads one bundle: neither marked-terminal, citation-js nor SQLite',
    (...args) => {
      expect(own(filesLoadedBy(args))).toEqual(['bin/cable.js', 'dist/boot.cjs', 'dist/cable.cjs']);
    },
  );

  it('cable show loads the terminal renderer, and nothing else heavy', () => {
    expect(own(filesLoadedBy(['show']))).toEqual([
      'bin/cable.js',
      'dist/boot.cjs',
      'dist/cable.cjs',
      'dist/terminal.cjs',
    ]);
  });

  it('a document with front matter loads gray-matter, bundled, without esprima', () => {
    const file = join(tempDir(), 'with-front-matter.md');
    writeFileSync(file, '---\ncable:\n  source: "x.md"\n---\n## 1950\n# A document\n\n1. One.\n\n2. Two.\n');
    expect(own(filesLoadedBy(['point', '2', '--doc', file]))).toEqual([
      'bin/cable.js',
      'dist/boot.cjs',
      'dist/cable.cjs',
      'dist/grayMatter.cjs',
    ]);
  });

  it('cable cite --style chicago loads citation-js; cable search loads SQLite', () => {
    expect(own(filesLoadedBy(['cite', '--style', 'chicago']))).toContain('dist/format.cjs');
    // better-sqlite3's JavaScript is in the bundle: only its native addon comes from node_modules.
    expect(own(filesLoadedBy(['search', 'Roshchin']))).toEqual([
      'bin/cable.js',
      'dist/boot.cjs',
      'dist/cable.cjs',
      'dist/searchIndex.cjs',
    ]);
  });
});

describe('code caches', () => {
  it('the build makes caches that this Node accepts', () => {
    for (const bundle of ['cable', 'terminal', 'grayMatter', 'format', 'searchIndex'])
      expect(existsSync(join(ROOT, 'dist', `${bundle}.cjs.cache`))).toBe(true);
    for (const args of [['point', '3'], ['show']]) {
      const result = spawnCable(args, { env: { DEBUG: 'cable' } });
      expect(result).toMatchObject({ code: 0, stderr: '' });
    }
  });

  /** A copy of the installed package, to damage. */
  function packageCopy(): string {
    const dir = tempDir();
    for (const part of ['bin', 'dist', 'documents', 'styles', 'package.json'])
      cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    return dir;
  }
  const runCopy = (dir: string, args: string[]) =>
    spawnSync(process.execPath, [join(dir, 'bin', 'cable.js'), ...args], {
      cwd: tempDir(),
      env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', DEBUG: 'cable' },
      encoding: 'utf8',
    });
  const expected = spawnCable(['point', '3']).stdout;

  it('a cache that does not fit is rejected by V8: cable compiles the bundle and works the same', () => {
    const dir = packageCopy();
    writeFileSync(join(dir, 'dist', 'cable.cjs.cache'), Buffer.alloc(4096, 7));
    const result = runCopy(dir, ['point', '3']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected);
    expect(result.stderr).toBe('cable: the code cache for cable.cjs does not fit this Node; compiling it\n');
  });

  it('with no caches at all, cable works the same, silently', () => {
    const dir = packageCopy();
    for (const bundle of ['cable', 'terminal']) rmSync(join(dir, 'dist', `${bundle}.cjs.cache`));
    const result = runCopy(dir, ['point', '3']);
    expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 0,
      stdout: expected,
      stderr: '',
    });
  });
});
