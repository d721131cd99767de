import type { Command } from 'commander';
import { citeCollection, citeDocument } from '../app/cite.js';
import { defineCommand, type Session } from '../cli/command.js';
import { noteConstructed, nothingFound } from '../cli/messages.js';
import { emit, formatOf } from '../cli/output.js';
import { FailureError } from '../errors.js';
import { bibliographyRenderer, citationRenderer } from '../render/citation.js';

export const registerCite = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'cite',
    description: "print the document's citation",
    examples: [
      "cable cite # the archive's own citation",
      'cable cite --style chicago --point 3 # a Chicago note for the third point',
      'cable cite --all --style bibtex > archive.bib # the collection, for Zotero or LaTeX',
    ],
    options: [
      'doc',
      'dir',
      'json',
      'style',
      'point',
      'page',
      'all',
      'from',
      'to',
      'language',
      'hasPoints',
      'source',
      'pager',
    ],
    // --json with a --style gives the fields and the citation in that style.
    conflicts: [
      ['all', 'point'],
      ['all', 'page'],
      ['all', 'doc'],
      ['point', 'page'],
    ],
    requires: [
      ['from', 'all'],
      ['to', 'all'],
      ['language', 'all'],
      ['hasPoints', 'all'],
    ],
    run: async (_, options, ctx, io) => {
      if (options.all) {
        const bibliography = await citeCollection(ctx, { style: options.style, filter: options });
        if (bibliography.documents.length === 0) {
          throw new FailureError(nothingFound(bibliography.total, bibliography.dir));
        }
        return emit(io, bibliographyRenderer, bibliography, { format: formatOf(options), page: options.pager });
      }
      const citation = await citeDocument(ctx, options);
      noteConstructed(io, citation.document.id, citation.constructed);
      await emit(io, citationRenderer, citation, { format: formatOf(options) });
    },
  });
