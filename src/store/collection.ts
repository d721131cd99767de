import { existsSync, mkdirSync, readdirSync, realpathSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { CollectionError, WriteError } from '../errors.js';
import type { Collection, CollectionSource, LoadedDocument } from '../model/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import { type DocumentProblem, tryLoad } from './load.js';
import { dataHome } from './xdg.js';

export type { Collection, CollectionSource };

/** The sample documents shipped with cable, beside the built code. */
export const SAMPLE_DIR = join(PACKAGE_ROOT, 'documents');

export function userCollectionDir(env: Record<string, string | undefined>): string {
  return join(dataHome(env), 'cable');
}

/** The sample shipped with cable, however it is named (a relative path, a symbolic link): read-only, index included. */
function isSample(dir: string): boolean {
  try {
    return realpathSync(dir) === realpathSync(SAMPLE_DIR);
  } catch {
    return false;
  }
}

/** Makes the user's own collection, in the data folder: what `add` does when only the sample is there. */
export function createUserCollection(env: Record<string, string | undefined>): Collection {
  const dir = userCollectionDir(env);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new WriteError(dir, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  return { dir, source: 'user', readOnly: false };
}

/** Removes a folder if it is empty; says whether it did. */
export function removeEmptyFolder(dir: string): boolean {
  try {
    rmdirSync(dir);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function requireDirectory(dir: string, what: CollectionSource): void {
  if (!existsSync(dir)) throw new CollectionError(dir, 'missing', what);
  if (!isDirectory(dir)) throw new CollectionError(dir, 'not-a-folder', what);
}

/**
 * Finds the collection in use, like git finds its repository: --dir, then
 * $CABLE_DIR, then ./documents, then the user's data folder, then the sample.
 */
export function resolveCollection(
  dirFlag: string | undefined,
  env: Record<string, string | undefined>,
  cwd: string,
): Collection {
  if (dirFlag !== undefined) {
    const dir = resolve(cwd, dirFlag);
    requireDirectory(dir, 'flag');
    return { dir, source: 'flag', readOnly: isSample(dir) };
  }
  if (env.CABLE_DIR !== undefined && env.CABLE_DIR !== '') {
    const dir = resolve(cwd, env.CABLE_DIR);
    requireDirectory(dir, 'env');
    return { dir, source: 'env', readOnly: isSample(dir) };
  }
  const local = resolve(cwd, 'documents');
  if (isDirectory(local) && !isSample(local)) {
    return { dir: local, source: 'cwd', readOnly: false };
  }
  const user = userCollectionDir(env);
  if (isDirectory(user)) return { dir: user, source: 'user', readOnly: false };
  return { dir: SAMPLE_DIR, source: 'sample', readOnly: true };
}

/** Files in a collection that are documents: *.md, not hidden (cable's temporary files are hidden). */
export function listDocumentPaths(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new CollectionError(dir, 'unreadable', (error as NodeJS.ErrnoException).code ?? String(error));
  }
  // Plain concatenation: join() normalises each path, which a 10,000-file collection feels.
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  return names
    .filter((name) => name.toLowerCase().endsWith('.md') && !name.startsWith('.'))
    .sort()
    .map((name) => prefix + name);
}

export interface CollectionContents {
  documents: LoadedDocument[];
  /** Files that could not be read or used: reported, never fatal for the whole collection. */
  problems: DocumentProblem[];
}

export function loadCollection(dir: string): CollectionContents {
  const documents: LoadedDocument[] = [];
  const problems: DocumentProblem[] = [];
  for (const path of listDocumentPaths(dir)) {
    const loaded = tryLoad(path);
    if ('document' in loaded) documents.push(loaded);
    else problems.push(loaded);
  }
  return { documents: withUniqueIds(documents).documents, problems };
}

const stem = (path: string): string => (path.split(sep).pop() ?? path).replace(/\.md$/i, '');

/**
 * Ids stay unique in a collection: when two files' citations name the same
 * document, the one whose file name is that id keeps it, and the others are
 * known by their file names (the search index applies the same rule). Returns
 * the documents, and each clash as (the file renamed, the id it named, the
 * file that kept it or shares it).
 */
export function withUniqueIds(documents: LoadedDocument[]): {
  documents: LoadedDocument[];
  clashes: Array<{ loaded: LoadedDocument; id: string; others: string[] }>;
} {
  const byId = new Map<string, LoadedDocument[]>();
  for (const loaded of documents) byId.set(loaded.document.id, [...(byId.get(loaded.document.id) ?? []), loaded]);
  const clashes: Array<{ loaded: LoadedDocument; id: string; others: string[] }> = [];
  const renamed = new Map<LoadedDocument, LoadedDocument>();
  for (const [id, sharing] of byId) {
    if (sharing.length < 2) continue;
    for (const loaded of sharing) {
      if (stem(loaded.document.path) === id) continue;
      const others = sharing.filter((o) => o !== loaded).map((o) => o.document.path);
      clashes.push({ loaded, id, others });
      renamed.set(loaded, { ...loaded, document: { ...loaded.document, id: stem(loaded.document.path) } });
    }
  }
  return { documents: documents.map((d) => renamed.get(d) ?? d), clashes };
}
