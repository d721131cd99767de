import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CableError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { safeJson, safeText } from '../render/safe.js';
import { type AddResult, addDocument } from '../store/add.js';
import { resolveCollection } from '../store/collection.js';
import { indexPath } from '../store/indexPath.js';
import { decodeDocument, readDocumentText } from '../store/read.js';
import { withExamples } from './help.js';

interface AddOptions {
  dir?: string;
  id?: string;
  force?: boolean;
  json?: boolean;
}

const SAID: Record<AddResult['outcome'], string> = {
  added: 'added',
  replaced: 'replaced',
  'already-present': 'already present, unchanged',
};

export function registerAdd(program: Command, io: Io): void {
  withExamples(program.command('add').description('add documents to the collection (- for stdin)'), [
    'cable add ~/scans/*.md --dir ~/archive # several files',
    'curl -s URL | cable add - --id my-cable # from standard input',
  ])
    .argument('<file...>', 'Markdown files to add, or - for standard input')
    .option('--dir <path>', 'the collection to add to')
    .option('--id <id>', 'store the document under this id (one file only; default: from its URL or file name)')
    .option('-f, --force', 'replace a different document that has the same id')
    .option('--json', 'print JSON')
    .action(async (files: string[], options: AddOptions) => {
      if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
      if (options.id !== undefined && files.length > 1)
        throw new UsageError('--id names one document; add the files one at a time');
      const collection = resolveCollection(options.dir, io.env, io.cwd);
      const results: AddResult[] = [];
      let failures = 0;
      for (const file of files) {
        try {
          const text =
            file === '-' ? decodeDocument('(stdin)', await io.readStdin()) : readDocumentText(resolve(io.cwd, file));
          const source = file === '-' ? '(stdin)' : file;
          const result = addDocument(collection, source, text, {
            force: options.force === true,
            now: new Date(),
            env: io.env,
            ...(options.id === undefined ? {} : { id: options.id }),
          });
          results.push(result);
          if (!options.json) io.err(`${SAID[result.outcome]}: ${result.id} → ${result.path}\n`);
        } catch (error) {
          // One bad file does not stop the others; the exit code says something failed.
          if (!(error instanceof CableError) || files.length === 1) throw error;
          failures++;
          io.err(`cable: ${error.message}\n`);
        }
      }
      if (options.json) {
        io.out(`${safeJson(results.map(({ outcome, id, path }) => ({ outcome, id, path })))}\n`);
      } else {
        for (const r of results) io.out(`${safeText(r.id)}\n`);
      }
      // Keep an existing search index current, so the next search need not catch up.
      const written = results.filter((r) => r.outcome !== 'already-present').map((r) => r.path);
      if (written.length > 0 && existsSync(indexPath(collection, io.env))) {
        const { openSearchIndex } = await import('../store/searchIndex.js');
        openSearchIndex(collection, io.env, { only: written }).close();
      }
      if (failures > 0) throw new CableError(`${failures} of ${files.length} files not added`);
    });
}
