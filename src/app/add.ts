import { resolve } from 'node:path';
import { type AddItem, addDocuments } from '../store/add.js';
import { decodeDocument, readDocumentText } from '../store/read.js';
import { collectionOf } from './collection.js';
import type { AppContext } from './context.js';

/** Adds files (or `-`, standard input) to the collection; each item says what happened to it. */
export function addFiles(
  ctx: AppContext,
  request: { files: string[]; force: boolean; id: string | undefined },
): Promise<AddItem[]> {
  const inputs = request.files.map((file) =>
    file === '-'
      ? { source: '(stdin)', read: async () => decodeDocument('(stdin)', await ctx.readStdin()) }
      : { source: file, read: async () => readDocumentText(resolve(ctx.cwd, file)) },
  );
  const options = { force: request.force, now: new Date(), ...(request.id === undefined ? {} : { id: request.id }) };
  return addDocuments(collectionOf(ctx), inputs, options, ctx.env);
}
