import type { Renderer } from '../render/renderer.js';
import { safeJson } from '../render/safe.js';
import { createStyle } from '../render/style.js';
import { type Io, outputWidth, terminalWidth, wantsColor } from './io.js';

export type Format = 'text' | 'json' | 'tsv';

export interface EmitOptions {
  format?: Format;
  /** --width, where the command takes it. */
  width?: number | undefined;
  /** Long text on a terminal goes through the pager (show, search), unless --no-pager. */
  page?: boolean;
}

/**
 * The one way a command writes its result: rendered as text, JSON or TSV by
 * the result's renderer, then written, or paged. Empty text writes nothing.
 */
export async function emit<T>(io: Io, renderer: Renderer<T>, value: T, options: EmitOptions = {}): Promise<void> {
  const format = options.format ?? 'text';
  if (format === 'json') return io.out(`${safeJson(renderer.json(value))}\n`);
  if (format === 'tsv' && renderer.tsv) return io.out(`${renderer.tsv(value)}\n`);
  const text = await renderer.text(value, {
    style: await createStyle(wantsColor(io)),
    width: outputWidth(io, options.width),
    tableWidth: terminalWidth(io),
    terminal: io.stdoutIsTTY,
    hyperlinks: () => io.hyperlinks(),
  });
  if (text === '') return;
  if (options.page !== undefined) return io.page(`${text}\n`, options.page);
  io.out(`${text}\n`);
}

/** `--json` → json, else text. */
export const formatOf = (options: { json?: boolean }): Format => (options.json ? 'json' : 'text');
