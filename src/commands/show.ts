import type { Command } from 'commander';
import { readDocument } from '../app/read.js';
import { defineCommand, type Session } from '../cli/command.js';
import { emit, formatOf } from '../cli/output.js';
import { documentRenderer } from '../render/document.js';

export const registerShow = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'show',
    description: 'read a document in the terminal',
    examples: [
      'cable show # the whole document',
      'cable show --section summary # one section',
      'cable show --doc 300242 --width 100 # another document, wider',
    ],
    options: ['doc', 'dir', 'json', 'section', 'width', 'pager'],
    run: async (_, options, ctx, io) => {
      const view = readDocument(ctx, { doc: options.doc, section: options.section ?? null });
      await emit(io, documentRenderer, view, { format: formatOf(options), width: options.width, page: options.pager });
    },
  });
