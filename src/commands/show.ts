import type { Command } from 'commander';
import { readStandardInput } from '../app/collection.js';
import { readDocument } from '../app/read.js';
import { defineCommand, type Session } from '../cli/command.js';
import { emit, formatOf } from '../cli/output.js';
import { UsageError } from '../errors.js';
import { documentRenderer } from '../render/document.js';

export const registerShow = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'show',
    description: 'read a document in the terminal',
    examples: [
      'cable show # the whole document',
      'cable show --section summary # one section',
      'cable show --doc 121767 --width 100 # a document by its id, wider',
      'cable show --doc frus1969-76v19p1-d18 --dir ~/frus-docs --gloss # an imported FRUS telegram, abbreviations spelled out',
    ],
    arguments: [{ name: '[file]', description: 'a Markdown file to read, as glow takes it (the same as --doc FILE)' }],
    options: ['doc', 'dir', 'json', 'section', 'width', 'gloss', 'pager'],
    conflicts: [['json', 'width']],
    run: async ([file]: [string | undefined], options, ctx, io) => {
      if (file !== undefined && options.doc !== undefined)
        throw new UsageError('give the document once: a FILE or --doc');
      if (file === '-') await readStandardInput(ctx);
      const view = readDocument(ctx, {
        doc: file ?? options.doc,
        section: options.section ?? null,
        gloss: options.gloss ?? false,
      });
      await emit(io, documentRenderer, view, { format: formatOf(options), width: options.width, page: options.pager });
    },
  });
