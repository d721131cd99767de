import type { Command, Help } from 'commander';

const EXAMPLES = new WeakMap<Command, string[]>();

/** Examples for a command's help: `cable …` lines, each with what it does after a #. */
export function withExamples<T extends Command>(command: T, lines: string[]): T {
  EXAMPLES.set(command, lines);
  return command;
}

/** Descriptions narrower than this go on the lines under their option, not beside it. */
export const NARROWEST_DESCRIPTION = 20;

/**
 * An option or command and its description, as commander lays them out; on a
 * terminal too narrow for both side by side, the description goes under it.
 */
export function formatItem(term: string, termWidth: number, description: string, helper: Help): string {
  const columns = helper.helpWidth ?? 80;
  if (!description || columns - termWidth - 4 >= NARROWEST_DESCRIPTION) {
    return Object.getPrototypeOf(helper).formatItem.call(helper, term, termWidth, description, helper) as string;
  }
  return `  ${term}\n${wrapWords(description, columns, '      ')}`;
}

/**
 * Help that leads with examples: usage, the description, then the examples,
 * then arguments, options and commands as commander lays them out.
 */
export function formatHelpWithExamples(command: Command, helper: Help): string {
  const base = Object.getPrototypeOf(helper).formatHelp.call(helper, command, helper) as string;
  const examples = EXAMPLES.get(command);
  if (!examples || examples.length === 0) return base;
  const columns = helper.helpWidth ?? 80;
  const width = Math.max(...examples.map((line) => line.split(' # ')[0]?.length ?? 0));
  // Side by side where the terminal is wide enough; else each comment on its own line, under its command.
  const sideBySide = examples.every((line) => 4 + width + 4 + (line.split(' # ')[1]?.length ?? 0) <= columns);
  const block = examples
    .map((line) => {
      const [run = '', comment] = line.split(' # ');
      if (comment === undefined) return wrapCommand(run, columns);
      if (sideBySide) return `  $ ${run.padEnd(width)}  # ${comment}`;
      return `${wrapCommand(run, columns)}\n${wrapWords(`# ${comment}`, columns, '      ')}`;
    })
    .join('\n');
  const at = base.search(/^(Arguments|Options|Commands):$/m);
  const help =
    at === -1 ? `${base}\nExamples:\n${block}\n` : `${base.slice(0, at)}Examples:\n${block}\n\n${base.slice(at)}`;
  return fit(help, columns);
}

/** Any line still wider than the terminal (a long usage line), wrapped between words. */
function fit(help: string, columns: number): string {
  return help
    .split('\n')
    .map((line) =>
      line.length <= columns ? line : wrapWords(line.trimStart(), columns, '    ', /^\s*/.exec(line)?.[0]),
    )
    .join('\n');
}

/** Words on lines of at most `columns`, each line after the first indented; a word longer than a line is cut. */
function wrapWords(text: string, columns: number, indent: string, lead = indent): string {
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  const room = Math.max(8, columns - indent.length);
  const words = text.split(' ').flatMap((word) => word.match(new RegExp(`.{1,${room}}`, 'g')) ?? [word]);
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > columns) {
      lines.push(line);
      line = indent + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** `  $ cable …`, broken between words with a shell continuation (` \\`) where it is too long. */
function wrapCommand(run: string, columns: number): string {
  return wrapWords(run, columns - 2, '      ', '  $ ').replace(/\n/g, ' \\\n');
}
