import { Argument, type Command, Option } from 'commander';
import { readStandardInput } from '../app/collection.js';
import type { AppContext } from '../app/context.js';
import { UsageError } from '../errors.js';
import { withExamples } from './help.js';
import type { Io } from './io.js';
import { checkDateRange, OPTIONS, type OptionName, type OptionValues } from './options.js';
import { progressReporter, statusReporter } from './progress.js';
import { didYouMean } from './suggest.js';

/** The query argument of search and filter: a word that begins with - is an option unless it comes after --. */
export const QUERY_HELP = 'words (all must match), "a phrase", word*, /regex/; after --, -word excludes a word';

export interface ArgumentSpec {
  name: string;
  description: string;
  choices?: readonly string[];
}

/**
 * One command: its help, its arguments, the names of its options in the
 * options table, and what it does. `run` receives the arguments, the typed
 * options, an application context and the process's Io.
 */
export interface CommandSpec<K extends OptionName, A extends unknown[]> {
  name: string;
  description: string;
  examples: string[];
  arguments?: ArgumentSpec[];
  options: readonly K[];
  /** Options that make no sense together: giving both is a usage error. */
  conflicts?: ReadonlyArray<readonly [K, K]>;
  /** An option that means something only with another: `point --style` needs `--cite`. */
  requires?: ReadonlyArray<readonly [K, K]>;
  /** Returns the exit code when it is not 0 and no error says it (check's, from its findings). */
  run(args: A, options: Pick<OptionValues, K>, ctx: AppContext, io: Io): unknown;
}

/** The attribute commander stores an option under: `--has-points` → hasPoints, `--no-pager` → pager. */
function attributeName(flags: string): string {
  const long = /--(?:no-)?([\w-]+)/.exec(flags)?.[1] ?? '';
  return long.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

const takesValue = (flags: string): boolean => /[<[]/.test(flags);

/**
 * A value from a fixed list, in any case (`--style Chicago`), or a usage
 * error in commander's words that lists the choices and suggests the closest.
 */
function oneOf(what: string, choices: readonly string[]) {
  return (value: string): string => {
    const found = choices.find((c) => c.toLowerCase() === value.toLowerCase());
    if (found !== undefined) return found;
    throw new UsageError(
      `${what} argument '${value}' is invalid. Allowed choices are ${choices.join(', ')}.${didYouMean(value, choices)}`,
    );
  };
}

/** Creates the application context for one run of a command. */
export function appContext(io: Io, dir: string | undefined): AppContext {
  return {
    env: io.env,
    cwd: io.cwd,
    dir,
    readStdin: () => {
      // On a terminal, nothing says that cable is waiting for the document: say it.
      if (io.stdinIsTTY) io.err('cable: reading a document from standard input; end it with Ctrl-D\n');
      return io.readStdin();
    },
    problems: [],
    // Asked for only by the commands that build the index: knowing whether stderr is a terminal
    // creates process.stderr, which for a pipe loads Node's network modules (milliseconds).
    get progress() {
      return progressReporter(io);
    },
    get status() {
      return statusReporter(io);
    },
  };
}

/** One run of the command line: its Io, and the application context of the command run, once it runs. */
export interface Session {
  io: Io;
  context?: AppContext;
  exitCode?: number;
}

/** Registers a command from its spec: options from the table, typed values into `run`. */
export function defineCommand<K extends OptionName, A extends unknown[]>(
  program: Command,
  session: Session,
  spec: CommandSpec<K, A>,
): Command {
  const { io } = session;
  const command = withExamples(program.command(spec.name).description(spec.description), spec.examples);
  for (const argument of spec.arguments ?? []) {
    const arg = new Argument(argument.name, argument.description);
    // Choices shown in help and offered by completion; read in any case, by oneOf.
    if (argument.choices)
      arg.choices(argument.choices).argParser(oneOf(`argument '${argument.name}'`, argument.choices));
    command.addArgument(arg);
  }
  for (const name of spec.options) {
    const { flags, description, parse, choices, default: initial } = OPTIONS[name];
    const option = new Option(flags, description);
    if (choices) option.choices(choices).argParser(oneOf(`option '${flags}'`, choices));
    if (parse) option.argParser(parse as (value: string) => unknown);
    if (initial !== undefined) option.default(initial);
    command.addOption(option);
  }
  command.action(async (...received: unknown[]) => {
    const raw = command.opts();
    const options = {} as Record<string, unknown>;
    for (const name of spec.options) {
      const { flags } = OPTIONS[name];
      const value = raw[attributeName(flags)];
      options[name] = takesValue(flags) ? value : flags.includes('--no-') ? value !== false : value === true;
    }
    const given = (name: K): boolean => command.getOptionValueSource(attributeName(OPTIONS[name].flags)) === 'cli';
    const long = (name: K): string => /--[\w-]+/.exec(OPTIONS[name].flags)?.[0] ?? name;
    for (const [a, b] of spec.conflicts ?? []) {
      if (given(a) && given(b)) throw new UsageError(`${long(a)} cannot be used with ${long(b)}`);
    }
    for (const [a, b] of spec.requires ?? []) {
      if (given(a) && !given(b)) throw new UsageError(`${long(a)} is used only with ${long(b)}`);
    }
    checkDateRange(options);
    const ctx = appContext(io, options.dir as string | undefined);
    session.context = ctx;
    // `--doc -`: the document comes from standard input, read once, before the command runs.
    if (options.doc === '-') await readStandardInput(ctx);
    const args = received.slice(0, spec.arguments?.length ?? 0) as A;
    const code = await spec.run(args, options as Pick<OptionValues, K>, ctx, io);
    session.exitCode = typeof code === 'number' ? code : 0;
  });
  return command;
}
