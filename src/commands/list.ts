import { type Command, Option } from 'commander';
import { type Io, wantsColor } from '../io.js';
import { type DocumentFilter, filterDocuments, isoBound, SORT_KEYS, type SortKey } from '../query/filter.js';
import { renderList, renderTsv } from '../render/list.js';
import { safeJson } from '../render/safe.js';
import { createStyle } from '../render/style.js';
import { loadCollection, resolveCollection } from '../store/collection.js';
import { withExamples } from './help.js';
import { warnAboutProblems } from './shared.js';

export interface FilterOptions extends DocumentFilter {
  dir?: string;
}

/** --from, --to, --language, --has-points: shared by list, cite --all and search. */
export function addFilterOptions(command: Command): Command {
  return command
    .option(
      '--from <date>',
      'only documents dated on or after this ISO date (1949, 1949-02, 1949-02-06)',
      isoBound('--from'),
    )
    .option('--to <date>', 'only documents dated on or before this ISO date', isoBound('--to'))
    .option('--language <name>', 'only documents whose original language is this')
    .option('--has-points', 'only documents with numbered points');
}

interface ListOptions extends FilterOptions {
  sort: SortKey;
  json?: boolean;
  format?: 'table' | 'tsv';
}

export function registerList(program: Command, io: Io): void {
  addFilterOptions(
    withExamples(program.command('list').description('list the documents in the collection'), [
      'cable list # every document, by date',
      'cable list --from 1949 --to 1949-06 --has-points # the first half of 1949, with numbered points',
      'cable list --format tsv > documents.tsv # for a spreadsheet',
    ]),
  )
    .option('--dir <path>', 'the collection to list')
    .addOption(new Option('--sort <key>', 'order by').choices(SORT_KEYS).default('date'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'tsv']).default('table'))
    .option('--json', 'print a JSON array of documents')
    .action(async (options: ListOptions) => {
      const collection = resolveCollection(options.dir, io.env, io.cwd);
      const { documents, problems } = loadCollection(collection.dir);
      warnAboutProblems(io, problems);
      const docs = filterDocuments(
        documents.map((d) => d.document),
        options,
        options.sort,
      );
      if (options.json) return io.out(`${safeJson(docs)}\n`);
      if (options.format === 'tsv') return io.out(`${renderTsv(docs)}\n`);
      if (docs.length === 0) {
        io.err(`cable: no documents${documents.length > 0 ? ' match' : ` in ${collection.dir}`}\n`);
        return;
      }
      // Cut titles to the terminal (or $COLUMNS); a pipe gets them whole.
      const width = io.env.COLUMNS ? Number(io.env.COLUMNS) : io.columns;
      io.out(`${renderList(docs, await createStyle(wantsColor(io)), width)}\n`);
    });
}
