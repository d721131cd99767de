// Makes the V8 code caches that src/boot.ts loads the bundles with. Each
// command below runs once on the bundled document, and each run saves what it
// compiled; a later run starts from the caches the earlier ones saved, so the
// caches end up holding the code of every command below.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUN = fileURLToPath(new URL('./code-cache-run.cjs', import.meta.url));

/**
 * The quick commands; `show` for the terminal renderer; two styles for
 * citation-js; `add`, then a read of what it wrote, for front matter; and a
 * search, then another `add`, for the index.
 */
function commands(scratch) {
  const added = join(scratch, '121767.md');
  return [
    ['point', '3'],
    ['cite'],
    ['points'],
    ['list'],
    ['quote', '2'],
    ['show'],
    ['show', '--section', 'citation'],
    ['cite', '--style', 'mla'],
    ['cite', '--style', 'bibtex'],
    ['add', join(ROOT, 'documents', '121767.md'), '--dir', scratch],
    ['point', '3', '--doc', added],
    ['show', '--doc', added],
    ['search', 'Roshchin', '--dir', scratch],
    ['add', join(ROOT, 'documents', '121767.md'), '--id', 'again', '--dir', scratch],
  ];
}

export function makeCodeCaches() {
  const scratch = mkdtempSync(join(tmpdir(), 'cable-code-cache-'));
  try {
    for (const args of commands(scratch)) {
      const result = spawnSync(process.execPath, [RUN, ...args], {
        cwd: ROOT,
        env: { ...process.env, CABLE_DIR: join(ROOT, 'documents'), NO_COLOR: '1', FORCE_COLOR: '', COLUMNS: '80' },
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
