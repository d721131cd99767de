import type { Command } from 'commander';
import { where } from '../app/collection.js';
import { defineCommand, type Session } from '../cli/command.js';
import { collectionReason } from '../cli/messages.js';
import { emit, formatOf } from '../cli/output.js';
import { whereRenderer } from '../render/collection.js';

export const registerWhere = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'where',
    description: 'print which collection is in use, and why',
    examples: ['cable where', 'CABLE_DIR=~/archive cable where'],
    options: ['dir', 'json'],
    run: (_, options, ctx, io) => {
      const found = where(ctx);
      const view = { ...found, reason: collectionReason(found.collection, io.env) };
      return emit(io, whereRenderer, view, { format: formatOf(options) });
    },
  });
