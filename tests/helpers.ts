import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/cli/io.js';
import { describe as say } from '../src/cli/messages.js';
import { run } from '../src/cli.js';
import { CableError } from '../src/errors.js';
import { parseDocument } from '../src/parse/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const CORPUS = join(FIXTURES, 'corpus');
export const SEED = join(ROOT, 'documents', '121767.md');
export const BIN = join(ROOT, 'bin', 'cable.js');

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export function parseFixture(path: string) {
  return parseDocument(fixture(path), { path });
}

/** A new empty folder inside the test run's own, which the run removes when it ends (tests/global-setup.ts). */
export function tempDir(): string {
  return mkdtempSync(join(process.env.CABLE_TEST_TMP ?? tmpdir(), 'cable-test-'));
}

/** HOME and the XDG folders of a new, empty home, inside the test run's folder. */
export function freshHome(): { HOME: string; XDG_DATA_HOME: string; XDG_CACHE_HOME: string } {
  const home = tempDir();
  return { HOME: home, XDG_DATA_HOME: join(home, '.local', 'share'), XDG_CACHE_HOME: join(home, '.cache') };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs cable in-process with a fake terminal or pipe. */
export async function cli(
  argv: string[],
  options: {
    env?: Record<string, string | undefined>;
    cwd?: string;
    tty?: boolean;
    stdin?: string;
    /** Standard input is a terminal (someone would type the document). */
    stdinTTY?: boolean;
    hyperlinks?: boolean;
  } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    // An empty home of its own, so that neither the user's collection nor another test's leaks in.
    env: { ...freshHome(), ...options.env },
    cwd: options.cwd ?? tempDir(),
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    columns: options.tty ? 80 : undefined,
    rows: options.tty ? 24 : undefined,
    stdinIsTTY: options.stdinTTY ?? false,
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    hyperlinks: async () => options.hyperlinks ?? false,
    // In-process runs never start a pager: the pseudo-terminal tests cover that.
    page: async (text) => void (stdout += text),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Spawns the built bin, as a user runs it (no terminal: output is a pipe). */
export function spawnCable(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; input?: string; bin?: string } = {},
): CliResult {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...freshHome(),
    ...options.env,
  };
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? tempDir(),
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The typed error a call throws, as the CLI words it: its message and exit code. */
export function wording(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (error instanceof CableError) return say(error, {});
    throw error;
  }
  throw new Error('the call threw nothing');
}

// Drives the built cable in a real pseudo-terminal, made by script(1) from util-linux.
export const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0;

/** Runs the built bin in a pseudo-terminal of `cols` × `rows`; returns what the terminal received. */
export function inTerminal(
  args: string[],
  {
    cols = 80,
    rows = 500,
    env = {},
    cwd,
  }: { cols?: number; rows?: number; env?: Record<string, string>; cwd?: string } = {},
): string {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync(
    'script',
    ['-qec', `stty cols ${cols} rows ${rows}; exec '${process.execPath}' '${BIN}' ${quoted}`, '/dev/null'],
    {
      encoding: 'utf8',
      cwd: cwd ?? tempDir(),
      env: { PATH: process.env.PATH ?? '', ...freshHome(), TERM: 'xterm-256color', ...env },
      timeout: 20000,
    },
  );
  return result.stdout.replace(/\r\n/g, '\n');
}

/** What a line occupies on screen: escape sequences (SGR and OSC 8) take no columns. */
export const visible = (line: string): string =>
  line.replace(/\u001b\[[\d;?]*[A-Za-z]/g, '').replace(/\u001b\]8;;[^\u0007]*\u0007/g, '');

/** A copy of the installed package (bin, dist, styles …), to damage or edit; returns its folder. */
export function packageCopy(): string {
  const dir = tempDir();
  for (const part of ['bin', 'dist', 'documents', 'styles', 'package.json']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  cpSync(join(ROOT, 'node_modules', 'better-sqlite3'), join(dir, 'node_modules', 'better-sqlite3'), {
    recursive: true,
  });
  return dir;
}

/**
 * A collection of the Wilson corpus (and the seed, with `seed`) and the two FRUS excerpts imported, whose
 * documents write Chou En-lai and Peking and whose persons lists declare "Park Chung Hee (Pak Chong-hui)".
 */
export async function corpusWithFrus(options: { seed?: boolean } = {}): Promise<string> {
  const dir = tempDir();
  for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.md'))) cpSync(join(CORPUS, name), join(dir, name));
  if (options.seed) cpSync(SEED, join(dir, '121767.md'));
  const volumes = ['frus1955-57v02', 'frus1969-76v19p1'].map((v) => join(FIXTURES, 'frus', `${v}.excerpt.xml`));
  const imported = await cli(['import', ...volumes, '--dir', dir]);
  if (imported.code !== 0) throw new Error(`cable import failed: ${imported.stderr}`);
  return dir;
}
