import type { Command } from 'commander';
import { defineCommand, type Session } from '../cli/command.js';
import { emit, formatOf } from '../cli/output.js';
import { FailureError } from '../errors.js';
import { verifyRenderer } from '../render/verify.js';

export const registerVerify = (program: Command, session: Session) =>
  defineCommand(program, session, {
    name: 'verify',
    description: 'check every quotation of a manuscript against the sources',
    examples: [
      'cable verify - # the manuscript on standard input: each quotation exact, altered or not found',
      'cable verify - --style chicago-short --json # the same, for an editor',
      'cable verify - --fix # and write a corrected copy of each manuscript beside it',
    ],
    arguments: [
      { name: '<manuscript...>', description: 'Markdown, plain-text or Word (.docx) files (- for standard input)' },
    ],
    options: ['minWords', 'warnOnly', 'fix', 'verifyStyle', 'dir', 'json', 'pager'],
    run: async ([files]: [string[]], options, ctx, io) => {
      // The quotation checker is a bundle of its own (scripts/bundles.mjs): no other command loads it.
      const { verifyManuscripts } = await import('../app/verify.js');
      const result = await verifyManuscripts(ctx, {
        files,
        minWords: options.minWords,
        style: options.verifyStyle,
        fix: options.fix,
      });
      await emit(io, verifyRenderer, result, { format: formatOf(options), page: options.pager });
      // A quotation cited to a source outside the collection and not in it is not checked, and no error.
      const wrong = result.checks.filter(
        (c) => ['altered', 'misattributed', 'not-found'].includes(c.verdict) && c.elsewhere !== true,
      ).length;
      if (wrong > 0 && !options.warnOnly)
        throw new FailureError(
          `${wrong} of ${result.checks.length} quotations do not match their sources (--warn-only to exit 0)`,
        );
    },
  });
