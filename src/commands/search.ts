import type { Command } from 'commander';
import { CableError } from '../errors.js';
import { type Io, outputWidth, wantsColor } from '../io.js';
import { safeJson } from '../render/safe.js';
import { renderHits } from '../render/search.js';
import { createStyle } from '../render/style.js';
import { wrapLines } from '../render/wrap.js';
import { ftsExpression } from '../search/fts.js';
import { collectHits } from '../search/hits.js';
import { parseQuery } from '../search/query.js';
import { resolveCollection } from '../store/collection.js';
import { withExamples } from './help.js';
import { addFilterOptions, type FilterOptions } from './list.js';
import { progressReporter } from './progress.js';
import { positiveInteger, warnAboutProblems } from './shared.js';

interface SearchOptions extends FilterOptions {
  limit: number;
  pager: boolean;
  json?: boolean;
  caseSensitive?: boolean;
}

export function registerSearch(program: Command, io: Io): void {
  addFilterOptions(
    withExamples(program.command('search').description('search the whole collection, ranked'), [
      'cable search Roshchin # every point that mentions Roshchin',
      `cable search '"coalition government"' --from 1949 # a phrase, from 1949 on`,
      'cable search Beiping -Nanjing # Beiping, but not Nanjing',
      "cable search 'intellig*' --limit 50 # a prefix, more results",
    ]),
  )
    .argument('<query...>', 'words (all must match), "a phrase", -word, word*, /regex/')
    .option('--dir <path>', 'the collection to search')
    .option('-n, --limit <n>', 'at most this many results', positiveInteger('--limit'), 20)
    .option('--case-sensitive', 'match case exactly')
    .option('--json', 'print JSON: one object per hit')
    .option('--no-pager', 'never page long output')
    .allowUnknownOption()
    .action(async (words: string[], options: SearchOptions) => {
      const query = parseQuery(words.join(' '), options.caseSensitive === true);
      const collection = resolveCollection(options.dir, io.env, io.cwd);
      // better-sqlite3 is loaded only by the commands that use the index.
      const { openSearchIndex } = await import('../store/searchIndex.js');
      const index = openSearchIndex(collection, io.env, { progress: progressReporter(io, io.stderrIsTTY) });
      try {
        warnAboutProblems(io, index.stats.problems);
        const match = ftsExpression(query);
        // Regexes and case are checked on the candidates, so those may need more of them than the limit.
        const exact = query.caseSensitive || query.terms.some((t) => t.kind === 'regex');
        const rows = index.candidates(match, options, exact ? null : options.limit + 1);
        const { hits, more } = collectHits(rows, query, options.limit);
        if (options.json) {
          io.out(
            `${safeJson(hits.map((h) => ({ id: h.docId, date: h.date, title: h.title, part: h.part, number: h.number, marker: h.marker, text: h.text, snippet: h.snippet, matches: h.ranges })))}\n`,
          );
        } else if (hits.length > 0) {
          const rendered = renderHits(hits, await createStyle(wantsColor(io)), outputWidth(io));
          await io.page(`${io.stdoutIsTTY ? await wrapLines(rendered, outputWidth(io)) : rendered}\n`, options.pager);
        }
        if (more && !options.json) io.err(`cable: showing the first ${options.limit} results; --limit N shows more\n`);
        if (hits.length === 0) throw new CableError(`no match for ${words.join(' ')} in ${collection.dir}`, 1);
      } finally {
        index.close();
      }
    });
}
