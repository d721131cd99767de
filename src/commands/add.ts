import type { Command } from 'commander';
import { addFiles } from '../app/add.js';
import { defineCommand, type Session } from '../cli/command.js';
import { describe, describeAdded } from '../cli/messages.js';
import { emit, formatOf } from '../cli/output.js';
import { PartialFailureError, UsageError } from '../errors.js';
import { addRenderer } from '../render/collection.js';
import { safeText } from '../render/safe.js';

export const registerAdd = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'add',
    description: 'add documents to the collection (- for stdin)',
    examples: [
      'cable add ~/scans/*.md --dir ~/archive # several files',
      'curl -s URL | cable add - --id my-cable # from standard input',
    ],
    arguments: [
      {
        name: '<file...>',
        description: 'Markdown files to add, or - for standard input (a FRUS volume: cable import)',
      },
    ],
    options: ['dir', 'id', 'force', 'json'],
    run: async ([files]: [string[]], options, ctx, io) => {
      if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
      if (options.id !== undefined && files.length > 1) {
        throw new UsageError('--id names one document; add the files one at a time');
      }
      const { items, created } = await addFiles(ctx, { files, force: options.force, id: options.id });
      if (created !== null) io.err(`cable: created your collection: ${safeText(created)}\n`);
      const failed = items.flatMap((i) => ('error' in i ? [i.error] : []));
      // One bad file does not stop the others; the exit code says something failed.
      const [only] = failed;
      if (files.length === 1 && only) throw only;
      for (const item of items) {
        if ('result' in item && !options.json) {
          io.err(`${safeText(describeAdded(item.result))}\n`);
        } else if ('error' in item) {
          io.err(`cable: ${safeText(describe(item.error, io.env).text)}\n`);
        }
      }
      await emit(io, addRenderer, { items }, { format: formatOf(options) });
      if (failed.length > 0) throw new PartialFailureError(failed.length, files.length);
    },
  });
