import { resolve } from 'node:path';
import { createUserCollection } from '../store/collection.js';
import type { ImportResult } from '../store/import.js';
import { collectionOf } from './collection.js';
import type { AppContext } from './context.js';

/** Imports FRUS volumes into the collection, one after another, and keeps an existing index current. */
export async function importVolumes(
  ctx: AppContext,
  request: { files: string[]; force: boolean },
): Promise<{ results: ImportResult[]; created: string | null }> {
  // The TEI reader (saxes) is a bundle of its own: only `import` loads it.
  const { importVolume, indexImported } = await import('../store/import.js');
  const found = collectionOf(ctx);
  const collection = found.source === 'sample' ? createUserCollection(ctx.env) : found;
  const results: ImportResult[] = [];
  for (const file of request.files) {
    ctx.status?.(`cable: importing ${file}…`);
    try {
      results.push(await importVolume(collection, resolve(ctx.cwd, file), { force: request.force }));
    } finally {
      ctx.status?.(null);
    }
  }
  await indexImported(
    collection,
    ctx.env,
    results.flatMap((r) => r.imported),
  );
  return { results, created: collection === found ? null : collection.dir };
}
