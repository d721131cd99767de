import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { builtin } from '../builtin.js';
import type { Collection } from './collection.js';
import { cacheHome } from './xdg.js';

const INDEX_FILE = '.cable-index.sqlite';

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Beside the collection when it can be written (a hidden file, never taken for a document); else in the user's cache folder. */
export function indexPath(collection: Collection, env: Record<string, string | undefined>): string {
  if (!collection.readOnly && writable(collection.dir)) return join(collection.dir, INDEX_FILE);
  const key = builtin<typeof import('node:crypto')>('node:crypto')
    .createHash('sha256')
    .update(collection.dir)
    .digest('hex')
    .slice(0, 16);
  return join(cacheHome(env), 'cable', `index-${key}.sqlite`);
}
