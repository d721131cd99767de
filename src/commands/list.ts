import type { Command } from 'commander';
import { listDocuments } from '../app/collection.js';
import { defineCommand, type Session } from '../cli/command.js';
import { emit } from '../cli/output.js';
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
    options: ['from', 'to', 'language', 'hasPoints', 'dir', 'sort', 'format', 'json'],
    conflicts: [['json', 'format']],
    run: async (_, options, ctx, io) => {
      const result = listDocuments(ctx, options, options.sort);
      const format = options.json ? 'json' : options.format === 'tsv' ? 'tsv' : 'text';
      if (format === 'text' && result.documents.length === 0) {
        io.err(`cable: no documents${result.total > 0 ? ' match' : ` in ${result.collection.dir}`}\n`);
        return;
      }
      await emit(io, listRenderer, result, { format });
    },
  });
