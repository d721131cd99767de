import type { Collection, IndexStatus } from '../model/index.js';
import { type Renderer, wrapOnTerminal } from './renderer.js';
import { safeText } from './safe.js';

// What the add and index renderers need of the store's results: the shapes, not the store.
type AddItem = { result: { outcome: string; id: string; path: string } } | { error: unknown };
interface RefreshStats {
  added: number;
  updated: number;
  removed: number;
  documents: number;
  rebuilt: string | null;
}

/** `cable where`: the collection, why it was chosen, how many documents. */
export const whereRenderer: Renderer<{ collection: Collection; reason: string; documents: number }> = {
  text: ({ collection, reason, documents }, ctx) =>
    wrapOnTerminal(
      `${safeText(collection.dir)}\n  why: ${reason}\n  documents: ${documents}${collection.readOnly ? '\n  read-only' : ''}`,
      ctx,
    ),
  json: ({ collection, reason, documents }) => ({
    dir: collection.dir,
    source: collection.source,
    reason,
    readOnly: collection.readOnly,
    documents,
  }),
};

/** `cable add`: the ids added, one a line (what happened goes to stderr); `--json`, the outcomes. */
export const addRenderer: Renderer<{ items: AddItem[] }> = {
  text: ({ items }) => items.flatMap((i) => ('result' in i ? [safeText(i.result.id)] : [])).join('\n'),
  json: ({ items }) =>
    items.flatMap((i) => ('result' in i ? [{ outcome: i.result.outcome, id: i.result.id, path: i.result.path }] : [])),
};

/** `cable index --status`. */
export const indexStatusRenderer: Renderer<IndexStatus> = {
  text(status, ctx) {
    if (!status.exists) {
      return wrapOnTerminal(`${safeText(status.path)}\n  no index yet: the next search builds it`, ctx);
    }
    if (status.damaged !== null) {
      return wrapOnTerminal(`${safeText(status.path)}\n  damaged: ${status.damaged}`, ctx);
    }
    const state =
      status.stale === 0
        ? 'up to date'
        : `${status.stale} document${status.stale === 1 ? '' : 's'} changed since the last search`;
    return wrapOnTerminal(
      `${safeText(status.path)}\n  documents: ${status.documents}\n  points and paragraphs: ${status.units}\n  size: ${(status.bytes / 1024).toFixed(0)} KiB\n  ${state}`,
      ctx,
    );
  },
  json: (status) => status,
};

/** `cable index` (and `--rebuild`): what the update did. */
/** `problems`: each file the index could not take, worded (the CLI words them). */
export const indexUpdateRenderer: Renderer<{ path: string; stats: RefreshStats; problems: string[] }> = {
  text({ path, stats }, ctx) {
    const what =
      stats.rebuilt !== null
        ? `built (${stats.rebuilt})`
        : stats.added + stats.updated + stats.removed === 0
          ? 'up to date'
          : 'updated';
    return wrapOnTerminal(
      `${safeText(path)}\n  ${what}: ${stats.documents} documents; ${stats.added} added, ${stats.updated} updated, ${stats.removed} removed`,
      ctx,
    );
  },
  json: ({ path, stats, problems }) => ({ path, ...stats, problems }),
};

/** `cable import`: per volume, how many documents came in, and how many were there already. */
export const importRenderer: Renderer<{
  results: Array<{ file: string; volume: string; imported: string[]; skipped: string[] }>;
}> = {
  text: ({ results }, ctx) =>
    wrapOnTerminal(
      results
        .map(
          (r) =>
            `${safeText(r.volume)}: ${r.imported.length} document${r.imported.length === 1 ? '' : 's'} imported${
              r.skipped.length > 0 ? `, ${r.skipped.length} already present (--force replaces them)` : ''
            }`,
        )
        .join('\n'),
      ctx,
    ),
  json: ({ results }) => results,
};
