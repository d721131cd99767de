import type { Command } from 'commander';
import { listNames } from '../app/names.js';
import { defineCommand, type Session } from '../cli/command.js';
import { emit, formatOf } from '../cli/output.js';
import { FailureError } from '../errors.js';
import { namesRenderer } from '../render/names.js';

export const registerNames = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'names',
    description: 'the people the collection declares, in every spelling',
    examples: [
      'cable names # who the titles, FRUS persons lists, names.yaml and texts name',
      'cable names Stalin # his spellings, and every document and point that has one',
    ],
    arguments: [{ name: '[name...]', description: 'words of a name, in any spelling' }],
    options: ['dir', 'json', 'pager'],
    run: async ([words]: [string[]], options, ctx, io) => {
      const result = await listNames(ctx, { words });
      if (result.entries.length === 0)
        throw new FailureError(
          result.query === null
            ? `no person is declared in ${result.dir}: titles name senders and recipients, FRUS volumes list their persons (cable import), a names.yaml lists spellings`
            : `no person named ${result.query} is declared in ${result.dir}`,
        );
      await emit(io, namesRenderer, result, { format: formatOf(options), page: options.pager });
    },
  });
