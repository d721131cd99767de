import type { Command } from 'commander';
import { listDocuments } from '../app/collection.js';
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
      const result = listDocuments(ctx, options, options.sort);
      const format = options.json ? 'json' : options.format === 'tsv' ? 'tsv' : 'text';
      // Nothing found is exit 1, in list as in filter, search and cite --all (as grep).
      if (result.documents.length === 0) throw new FailureError(nothingFound(result.total, result.collection.dir));
      const documents = result.documents.slice(0, options.listLimit ?? result.documents.length);
      await emit(io, listRenderer, { documents }, { format, page: options.pager });
      if (documents.length < result.documents.length) {
        io.err(`cable: showing the first ${documents.length} of ${result.documents.length} documents\n`);
      }
    },
  });
