import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test file runs apart from the user's own environment: their
 * collection ($CABLE_DIR, $XDG_DATA_HOME), their cache, their pager, their
 * terminal's settings. HOME and the XDG folders point into the run's
 * temporary folder, where nothing is.
 */
const root = process.env.CABLE_TEST_TMP ?? mkdtempSync(join(tmpdir(), 'cable-tests-'));
const home = join(root, 'home');
mkdirSync(home, { recursive: true });
for (const name of [
  'CABLE_DIR',
  'PAGER',
  'CABLE_PAGER',
  'LESS',
  'COLUMNS',
  'NO_COLOR',
  'FORCE_COLOR',
  'FORCE_HYPERLINK',
  'DEBUG',
  'TERM',
]) {
  delete process.env[name];
}
process.env.HOME = home;
process.env.XDG_DATA_HOME = join(home, 'data');
process.env.XDG_CACHE_HOME = join(home, 'cache');
