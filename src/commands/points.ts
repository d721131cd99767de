import type { Command } from 'commander';
import { outline } from '../app/read.js';
import { defineCommand, type Session } from '../cli/command.js';
import { emit, formatOf } from '../cli/output.js';
import { outlineRenderer } from '../render/points.js';

export const registerPoints = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'points',
    description: 'outline the numbered points, one line each',
    examples: [
      'cable points # the outline of the document',
      "cable points --doc 121767 --json # one document's, for a script",
    ],
    options: ['doc', 'dir', 'json'],
    run: (_, options, ctx, io) => emit(io, outlineRenderer, outline(ctx, options), { format: formatOf(options) }),
  });
