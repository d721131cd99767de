import type { DocumentProblem } from '../store/load.js';

/**
 * What the application layer needs from the process, and what it hands back
 * besides its results: the files it met that could not be used. The CLI makes
 * one per command and reports `problems` once, after the command has run.
 */
export interface AppContext {
  env: Record<string, string | undefined>;
  cwd: string;
  /** `--dir`, when given. */
  dir: string | undefined;
  /** Standard input, for `add -` and `--doc -`. */
  readStdin(): Promise<Buffer>;
  /** The document read from standard input, for `--doc -`. */
  stdin?: string;
  /** Documents of the collection that were skipped: reported as warnings, never fatal. */
  problems: DocumentProblem[];
  /** A progress line for long work (an index build, a check), where the CLI shows one. */
  progress?: ((done: number, total: number, what: string) => void) | undefined;
  /** A line that says what slow work is under way (null: it ended), where the CLI shows one. */
  status?: ((text: string | null) => void) | undefined;
}
