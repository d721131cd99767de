import { type Command, Option } from 'commander';
import { citationFields, citeAll, citeOne, STYLE_NAMES, type StyleName } from '../cite/index.js';
import type { Io } from '../io.js';
import { filterDocuments } from '../query/filter.js';
import { selectPoints } from '../query/pointSpec.js';
import { safeJson, safeText } from '../render/safe.js';
import { loadCollection, resolveCollection } from '../store/collection.js';
import { withExamples } from './help.js';
import { addFilterOptions, type FilterOptions } from './list.js';
import { addDocOptions, type DocOptions, documentName, openDocument, warnAboutProblems } from './shared.js';

interface CiteOptions extends DocOptions, FilterOptions {
  style: StyleName;
  point?: string;
  all?: boolean;
}

/** --style, shared by cite, point --cite and quote: its choices come from the style registry. */
export function styleOption(): Option {
  return new Option('--style <name>', 'citation style').choices(STYLE_NAMES).default('archive');
}

export function registerCite(program: Command, io: Io): void {
  const command = addDocOptions(
    withExamples(program.command('cite').description("print the document's citation"), [
      "cable cite # the archive's own citation",
      'cable cite --style chicago --point 3 # a Chicago note for the third point',
      'cable cite --all --style bibtex > archive.bib # the collection, for Zotero or LaTeX',
    ]),
  )
    .addOption(styleOption())
    .option('-p, --point <n>', 'cite one point or several (3, third, III, 2-4): a pinpoint citation')
    .option('--all', 'the bibliography of the whole collection (with --from, --to, --language, --has-points)');
  addFilterOptions(command).action(async (options: CiteOptions) => {
    if (options.all) {
      const collection = resolveCollection(options.dir, io.env, io.cwd);
      const { documents, problems } = loadCollection(collection.dir);
      warnAboutProblems(io, problems);
      const docs = filterDocuments(
        documents.map((d) => d.document),
        options,
      );
      if (options.json) return io.out(`${safeJson(docs.map(citationFields))}\n`);
      return io.out(`${safeText(await citeAll(docs, options.style))}\n`);
    }
    const loaded = openDocument(options, io);
    const doc = loaded.document;
    const points =
      options.point === undefined
        ? []
        : selectPoints(doc.points, options.point, documentName(loaded)).map((p) => p.number);
    const { text, notice } = await citeOne(doc, options.style, [...new Set(points)]);
    if (notice !== null) io.err(`cable: note: ${notice}\n`);
    if (options.json)
      return io.out(`${safeJson({ ...citationFields(doc), citation: text, constructed: notice !== null })}\n`);
    io.out(`${safeText(text)}\n`);
  });
}
