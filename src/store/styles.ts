import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InstallationError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';

/** The official CSL files shipped in styles/ (CC BY-SA 3.0; see styles/README.md). */
export function readCslStyle(name: string): string {
  const path = join(PACKAGE_ROOT, 'styles', `${name}.csl`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InstallationError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}

/**
 * Whether a shipped CSL file is as it was: its size, modification and change times and inode (as the index tells a
 * changed document), for the citation cache's key, without reading the file.
 */
export function cslStyleSignature(name: string): string {
  const path = join(PACKAGE_ROOT, 'styles', `${name}.csl`);
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
  } catch (error) {
    throw new InstallationError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}

/**
 * The shipped styles as citeproc parses them (src/cite/format.ts), in dist/csl by the SHA-1 of their text: the
 * build writes them, running each style once with `CABLE_KEEP_PARSED_STYLES=1` (scripts/code-cache.mjs); a run
 * only reads them, and a style it has none for is parsed from its XML.
 */
export function parsedStyles(env: Record<string, string | undefined>) {
  const dir = join(PACKAGE_ROOT, 'dist', 'csl');
  return {
    read(key: string): string | null {
      try {
        return readFileSync(join(dir, `${key}.json`), 'utf8');
      } catch {
        return null;
      }
    },
    write(key: string, json: string): void {
      if (env.CABLE_KEEP_PARSED_STYLES !== '1') return;
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${key}.json`);
      writeFileSync(`${path}.tmp`, json);
      renameSync(`${path}.tmp`, path);
    },
  };
}

/** The style files for citation-js, with their parses (see `parsedStyles`). */
export const styleFiles = (env: Record<string, string | undefined>) =>
  Object.assign((name: string) => readCslStyle(name), { parsed: parsedStyles(env) });
