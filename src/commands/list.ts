import type { Command } from 'commander';
import { listCollection } from '../app/index.js';
import { defineCommand, type Session } from '../cli/command.js';
import { nothingFound } from '../cli/messages.js';
import { emit } from '../cli/output.js';
import { FailureError } from '../errors.js';
import { listRenderer } from '../render/list.js';

export const registerList = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'list',
    description: 'list the documents in the collection',
    examples: [
      'cable list # every document, by date',
      'cable list --from 1949 --to 1949-06 --has-points # the first half of 1949, with numbered points',
      'cable list --format tsv > documents.tsv # for a spreadsheet',
    ],
    options: ['from', 'to', 'language', 'hasPoints', 'source', 'dir', 'sort', 'listLimit', 'format', 'json', 'pager'],
    conflicts: [['json', 'format']],
    run: async (_, options, ctx, io) => {
      const format = options.json ? 'json' : options.format === 'tsv' ? 'tsv' : 'text';
      const filter = options;
      const result = await listCollection(ctx, { filter, sort: options.sort, documents: format === 'json' });
      // Nothing found is exit 1, in list as in filter, search and cite --all (as grep).
      if (result.entries.length === 0) throw new FailureError(nothingFound(result.total, result.collection.dir));
      const limit = options.listLimit ?? result.entries.length;
      const entries = result.entries.slice(0, limit);
      const documents = result.documents?.slice(0, limit) ?? null;
      await emit(io, listRenderer, { entries, documents }, { format, page: options.pager });
      if (entries.length < result.entries.length) {
        io.err(`cable: showing the first ${entries.length} of ${result.entries.length} documents\n`);
      }
    },
  });
