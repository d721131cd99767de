import type { Command } from 'commander';
import { CableError, UsageError } from '../errors.js';
import { type Io, outputWidth, wantsColor } from '../io.js';
import { safeJson, safeText } from '../render/safe.js';
import { highlighted } from '../render/search.js';
import { HEADER_SECTION_KEYS, headerSectionText, isHeaderSection, sectionKey } from '../render/sections.js';
import { createStyle } from '../render/style.js';
import { wrapLines } from '../render/wrap.js';
import { matchTexts } from '../search/match.js';
import { parseQuery } from '../search/query.js';
import { documentUnits, type SearchUnit, unitLabel } from '../search/units.js';
import { withExamples } from './help.js';
import { addDocOptions, type DocOptions, openDocument } from './shared.js';

interface FilterOptions extends DocOptions {
  section?: string;
  count?: boolean;
  caseSensitive?: boolean;
}

export function registerFilter(program: Command, io: Io): void {
  addDocOptions(
    withExamples(program.command('filter').description('the points of one document that match a query'), [
      'cable filter Beiping # the points that mention Beiping',
      `cable filter '"coalition government"' # an exact phrase`,
      'cable filter spies --section summary --count # how many matches in the summary',
    ]),
  )
    .argument('<query...>', 'words (all must match), "a phrase", -word, word*, /regex/')
    .option('-s, --section <name>', `search one header section instead: ${HEADER_SECTION_KEYS.join(', ')}`)
    .option('--count', 'print only how many points and paragraphs match')
    .option('--case-sensitive', 'match case exactly')
    .allowUnknownOption()
    .action(async (words: string[], options: FilterOptions) => {
      const query = parseQuery(words.join(' '), options.caseSensitive === true);
      const { document } = openDocument(options, io);
      let units: SearchUnit[] | Array<{ part: string; number: number; marker: null; text: string }> =
        documentUnits(document);
      if (options.section !== undefined) {
        const key = sectionKey(options.section);
        if (key === null || !isHeaderSection(key)) {
          throw new UsageError(`--section takes one of: ${HEADER_SECTION_KEYS.join(', ')}, not "${options.section}"`);
        }
        const value = headerSectionText(document, key);
        units = value === null ? [] : [{ part: key, number: 1, marker: null, text: value }];
      }
      const results = matchTexts(
        units.map((u) => u.text),
        query,
      );
      const matches = units.flatMap((unit, i) => (results[i] ? [{ unit, ranges: results[i] }] : []));
      if (options.count) io.out(`${matches.length}\n`);
      else if (options.json) {
        io.out(
          `${safeJson(matches.map(({ unit }) => ({ part: unit.part, number: unit.number, marker: unit.marker, text: unit.text })))}\n`,
        );
      } else if (matches.length > 0) {
        const style = await createStyle(wantsColor(io));
        const blocks = matches.map(({ unit, ranges }) => {
          const text = highlighted(unit.text, ranges, style);
          return unit.marker === null
            ? `${style.dim(`[${safeText(unitLabel(unit))}]`)} ${text}`
            : `${style.marker(safeText(unit.marker))} ${text}`;
        });
        const text = blocks.join('\n\n');
        io.out(`${io.stdoutIsTTY ? await wrapLines(text, outputWidth(io)) : text}\n`);
      }
      // Like grep: nothing found is exit 1.
      if (matches.length === 0) throw new CableError(`no match for ${words.join(' ')} in document ${document.id}`, 1);
    });
}
