import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLES } from '../../scripts/bundles.mjs';
import { BIN, FIXTURES, freshHome, ROOT, spawnCable, tempDir } from '../helpers.js';

/** The JavaScript files a cable command reads, from a hook that writes them to fd 3. */
function filesLoadedBy(args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--require', join(FIXTURES, 'trace-loads.cjs'), BIN, ...args], {
    cwd: tempDir(),
    env: { PATH: process.env.PATH ?? '', ...freshHome(), XDG_CACHE_HOME: tempDir() },
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  return String(result.output[3] ?? '')
    .split('\n')
    .filter((l) => l !== '');
}

describe('start-up stays light', () => {
  // Each heavy part is a bundle of its own (scripts/bundles.mjs), loaded only by the commands that need it.
  const own = (paths: string[]) => paths.map((path) => path.replace(/^.*\/(bin|dist|node_modules)\//, '$1/'));
  const START = ['bin/cable.js', 'dist/boot.cjs', 'dist/cable.cjs'];

  it.each([['cite'], ['point', '3'], ['points']])('cable %s loads one bundle: none of the lazy ones', (...args) => {
    expect(own(filesLoadedBy(args))).toEqual(START);
  });

  it('cable list reads the index: its bundle, and no other', () => {
    expect(own(filesLoadedBy(['list']))).toEqual([...START, 'dist/searchIndex.cjs']);
  });

  it.each(BUNDLES.filter((b) => b.name !== 'cable' && b.loadedBy !== null))(
    'the $name bundle is loaded by its command, and nothing else heavy',
    ({ name, loadedBy, alsoLoads }) => {
      const loaded = own(filesLoadedBy(loadedBy ?? []));
      expect(loaded.slice(0, 3)).toEqual(START);
      expect(loaded).toContain(`dist/${name}.cjs`);
      // Only the bundle itself (and those its command needs too), and (for SQLite) no JavaScript from node_modules.
      const expected = [name, ...(alsoLoads ?? [])].map((b) => `dist/${b}.cjs`).sort();
      expect(loaded.filter((path) => !START.includes(path)).sort()).toEqual(expected);
    },
  );

  it('a document with front matter loads the YAML parser, bundled', () => {
    const file = join(tempDir(), 'with-front-matter.md');
    writeFileSync(file, '---\ncable:\n  source: "x.md"\n---\n## 1950\n# A document\n\n1. One.\n\n2. Two.\n');
    expect(own(filesLoadedBy(['point', '2', '--doc', file]))).toEqual([...START, 'dist/yaml.cjs']);
  });

  it('the lazy bundles take the parser, the errors and folding from the main bundle: one copy of each', () => {
    const index = readFileSync(join(ROOT, 'dist', 'searchIndex.cjs'), 'utf8');
    expect(index).toContain('__modules["src/store/load.ts"]');
    expect(index).toContain('__modules["src/text/fold.ts"]');
    // No copy of the parser (its diagnostics) nor of the typed errors' classes.
    expect(index).not.toContain('missing-title');
    for (const { name } of BUNDLES.filter((b) => b.name !== 'cable')) {
      expect(readFileSync(join(ROOT, 'dist', `${name}.cjs`), 'utf8'), name).not.toContain('kind="file"');
    }
    expect(readFileSync(join(ROOT, 'dist', 'cable.cjs'), 'utf8')).toContain('kind="file"');
  });
});

describe('code caches', () => {
  it('the build makes caches that this Node accepts', () => {
    for (const bundle of BUNDLES.filter((b) => b.warm('', '').length > 0).map((b) => b.name))
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
      env: { PATH: process.env.PATH ?? '', ...freshHome(), DEBUG: 'cable' },
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
