import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { builtin } from '../builtin.js';
import { CollectionError, FileError, ImportError } from '../errors.js';
import { frusId, toMarkdown } from '../frus/markdown.js';
import { createVolumeReader, type FrusVolume, TeiError } from '../frus/tei.js';
import type { Collection } from './collection.js';
import { indexPath } from './indexPath.js';
import { parseText, usable } from './load.js';
import { isRunning } from './write.js';

export interface ImportResult {
  file: string;
  volume: string;
  imported: string[];
  /** Already in the collection, left as they are (--force replaces them). */
  skipped: string[];
}

/**
 * Imports a FRUS volume (TEI XML) into a collection, one Markdown document a
 * `<div type="document">`, as `<volume-id>-d<n>.md`. The volume is read as a
 * stream, in chunks, so memory stays bounded whatever its size. All or
 * nothing per volume: the documents go to a hidden folder in the collection
 * first, and take their places only when the whole volume has been read; a
 * malformed volume leaves nothing behind.
 */
export async function importVolume(
  collection: Collection,
  file: string,
  options: { force: boolean },
): Promise<ImportResult> {
  if (collection.readOnly) throw new CollectionError(collection.dir, 'read-only');
  const random = builtin<typeof import('node:crypto')>('node:crypto').randomBytes(4).toString('hex');
  removeStaleImports(collection.dir);
  const staging = join(collection.dir, `.cable-import-${process.pid}-${random}`);
  mkdirSync(staging);
  const staged: Array<{ id: string; name: string }> = [];
  let volume: FrusVolume | null = null;
  try {
    const reader = createVolumeReader({
      volume: (v) => {
        volume = v;
      },
      document: (document, v) => {
        const id = frusId(v, document);
        const text = toMarkdown(v, document);
        // What is stored must be what cable reads back.
        usable(parseText(`${id}.md`, text));
        writeFileSync(join(staging, `${id}.md`), text, { flag: 'wx' });
        staged.push({ id, name: `${id}.md` });
      },
    });
    await stream(file, (chunk) => reader.write(chunk));
    reader.close();
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof TeiError) throw new ImportError(file, error.message, error.line, error.column);
    throw error;
  }
  const result: ImportResult = { file, volume: (volume as FrusVolume | null)?.id ?? '', imported: [], skipped: [] };
  try {
    for (const { id, name } of staged) {
      const target = join(collection.dir, name);
      if (existsSync(target) && !options.force) {
        result.skipped.push(id);
        continue;
      }
      renameSync(join(staging, name), target);
      result.imported.push(id);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (result.imported.length === 0 && staged.length === 0) {
    throw new ImportError(file, 'no <div type="document"> in it: not a FRUS volume', 1, 1);
  }
  return result;
}

/** The volume's text, chunk by chunk, decoded as UTF-8 across chunk boundaries. */
async function stream(file: string, take: (chunk: string) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) take(decoder.write(chunk as Buffer));
    take(decoder.end());
  } catch (error) {
    if (error instanceof TeiError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(file, 'not-found');
    if (code === 'EISDIR') throw new FileError(file, 'is-directory');
    if (code === 'EACCES' || code === 'EPERM') throw new FileError(file, 'permission');
    throw error;
  }
}

/** Keeps an existing search index current with what was imported. */
export async function indexImported(
  collection: Collection,
  env: Record<string, string | undefined>,
  ids: string[],
): Promise<void> {
  if (ids.length === 0 || !existsSync(indexPath(collection, env))) return;
  const { openSearchIndex } = await import('./searchIndex.js');
  openSearchIndex(collection, env, { only: ids.map((id) => join(collection.dir, `${id}.md`)) }).close();
}

/** Staging folders left by an import that was killed: cable's own, hidden, removed by the next import. */
function removeStaleImports(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = Number(/^\.cable-import-(\d+)-[0-9a-f]+$/.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}
