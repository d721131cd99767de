import type { Command } from 'commander';
import { citePoints } from '../app/cite.js';
import { defineCommand, type Session } from '../cli/command.js';
import { noteConstructed } from '../cli/messages.js';
import { emit, formatOf } from '../cli/output.js';
import { quoteRenderer } from '../render/quote.js';

export const registerQuote = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'quote',
    description: 'quote a point, with its pinpoint citation',
    examples: [
      'cable quote 3 # Markdown block quote and citation',
      'cable quote 3 --plain --style chicago # plain text, Chicago note',
    ],
    arguments: [{ name: '<n>', description: 'which point: 3, third, III; a range 2-4; a list 1,3' }],
    options: ['doc', 'dir', 'json', 'style', 'plain'],
    conflicts: [['json', 'plain']],
    run: async ([spec]: [string], options, ctx, io) => {
      const { document, points, citation } = await citePoints(ctx, { doc: options.doc, spec, style: options.style });
      noteConstructed(io, document.id, citation?.constructed ?? null);
      const view = { points, citation: citation?.text ?? '', plain: options.plain };
      await emit(io, quoteRenderer, view, { format: formatOf(options) });
    },
  });
