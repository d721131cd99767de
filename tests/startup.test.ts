import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, tempDir } from './helpers.js';

/** The modules a cable command loads, from a resolve hook that writes to fd 3. */
function modulesLoadedBy(args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--import', join(FIXTURES, 'trace-imports.mjs'), BIN, ...args], {
    cwd: tempDir(),
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent' },
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  return String(result.output[3] ?? '').split('\n').filter((l) => l !== '');
}

describe('start-up stays light', () => {
  it.each([['cite'], ['point', '3'], ['points'], ['list']])('cable %s loads neither marked-terminal, citation-js nor SQLite', (...args) => {
    const loaded = modulesLoadedBy(args);
    expect(loaded.some((url) => url.includes('/dist/cli.js'))).toBe(true);
    expect(loaded.filter((url) => /marked-terminal|\/marked\/|cli-highlight|highlight\.js|citation-js|citeproc|better-sqlite3/.test(url))).toEqual([]);
  });

  it('cable show does load it', () => {
    expect(modulesLoadedBy(['show']).some((url) => url.includes('marked-terminal'))).toBe(true);
  });
});
