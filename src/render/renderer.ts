import type { Style } from './style.js';
import { linkUrls, wrapLines } from './wrap.js';

/** How text output is to look: decided once by the CLI, from the terminal and the options. */
export interface RenderContext {
  style: Style;
  /** Columns to wrap to: --width, $COLUMNS, the terminal's, or 80. */
  width: number;
  /** Columns to cut a table to: the terminal's (or $COLUMNS); none in a pipe, which gets every cell whole. */
  tableWidth: number | undefined;
  /** Output goes to a terminal: wrap between words (a pipe keeps one line a paragraph, for scripts). */
  terminal: boolean;
  /** Whether the terminal understands OSC 8 hyperlinks (asked only by the renderers that link). */
  hyperlinks(): Promise<boolean>;
}

/**
 * One result type, three ways to print it (marked's idea: one model,
 * interchangeable renderers). `json` returns the plain value that `--json`
 * prints; the CLI serialises it, safely, in one place.
 */
export interface Renderer<T> {
  text(value: T, ctx: RenderContext): string | Promise<string>;
  json(value: T): unknown;
  tsv?(value: T): string;
}

/**
 * On a terminal, URLs become OSC 8 links where the terminal supports them, and
 * lines wrap between words; a pipe gets the text as it is, one line a paragraph.
 */
export async function wrapOnTerminal(text: string, ctx: RenderContext): Promise<string> {
  if (!ctx.terminal) return text;
  return wrapLines((await ctx.hyperlinks()) ? linkUrls(text) : text, ctx.width);
}
