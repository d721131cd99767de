import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIsCurrent } from '../scripts/source-hash.mjs';

/**
 * Once per test run: builds dist/ when the sources have changed since it was
 * built (so a plain `npx vitest` never tests a stale build), and makes the
 * one folder every test's temporary files go in, removed at the end.
 */
export default function setup(): () => void {
  if (!buildIsCurrent()) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed: see above');
  }
  const root = mkdtempSync(join(tmpdir(), 'cable-tests-'));
  process.env.CABLE_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}
