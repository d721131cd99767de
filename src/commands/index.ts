import type { Command } from 'commander';
import { indexStatus, updateIndex } from '../app/index.js';
import { defineCommand, type Session } from '../cli/command.js';
import { describeProblem } from '../cli/messages.js';
import { emit, formatOf } from '../cli/output.js';
import { indexStatusRenderer, indexUpdateRenderer } from '../render/collection.js';

export const registerIndex = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'index',
    description: 'build or check the search index (a cache)',
    examples: [
      'cable index --status # where it is, and whether it is current',
      'cable index --status --verify # and whether every file still holds the text it indexed',
      'cable index --rebuild # build it from nothing',
    ],
    options: ['dir', 'rebuild', 'status', 'verify', 'json'],
    requires: [['verify', 'status']],
    run: async (_, options, ctx, io) => {
      if (options.status) {
        const status = await indexStatus(ctx, { verify: options.verify });
        return emit(io, indexStatusRenderer, status, { format: formatOf(options) });
      }
      const update = await updateIndex(ctx, { rebuild: options.rebuild });
      const problems = update.stats.problems.map(describeProblem);
      await emit(io, indexUpdateRenderer, { ...update, problems }, { format: formatOf(options) });
    },
  });
