import type { Command } from 'commander';
import { citePoints } from '../app/cite.js';
import { defineCommand, type Session } from '../cli/command.js';
import { noteConstructed } from '../cli/messages.js';
import { emit, formatOf } from '../cli/output.js';
import { pointsRenderer } from '../render/points.js';

export const registerPoint = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'point',
    description: 'print one numbered point, or several',
    examples: [
      'cable point 3 # the third point',
      'cable point third --cite # with its citation',
      'cable point 2-4 # several, in order',
    ],
    arguments: [{ name: '<n>', description: 'which point: 3, third, III; a range 2-4; a list 1,3' }],
    options: ['doc', 'dir', 'json', 'cite', 'style'],
    requires: [['style', 'cite']],
    run: async ([spec]: [string], options, ctx, io) => {
      const result = await citePoints(ctx, { doc: options.doc, spec, style: options.cite ? options.style : null });
      noteConstructed(io, result.document.id, result.citation?.constructed ?? null);
      await emit(io, pointsRenderer, result, { format: formatOf(options) });
    },
  });
