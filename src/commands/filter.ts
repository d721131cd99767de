import type { Command } from 'commander';
import { filterDocument } from '../app/read.js';
import { defineCommand, QUERY_HELP, type Session } from '../cli/command.js';
import { emit, formatOf } from '../cli/output.js';
import { FailureError } from '../errors.js';
import { filterRenderer } from '../render/search.js';

export const registerFilter = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'filter',
    description: 'the points of one document that match a query',
    examples: [
      'cable filter Beiping # the points that mention Beiping',
      `cable filter '"coalition government"' # an exact phrase`,
      'cable filter spies --section summary --count # how many matches in the summary',
    ],
    arguments: [{ name: '<query...>', description: QUERY_HELP }],
    options: ['doc', 'dir', 'json', 'headerSection', 'count', 'caseSensitive', 'exactSpelling'],
    run: async ([words]: [string[]], options, ctx, io) => {
      const { document, query, matches } = filterDocument(ctx, {
        doc: options.doc,
        words,
        caseSensitive: options.caseSensitive,
        exactSpelling: options.exactSpelling,
        section: options.headerSection ?? null,
      });
      await emit(io, filterRenderer, { matches, count: options.count }, { format: formatOf(options) });
      // Like grep: nothing found is exit 1.
      if (matches.length === 0) throw new FailureError(`no match for ${query} in document ${document.id}`);
    },
  });
