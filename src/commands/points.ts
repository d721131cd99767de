import type { Command } from 'commander';
import { CableError } from '../errors.js';
import { type Io, outputWidth, wantsColor } from '../io.js';
import { renderOutline } from '../render/plain.js';
import { safeJson } from '../render/safe.js';
import { createStyle } from '../render/style.js';
import { withExamples } from './help.js';
import { addDocOptions, type DocOptions, documentName, openDocument } from './shared.js';

export function registerPoints(program: Command, io: Io): void {
  addDocOptions(
    withExamples(program.command('points').description('outline the numbered points, one line each'), [
      'cable points',
      'cable points --doc 300653',
    ]),
  ).action(async (options: DocOptions) => {
    const loaded = openDocument(options, io);
    const { points } = loaded.document;
    if (options.json) return io.out(`${safeJson(points)}\n`);
    if (points.length === 0) {
      throw new CableError(`${documentName(loaded)} has no numbered points; read it whole with \`cable show\``);
    }
    io.out(`${renderOutline(points, await createStyle(wantsColor(io)), outputWidth(io))}\n`);
  });
}
