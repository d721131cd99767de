import type { Command } from 'commander';
import type { Io } from '../io.js';
import { safeJson } from '../render/safe.js';
import { listDocumentPaths, resolveCollection } from '../store/collection.js';
import { withExamples } from './help.js';

export function registerWhere(program: Command, io: Io): void {
  withExamples(program.command('where').description('print which collection is in use, and why'), [
    'cable where',
    'CABLE_DIR=~/archive cable where',
  ])
    .option('--dir <path>', 'the collection to check')
    .option('--json', 'print JSON')
    .action((options: { dir?: string; json?: boolean }) => {
      const collection = resolveCollection(options.dir, io.env, io.cwd);
      const count = listDocumentPaths(collection.dir).length;
      if (options.json) return io.out(`${safeJson({ ...collection, documents: count })}\n`);
      io.out(
        `${collection.dir}\n  why: ${collection.reason}\n  documents: ${count}${collection.readOnly ? '\n  read-only' : ''}\n`,
      );
    });
}
