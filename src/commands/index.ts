import type { Command } from 'commander';
import type { Io } from '../io.js';
import { safeJson } from '../render/safe.js';
import { resolveCollection } from '../store/collection.js';
import { withExamples } from './help.js';
import { progressReporter } from './progress.js';
import { warnAboutProblems } from './shared.js';

interface IndexOptions {
  dir?: string;
  rebuild?: boolean;
  status?: boolean;
  json?: boolean;
}

export function registerIndex(program: Command, io: Io): void {
  withExamples(program.command('index').description('build or check the search index (a cache)'), [
    'cable index --status # where it is, and whether it is current',
    'cable index --rebuild # build it from nothing',
  ])
    .option('--dir <path>', 'the collection whose index to use')
    .option('--rebuild', 'build the index from nothing')
    .option('--status', 'say where the index is and whether it is up to date')
    .option('--json', 'print JSON')
    .action(async (options: IndexOptions) => {
      const collection = resolveCollection(options.dir, io.env, io.cwd);
      const { indexStatus, openSearchIndex } = await import('../store/searchIndex.js');
      if (options.status) {
        const status = indexStatus(collection, io.env);
        if (options.json) return io.out(`${safeJson(status)}\n`);
        if (!status.exists) return io.out(`${status.path}\n  no index yet: the next search builds it\n`);
        const state =
          status.stale === 0
            ? 'up to date'
            : `${status.stale} document${status.stale === 1 ? '' : 's'} changed since the last search`;
        return io.out(
          `${status.path}\n  documents: ${status.documents}\n  points and paragraphs: ${status.units}\n  size: ${(status.bytes / 1024).toFixed(0)} KiB\n  ${state}\n`,
        );
      }
      const index = openSearchIndex(collection, io.env, {
        rebuild: options.rebuild === true,
        progress: progressReporter(io, io.stderrIsTTY),
      });
      const { stats } = index;
      index.close();
      warnAboutProblems(io, stats.problems);
      if (options.json)
        return io.out(`${safeJson({ path: index.path, ...stats, problems: stats.problems.map((p) => p.message) })}\n`);
      const what =
        stats.rebuilt !== null
          ? `built (${stats.rebuilt})`
          : stats.added + stats.updated + stats.removed === 0
            ? 'up to date'
            : 'updated';
      io.out(
        `${index.path}\n  ${what}: ${stats.documents} documents; ${stats.added} added, ${stats.updated} updated, ${stats.removed} removed\n`,
      );
    });
}
