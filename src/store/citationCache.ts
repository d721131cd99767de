import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtin } from '../builtin.js';
import { PACKAGE_ROOT } from '../paths.js';
import { cacheHome } from './xdg.js';

type Env = Record<string, string | undefined>;

/**
 * Citations cable has formatted with citeproc, by what made them: asking again for the same citation prints it
 * without loading citeproc (a Chicago note is ~0.25 s of citeproc, a cached one is read in a millisecond). The key
 * is a hash of everything the text depends on (see `citationKey`); an entry is never updated, only written anew
 * under another key, so a stale one cannot be read. A cache that cannot be read or written is no cache: the
 * citation is formatted as if it were not there, silently.
 */

/** The build: dist/.source-hash, the hash of every file the build read (scripts/source-hash.mjs). */
function buildId(): string {
  try {
    return readFileSync(join(PACKAGE_ROOT, 'dist', '.source-hash'), 'utf8');
  } catch {
    return 'no build';
  }
}

/**
 * The key of one citation: cable's build, the CSL file's signature (a user may edit a shipped style), the style and
 * its options, the document as parsed, and the Node and ICU versions that sort and case its text.
 */
export function citationKey(parts: string[]): string {
  const hash = builtin<typeof import('node:crypto')>('node:crypto').createHash('sha256');
  for (const part of ['cable citation 1', buildId(), process.version, process.versions.icu ?? '', ...parts])
    hash.update(part).update('\0');
  return hash.digest('hex');
}

const entryPath = (env: Env, key: string): string => join(cacheHome(env), 'cable', 'citations', `${key}.txt`);

/** The cached citation under `key`, or null. */
export function readCachedCitation(env: Env, key: string): string | null {
  try {
    return readFileSync(entryPath(env, key), 'utf8');
  } catch {
    return null;
  }
}

/** Keeps a citation under `key`: written to a temporary file and renamed, so no reader sees half of it. */
export function writeCachedCitation(env: Env, key: string, text: string): void {
  const path = entryPath(env, key);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(join(cacheHome(env), 'cable', 'citations'), { recursive: true });
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, path);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written where nothing can be.
    }
  }
}
