import type { Command } from 'commander';
import { citeOne, type StyleName } from '../cite/index.js';
import { type Io, outputWidth } from '../io.js';
import { selectPoints } from '../query/pointSpec.js';
import { markdownQuote, plainQuote } from '../render/quote.js';
import { safeJson } from '../render/safe.js';
import { styleOption } from './cite.js';
import { withExamples } from './help.js';
import { addDocOptions, type DocOptions, documentName, openDocument } from './shared.js';

interface QuoteOptions extends DocOptions {
  style: StyleName;
  plain?: boolean;
}

export function registerQuote(program: Command, io: Io): void {
  addDocOptions(
    withExamples(program.command('quote').description('quote a point, with its pinpoint citation'), [
      'cable quote 3 # Markdown block quote and citation',
      'cable quote 3 --plain --style chicago # plain text, Chicago note',
    ]),
  )
    .argument('<n>', 'which point: 3, third, III; a range 2-4; a list 1,3')
    .addOption(styleOption())
    .option('--plain', 'plain text instead of Markdown')
    .action(async (spec: string, options: QuoteOptions) => {
      const loaded = openDocument(options, io);
      const points = selectPoints(loaded.document.points, spec, documentName(loaded));
      const { text: citation, notice } = await citeOne(loaded.document, options.style, [
        ...new Set(points.map((p) => p.number)),
      ]);
      if (notice !== null) io.err(`cable: note: ${notice}\n`);
      if (options.json) return io.out(`${safeJson({ points, citation })}\n`);
      io.out(
        `${options.plain ? await plainQuote(points, citation, outputWidth(io)) : markdownQuote(points, citation)}\n`,
      );
    });
}
