import { Command, CommanderError } from 'commander';
import { registerAdd } from './commands/add.js';
import { registerCheck } from './commands/check.js';
import { registerCite } from './commands/cite.js';
import { registerCompletion } from './commands/completion.js';
import { registerFilter } from './commands/filter.js';
import { formatHelpWithExamples, withExamples } from './commands/help.js';
import { registerIndex } from './commands/index.js';
import { registerList } from './commands/list.js';
import { registerPoint } from './commands/point.js';
import { registerPoints } from './commands/points.js';
import { registerQuote } from './commands/quote.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerWhere } from './commands/where.js';
import { CableError } from './errors.js';
import { type Io, outputWidth } from './io.js';
import { VERSION } from './version.js';

/** The whole command line, wired to `io`. Exported so tests can drive it in-process. */
export function createProgram(io: Io): Command {
  const program = new Command('cable')
    .description('Read, cite and quote archival primary sources in the terminal.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (message, write) => write(`cable: ${message.replace(/^error: /, '')}`),
      getOutHelpWidth: () => outputWidth(io),
      getErrHelpWidth: () => outputWidth(io),
    })
    .configureHelp({ formatHelp: formatHelpWithExamples })
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run `cable --help` for usage)');
  withExamples(program, [
    'cable show # read the document',
    'cable point 3 # quote its third point',
    'cable cite --style chicago --point 3 # a Chicago note for point 3',
    'cable search Roshchin # every point that mentions Roshchin',
    'cable list --from 1949 --to 1950 # the collection, by date',
  ]);
  registerShow(program, io);
  registerCite(program, io);
  registerPoint(program, io);
  registerPoints(program, io);
  registerQuote(program, io);
  registerFilter(program, io);
  registerSearch(program, io);
  registerIndex(program, io);
  registerList(program, io);
  registerAdd(program, io);
  registerCheck(program, io);
  registerWhere(program, io);
  registerCompletion(program, io);
  return program;
}

/** Runs cable with `argv` (without "node cable") and returns the exit code. Errors are caught here, once. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    await createProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (error instanceof CableError) {
      io.err(`cable: ${error.message}\n`);
      if (io.env.DEBUG === 'cable' && error.stack) io.err(`${error.stack}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`cable: unexpected error: ${message.split('\n')[0]} (run with DEBUG=cable for details)\n`);
    if (io.env.DEBUG === 'cable' && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return 1;
  }
}
