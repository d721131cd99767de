import type { Command } from 'commander';
import type { StyleName } from '../cite/styles.js';
import { type Io, outputWidth, wantsColor } from '../io.js';
import { selectPoints } from '../query/pointSpec.js';
import { renderPoints } from '../render/plain.js';
import { safeJson, safeText } from '../render/safe.js';
import { createStyle } from '../render/style.js';
import { wrapLines } from '../render/wrap.js';
import { styleOption } from './cite.js';
import { withExamples } from './help.js';
import { addDocOptions, type DocOptions, documentName, openDocument } from './shared.js';

interface PointOptions extends DocOptions {
  cite?: boolean;
  style: StyleName;
}

export function registerPoint(program: Command, io: Io): void {
  addDocOptions(
    withExamples(program.command('point').description('print one numbered point, or several'), [
      'cable point 3 # the third point',
      'cable point third --cite # with its citation',
      'cable point 2-4 # several, in order',
    ]),
  )
    .argument('<n>', 'which point: 3, third, III; a range 2-4; a list 1,3')
    .option('-c, --cite', 'print the pinpoint citation after the point')
    .addOption(styleOption())
    .action(async (spec: string, options: PointOptions) => {
      const loaded = openDocument(options, io);
      const points = selectPoints(loaded.document.points, spec, documentName(loaded));
      if (options.json) return io.out(`${safeJson(points)}\n`);
      const rendered = renderPoints(points, await createStyle(wantsColor(io)));
      // On a terminal, wrap between words; a pipe gets each paragraph on one line, for scripts.
      const text = io.stdoutIsTTY ? await wrapLines(rendered, outputWidth(io)) : rendered;
      if (!options.cite) return io.out(`${text}\n`);
      // Only --cite needs the citation code (and, for CSL styles, citation-js).
      const { citeOne } = await import('../cite/index.js');
      const citation = await citeOne(loaded.document, options.style, [...new Set(points.map((p) => p.number))]);
      if (citation.notice !== null) io.err(`cable: note: ${citation.notice}\n`);
      io.out(`${text}\n\n${safeText(citation.text)}\n`);
    });
}
