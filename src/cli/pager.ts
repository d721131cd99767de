import { builtin } from '../builtin.js';

/** `$CABLE_PAGER`, else `$PAGER`, else `less -FRX`, as git chooses its pager. */
export function pagerCommand(env: Record<string, string | undefined>): string {
  for (const value of [env.CABLE_PAGER, env.PAGER]) if (value !== undefined && value.trim() !== '') return value;
  return 'less -FRX';
}

/** A pager that quits this soon without reading its input never showed it. */
const AT_ONCE_MS = 200;

/**
 * Pages text that is taller than the terminal, or writes it out. Only on a
 * terminal (rows known), only when enabled; `cat` as a pager, or a pager that
 * cannot start, means plain output.
 */
export async function pageOrWrite(
  text: string,
  options: {
    enabled: boolean;
    env: Record<string, string | undefined>;
    rows: number | undefined;
    write: (text: string) => void;
  },
): Promise<void> {
  const lines = text.split('\n').length;
  const command = pagerCommand(options.env);
  // A dumb terminal cannot run less (it warns "terminal is not fully functional"): plain output there.
  const dumb = options.env.TERM === 'dumb';
  if (!options.enabled || dumb || options.rows === undefined || lines < options.rows || command === 'cat') {
    options.write(text);
    return;
  }
  // LESS=FRX as git sets it: quit if one screen, keep colours, leave the text on the screen.
  const env = { ...options.env, LESS: options.env.LESS ?? 'FRX' };
  const shown = await new Promise<boolean>((resolve) => {
    const { spawn } = builtin<typeof import('node:child_process')>('node:child_process');
    const started = Date.now();
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env });
    child.on('error', () => resolve(false));
    // The reader quit early (q in less) is no error (EPIPE on our side).
    child.stdin.on('error', () => {});
    child.on('spawn', () => {
      child.stdin.end(text);
    });
    // A pager shows text taller than the terminal until its reader quits: one that left at once showed nothing,
    // whether or not it took the text first (a short text fits in the pipe before `true` exits, so no EPIPE says so).
    child.on('close', (code) => resolve(code === 0 && Date.now() - started >= AT_ONCE_MS));
  });
  // A pager that cannot start, fails (PAGER=false) or exits at once must not swallow the output.
  if (!shown) options.write(text);
}
