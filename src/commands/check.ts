import { isAbsolute, relative } from 'node:path';
import type { Command } from 'commander';
import { lintDocument } from '../check/lint.js';
import { CableError } from '../errors.js';
import type { Io } from '../io.js';
import type { Diagnostic } from '../model.js';
import { safeJson, safeText } from '../render/safe.js';
import { loadCollection, resolveCollection } from '../store/collection.js';
import { withExamples } from './help.js';
import { type DocOptions, openDocument } from './shared.js';

interface Finding extends Diagnostic {
  path: string;
}

/** Paths below the current folder print relative, as a compiler prints them. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export function registerCheck(program: Command, io: Io): void {
  withExamples(program.command('check').description('check transcriptions: fields, dates, numbering'), [
    'cable check # the whole collection',
    'cable check --doc 300242 --json # one document, for a script',
  ])
    .option('-d, --doc <id|path>', 'check one document (default: all in the collection)')
    .option('--dir <path>', 'the collection to check')
    .option('--json', 'print JSON')
    .action((options: DocOptions) => {
      const findings: Finding[] = [];
      let checked = 0;
      if (options.doc !== undefined) {
        const loaded = openDocument(options, io);
        findings.push(...lintDocument(loaded).map((d) => ({ path: loaded.document.path, ...d })));
        checked = 1;
      } else {
        const collection = resolveCollection(options.dir, io.env, io.cwd);
        const { documents, problems } = loadCollection(collection.dir);
        for (const loaded of documents)
          findings.push(...lintDocument(loaded).map((d) => ({ path: loaded.document.path, ...d })));
        for (const problem of problems) {
          findings.push({
            path: problem.path,
            line: 1,
            severity: 'error',
            code: 'unreadable',
            message: problem.message.slice(problem.path.length + 2),
          });
        }
        checked = documents.length + problems.length;
      }
      findings.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
      const errors = findings.filter((f) => f.severity === 'error').length;
      if (options.json) {
        io.out(
          `${safeJson(findings.map(({ path, line, severity, code, message }) => ({ path, line, severity, code, message })))}\n`,
        );
      } else {
        for (const f of findings)
          io.out(`${safeText(displayPath(f.path, io.cwd))}:${f.line}: ${f.severity}: ${safeText(f.message)}\n`);
        const warnings = findings.length - errors;
        io.err(
          `${checked} document${checked === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
        );
      }
      if (errors > 0) throw new CableError(`${errors} error${errors === 1 ? '' : 's'} found`, 1);
    });
}
