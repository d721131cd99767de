import type { Command } from 'commander';
import { type Io, wantsColor } from '../io.js';
import { selectPoints } from '../query/pointSpec.js';
import { renderPoints } from '../render/plain.js';
import { safeJson } from '../render/safe.js';
import { createStyle } from '../render/style.js';
import { addDocOptions, type DocOptions, documentName, openDocument } from './shared.js';

export function registerPoint(program: Command, io: Io): void {
  addDocOptions(program.command('point').description('print one numbered point, or several'))
    .argument('<n>', 'which point: 3, third, III; a range 2-4; a list 1,3')
    .action((spec: string, options: DocOptions) => {
      const loaded = openDocument(options, io);
      const points = selectPoints(loaded.document.points, spec, documentName(loaded));
      if (options.json) return io.out(`${safeJson(points)}\n`);
      io.out(`${renderPoints(points, createStyle(wantsColor(io)))}\n`);
    });
}
