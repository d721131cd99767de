import { Chalk, type ChalkInstance } from 'chalk';

/** The few styles cable uses, from one Chalk whose level the CLI decides. */
export interface Style {
  chalk: ChalkInstance;
  marker(text: string): string;
  title(text: string): string;
  label(text: string): string;
  dim(text: string): string;
}

export function createStyle(color: boolean): Style {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return {
    chalk,
    marker: (t) => chalk.bold(t),
    title: (t) => chalk.bold(t),
    label: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
  };
}
