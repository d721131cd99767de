// Makes the V8 code caches that src/boot.ts loads the bundles with. Each quick
// command runs once on the bundled document, and each run saves what it
// compiled; a later run starts from the caches the earlier ones saved, so the
// caches end up holding the code of every command below.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUN = fileURLToPath(new URL('./code-cache-run.cjs', import.meta.url));

/** The commands whose code is cached: the quick ones, and `show` for the terminal renderer. */
const COMMANDS = [['point', '3'], ['cite'], ['points'], ['list'], ['quote', '2'], ['show'], ['show', '--section', 'citation'], ['cite', '--style', 'mla'], ['cite', '--style', 'bibtex']];

export function makeCodeCaches() {
  for (const args of COMMANDS) {
    const result = spawnSync(process.execPath, [RUN, ...args], {
      cwd: ROOT,
      env: { ...process.env, CABLE_DIR: join(ROOT, 'documents'), NO_COLOR: '1', FORCE_COLOR: '', COLUMNS: '80' },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`making the code cache: cable ${args.join(' ')} failed: ${result.stderr}`);
  }
}
