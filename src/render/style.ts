/** The few styles cable uses. Colour is the CLI's decision (see io.ts), passed in here. */
export interface Style {
  /** 0: no colour; 1: basic colours. */
  level: 0 | 1;
  marker(text: string): string;
  title(text: string): string;
  label(text: string): string;
  dim(text: string): string;
  highlight(text: string): string;
  /** A word diff's two sides, as git colours them: the source's words (red), the quotation's (green). */
  removed(text: string): string;
  added(text: string): string;
}

const same = (text: string): string => text;

export const PLAIN: Style = {
  level: 0,
  marker: same,
  title: same,
  label: same,
  dim: same,
  highlight: same,
  removed: same,
  added: same,
};

/** Chalk loads only when there is colour to make: a pipe never pays for it. */
export async function createStyle(color: boolean): Promise<Style> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    level: 1,
    marker: (t) => chalk.bold(t),
    title: (t) => chalk.bold(t),
    label: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    highlight: (t) => chalk.bold.yellow(t),
    removed: (t) => chalk.red(t),
    added: (t) => chalk.green(t),
  };
}
