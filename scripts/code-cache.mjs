// Makes the V8 code caches that src/boot.ts loads the bundles with. Each
// bundle's commands (scripts/bundles.mjs) run once on the bundled document,
// and each run saves what it compiled; a later run starts from the caches the
// earlier ones saved, so the caches end up holding the code of every command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLES } from './bundles.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUN = fileURLToPath(new URL('./code-cache-run.cjs', import.meta.url));

export function makeCodeCaches() {
  const scratch = mkdtempSync(join(tmpdir(), 'cable-code-cache-'));
  try {
    for (const args of BUNDLES.flatMap((b) => b.warm(scratch, ROOT.replace(/\/$/, '')))) {
      const result = spawnSync(process.execPath, [RUN, ...args], {
        cwd: ROOT,
        // Isolated from the user's own collection, cache and pager.
        env: {
          PATH: process.env.PATH,
          HOME: scratch,
          XDG_DATA_HOME: join(scratch, 'data'),
          XDG_CACHE_HOME: join(scratch, 'cache'),
          CABLE_DIR: join(ROOT, 'documents'),
          NO_COLOR: '1',
          COLUMNS: '80',
          // Keeps citeproc's parse of each style it formats with, in dist/csl (src/store/styles.ts).
          CABLE_KEEP_PARSED_STYLES: '1',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      if (result.status !== 0)
        throw new Error(`making the code cache: cable ${args.join(' ')} failed: ${result.stderr}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
