import type { Command } from 'commander';
import { checkDocuments } from '../app/check.js';
import { hasErrors } from '../check/index.js';
import { defineCommand, type Session } from '../cli/command.js';
import { unreadableFinding, withHint } from '../cli/messages.js';
import { emit, formatOf } from '../cli/output.js';
import { checkRenderer, checkSummary } from '../render/check.js';

export const registerCheck = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'check',
    description: 'check transcriptions: fields, dates, numbering',
    examples: ['cable check # the whole collection', 'cable check --doc 121767 --json # one document, for a script'],
    options: ['doc', 'dir', 'json', 'pager'],
    run: async (_, options, ctx, io) => {
      const result = checkDocuments(ctx, options.doc);
      const findings = [...result.findings, ...result.unreadable.map(unreadableFinding)]
        .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line)
        .map(withHint);
      await emit(io, checkRenderer, { findings, cwd: io.cwd }, { format: formatOf(options), page: options.pager });
      if (!options.json) io.err(`${checkSummary(findings, result.checked)}\n`);
      // The exit code is a function of the findings alone: 1 when any is an error.
      return hasErrors(findings) ? 1 : 0;
    },
  });
