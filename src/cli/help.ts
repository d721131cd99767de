import type { Command, Help } from 'commander';

const EXAMPLES = new WeakMap<Command, string[]>();

/** Examples for a command's help: `cable …` lines, each with what it does after a #. */
export function withExamples<T extends Command>(command: T, lines: string[]): T {
  EXAMPLES.set(command, lines);
  return command;
}

/**
 * Help that leads with examples: usage, the description, then the examples,
 * then arguments, options and commands as commander lays them out.
 */
export function formatHelpWithExamples(command: Command, helper: Help): string {
  const base = Object.getPrototypeOf(helper).formatHelp.call(helper, command, helper) as string;
  const examples = EXAMPLES.get(command);
  if (!examples || examples.length === 0) return base;
  const width = Math.max(...examples.map((line) => line.split(' # ')[0]?.length ?? 0));
  const block = examples
    .map((line) => {
      const [run = '', comment] = line.split(' # ');
      return comment === undefined ? `  $ ${run}` : `  $ ${run.padEnd(width)}  # ${comment}`;
    })
    .join('\n');
  const at = base.search(/^(Arguments|Options|Commands):$/m);
  return at === -1 ? `${base}\nExamples:\n${block}\n` : `${base.slice(0, at)}Examples:\n${block}\n\n${base.slice(at)}`;
}
