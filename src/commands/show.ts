import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { type Io, outputWidth, wantsColor } from '../io.js';
import { safeJson } from '../render/safe.js';
import { SECTION_KEYS, type SectionKey, sectionKey } from '../render/sections.js';
import { createStyle } from '../render/style.js';
import { withExamples } from './help.js';
import { addDocOptions, type DocOptions, openDocument, positiveInteger } from './shared.js';

interface ShowOptions extends DocOptions {
  section?: string;
  width?: number;
  pager: boolean;
}

const JSON_FIELD: Record<SectionKey, string> = {
  title: 'title',
  date: 'date',
  citation: 'citation',
  summary: 'summary',
  credits: 'credits',
  'original-language': 'originalLanguage',
  contents: 'contents',
  preamble: 'preamble',
  points: 'points',
  closing: 'closing',
  notes: 'notes',
  body: 'body',
};

export function registerShow(program: Command, io: Io): void {
  addDocOptions(
    withExamples(program.command('show').description('read a document in the terminal'), [
      'cable show # the whole document',
      'cable show --section summary # one section',
      'cable show --doc 300242 --width 100 # another document, wider',
    ]),
  )
    .option('-s, --section <name>', `print one section: ${SECTION_KEYS.join(', ')}`)
    .option(
      '-w, --width <columns>',
      'wrap to this many columns (default: $COLUMNS, the terminal, or 80)',
      positiveInteger('--width'),
    )
    .option('--no-pager', 'never page long output')
    .action(async (options: ShowOptions) => {
      const key = options.section === undefined ? null : sectionKey(options.section);
      if (options.section !== undefined && key === null) {
        throw new UsageError(`unknown section "${options.section}"; choose one of: ${SECTION_KEYS.join(', ')}`);
      }
      const { document } = openDocument(options, io);
      if (options.json) {
        if (key === null) return io.out(`${safeJson(document)}\n`);
        const body = {
          preamble: document.preamble,
          points: document.points,
          closing: document.closing,
          notes: document.notes,
        };
        const value = key === 'body' ? body : (document as unknown as Record<string, unknown>)[JSON_FIELD[key]];
        return io.out(`${safeJson(value ?? null)}\n`);
      }
      // marked-terminal is heavy: only `show` loads it.
      const { renderDocument, renderSection } = await import('../render/terminal.js');
      const terminal = {
        style: await createStyle(wantsColor(io)),
        width: outputWidth(io, options.width),
        hyperlinks: await io.hyperlinks(),
      };
      const text =
        key === null ? await renderDocument(document, terminal) : await renderSection(document, key, terminal);
      if (text === null)
        throw new UsageError(`document ${document.id} has no ${key} section; \`cable show\` prints what it has`);
      await io.page(`${text}\n`, options.pager);
    });
}
