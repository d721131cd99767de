import type { Command } from 'commander';
import { CableError } from '../errors.js';
import type { Io } from '../io.js';
import { safeJson, safeText } from '../render/safe.js';
import { addDocOptions, type DocOptions, documentName, openDocument } from './shared.js';

export function registerCite(program: Command, io: Io): void {
  addDocOptions(program.command('cite').description("print the document's citation"))
    .action((options: DocOptions) => {
      const loaded = openDocument(options, io);
      const { id, citation, url } = loaded.document;
      if (citation === null) {
        throw new CableError(`${documentName(loaded)} has no Citation section; add a "### Citation:" section to ${loaded.document.path}`);
      }
      if (options.json) return io.out(`${safeJson({ id, citation, url })}\n`);
      io.out(`${safeText(citation)}\n`);
    });
}
