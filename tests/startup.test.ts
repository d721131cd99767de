import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, tempDir } from './helpers.js';

/** The modules a cable command loads, from a resolve hook that writes to fd 3. */
function modulesLoadedBy(args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--import', join(FIXTURES, 'trace-imports.mjs'), BIN, ...args], {
    cwd: tempDir(),
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', XDG_CACHE_HOME: tempDir() },
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  return String(result.output[3] ?? '').split('\n').filter((l) => l !== '');
}

describe('start-up stays light', () => {
  // The bundle keeps marked-terminal in dist/terminal.js, citation-js in dist/format.js, SQLite in dist/searchIndex.js.
  const own = (urls: string[]) => urls.filter((url) => !url.startsWith('node:')).map((url) => url.replace(/^.*\/(bin|dist|node_modules)\//, '$1/'));

  it.each([['cite'], ['point', '3'], ['points'], ['list']])('cable %s loads one bundle: neither marked-terminal, citation-js nor SQLite', (...args) => {
    expect(own(modulesLoadedBy(args))).toEqual(['bin/cable.js', 'dist/cable.js']);
  });

  it('cable show loads the terminal renderer, and nothing else heavy', () => {
    expect(own(modulesLoadedBy(['show']))).toEqual(['bin/cable.js', 'dist/cable.js', 'dist/terminal.js']);
  });

  it('cable cite --style chicago loads citation-js; cable search loads SQLite', () => {
    expect(own(modulesLoadedBy(['cite', '--style', 'chicago']))).toContain('dist/format.js');
    expect(own(modulesLoadedBy(['search', 'Roshchin']))).toEqual(expect.arrayContaining(['dist/searchIndex.js', 'node_modules/better-sqlite3/lib/index.js']));
  });
});
