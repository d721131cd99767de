import { Command, CommanderError, Option } from 'commander';
import type { Session } from './cli/command.js';
import { formatHelpWithExamples, formatItem, NARROWEST_DESCRIPTION, withExamples } from './cli/help.js';
import { type Io, outputWidth } from './cli/io.js';
import { describe, describeProblem } from './cli/messages.js';
import { didYouMean } from './cli/suggest.js';
import { registerAdd } from './commands/add.js';
import { registerCheck } from './commands/check.js';
import { registerCite } from './commands/cite.js';
import { registerCompletion } from './commands/completion.js';
import { registerFilter } from './commands/filter.js';
import { registerImport } from './commands/import.js';
import { registerIndex } from './commands/index.js';
import { registerList } from './commands/list.js';
import { registerNames } from './commands/names.js';
import { registerPoint } from './commands/point.js';
import { registerPoints } from './commands/points.js';
import { registerQuote } from './commands/quote.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerVerify } from './commands/verify.js';
import { registerWhere } from './commands/where.js';
import { CableError, UsageError } from './errors.js';
import { messageSafe, safeText, terminalSafe } from './render/safe.js';
import { VERSION } from './version.js';

/** The whole command line, wired to a session's Io. Exported so tests can drive it in-process. */
export function createProgram(session: Session): Command {
  const { io } = session;
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
    // Help wraps between words to the terminal, however narrow (commander stops wrapping below 40 columns).
    .configureHelp({ formatHelp: formatHelpWithExamples, formatItem, minWidthToWrap: NARROWEST_DESCRIPTION })
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run `cable --help` for usage)')
    .helpCommand(false)
    // As clig.dev asks, a flag for what NO_COLOR does; the hook below applies it before any command runs.
    .option('--no-color', 'no colour, even on a terminal (as NO_COLOR=1)')
    // -v is -V's usual typo: say so rather than "unknown option".
    .addOption(new Option('-v').hideHelp())
    .on('option:v', () => {
      throw new UsageError(`unknown option '-v'\n(Did you mean -V or --version?)`);
    })
    .hook('preAction', () => {
      if (program.opts().color === false) io.env.NO_COLOR = '1';
    });
  withExamples(program, [
    'cable show # read the document',
    'cable point 3 # quote its third point',
    'cable cite --style chicago --point 3 # a Chicago note for point 3',
    'cable search Roshchin # every point that mentions Roshchin',
    'cable list --from 1949 --to 1950 # the collection, by date',
  ]);
  for (const register of [
    registerShow,
    registerCite,
    registerPoint,
    registerPoints,
    registerQuote,
    registerFilter,
    registerSearch,
    registerNames,
    registerVerify,
    registerIndex,
    registerList,
    registerAdd,
    registerImport,
    registerCheck,
    registerWhere,
    registerCompletion,
  ]) {
    register(program, session);
  }
  // Last, where commander lists its own; this one says "unknown command" for a name it does not know.
  program
    .command('help [command]')
    .description('display help for command')
    .action((name: string | undefined) => {
      if (name === undefined) return program.outputHelp();
      const command = program.commands.find((c) => c.name() === name && name !== '__complete');
      if (command === undefined) {
        const names = program.commands.map((c) => c.name()).filter((n) => !n.startsWith('_'));
        throw new UsageError(`unknown command '${name}'${didYouMean(name, names)}`);
      }
      command.outputHelp();
    });
  return program;
}

/** Commander's ways of ending that are not failures: help and the version, asked for. */
const FINISHED = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/**
 * Runs cable with `argv` (without "node cable") and returns the exit code.
 * Errors are caught here, once, and worded by cli/messages.ts; the files a
 * command skipped are reported here too, once, as warnings.
 */
export async function run(argv: string[], given: Io): Promise<number> {
  // Every write goes through the one gate to the terminal (render/safe.ts); and the environment
  // is a copy, in which --no-color sets NO_COLOR for this run only.
  // (Not a spread of `given`: that would read its lazy getters, and asking whether stderr is a terminal costs time.)
  const io: Io = Object.create(given, {
    out: { value: (text: string) => given.out(terminalSafe(text)) },
    err: { value: (text: string) => given.err(messageSafe(text)) },
    page: { value: (text: string, enabled: boolean) => given.page(terminalSafe(text), enabled) },
    env: { value: { ...given.env } },
  });
  const session: Session = { io };
  const debug = io.env.DEBUG === 'cable';
  let code: number;
  try {
    await createProgram(session).parseAsync(argv, { from: 'user' });
    code = session.exitCode ?? 0;
  } catch (error) {
    // Commander has already printed its message.
    if (error instanceof CommanderError) code = FINISHED.has(error.code) ? 0 : 2;
    else if (error instanceof CableError) {
      const message = describe(error, io.env);
      io.err(`cable: ${safeText(message.text)}\n`);
      if (debug && error.stack) io.err(`${error.stack}\n`);
      code = message.exitCode;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.err(`cable: unexpected error: ${safeText(message.split('\n')[0] ?? '')} (run with DEBUG=cable for details)\n`);
      if (debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
      code = 1;
    }
  }
  for (const problem of session.context?.problems ?? [])
    io.err(`cable: warning: ${safeText(describeProblem(problem))}\n`);
  return code;
}
