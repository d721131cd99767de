import { resolve } from 'node:path';
import { type AddItem, addDocuments } from '../store/add.js';
import { createUserCollection, removeEmptyFolder } from '../store/collection.js';
import { decodeDocument, readDocumentText } from '../store/read.js';
import { collectionOf } from './collection.js';
import type { AppContext } from './context.js';

/**
 * Adds files (or `-`, standard input) to the collection; each item says what
 * happened to it. When no collection is named and only the read-only sample
 * is there, the first `add` makes the user's own, in the data folder.
 */
export async function addFiles(
  ctx: AppContext,
  request: { files: string[]; force: boolean; id: string | undefined },
): Promise<{ items: AddItem[]; created: string | null }> {
  const inputs = request.files.map((file) =>
    file === '-'
      ? { source: '(stdin)', read: async () => decodeDocument('(stdin)', await ctx.readStdin()) }
      : { source: file, read: async () => readDocumentText(resolve(ctx.cwd, file)) },
  );
  const options = { force: request.force, now: new Date(), ...(request.id === undefined ? {} : { id: request.id }) };
  const found = collectionOf(ctx);
  const collection = found.source === 'sample' ? createUserCollection(ctx.env) : found;
  const items = await addDocuments(collection, inputs, options, ctx.env);
  if (collection === found) return { items, created: null };
  // Nothing added: the sample stays the collection in use, as it was.
  if (!items.some((i) => 'result' in i))
    return { items, created: removeEmptyFolder(collection.dir) ? null : collection.dir };
  return { items, created: collection.dir };
}
