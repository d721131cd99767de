import type { Command } from 'commander';
import { searchCollection } from '../app/search.js';
import { defineCommand, QUERY_HELP, type Session } from '../cli/command.js';
import { emit, formatOf } from '../cli/output.js';
import { FailureError } from '../errors.js';
import { searchRenderer } from '../render/search.js';

export const registerSearch = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'search',
    description: 'search the whole collection, ranked',
    examples: [
      'cable search Roshchin # every point that mentions Roshchin',
      `cable search '"coalition government"' --from 1949 # a phrase, from 1949 on`,
      'cable search government -- -capital # government, but not capital (a -word goes after --)',
      "cable search 'intellig*' --limit 50 # a prefix, more results",
      'cable search Mao Tse-tung # also Mao Zedong (Pinyin and Wade-Giles); --exact-spelling for one',
    ],
    arguments: [{ name: '<query...>', description: QUERY_HELP }],
    options: [
      'from',
      'to',
      'language',
      'hasPoints',
      'source',
      'dir',
      'limit',
      'caseSensitive',
      'exactSpelling',
      'json',
      'pager',
    ],
    run: async ([words]: [string[]], options, ctx, io) => {
      const result = await searchCollection(ctx, {
        words,
        caseSensitive: options.caseSensitive,
        exactSpelling: options.exactSpelling,
        filter: options,
        limit: options.limit,
      });
      await emit(io, searchRenderer, result, { format: formatOf(options), page: options.pager });
      if (result.more && !options.json)
        io.err(
          `cable: showing ${result.limit === 1 ? 'the first result' : `the first ${result.limit} results`}; --limit N shows more\n`,
        );
      if (result.hits.length === 0) throw new FailureError(`no match for ${result.query} in ${result.dir}`);
    },
  });
