import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * better-sqlite3's native addon, by its path. Left to itself, better-sqlite3
 * finds the addon with the `bindings` package, which tries one path after
 * another; the build puts better-sqlite3's JavaScript in cable's own bundle
 * (scripts/build.mjs), so only the addon is loaded from node_modules.
 */
function nativeBinding(): string {
  const packageJson = createRequire(import.meta.url).resolve('better-sqlite3/package.json');
  return join(dirname(packageJson), 'build', 'Release', 'better_sqlite3.node');
}

export function openDatabase(path: string, options: Database.Options = {}): Database.Database {
  return new Database(path, { ...options, nativeBinding: nativeBinding() });
}

export { Database };
