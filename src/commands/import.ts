import type { Command } from 'commander';
import { importVolumes } from '../app/import.js';
import { defineCommand, type Session } from '../cli/command.js';
import { emit, formatOf } from '../cli/output.js';
import { importRenderer } from '../render/collection.js';
import { safeText } from '../render/safe.js';

export const registerImport = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'import',
    description: 'import volumes of Foreign Relations of the United States (TEI XML)',
    examples: [
      'cable import ~/frus/volumes/frus1964-68v30.xml # a volume: one document a <div type="document">',
      'cable import ~/frus/volumes/*.xml --dir ~/frus-docs # several, into a collection of their own',
    ],
    arguments: [{ name: '<volume...>', description: 'FRUS volumes, as the Office of the Historian publishes them' }],
    options: ['dir', 'force', 'json'],
    run: async ([files]: [string[]], options, ctx, io) => {
      const { results, created } = await importVolumes(ctx, { files, force: options.force });
      if (created !== null) io.err(`cable: created your collection: ${safeText(created)}\n`);
      await emit(io, importRenderer, { results }, { format: formatOf(options) });
    },
  });
