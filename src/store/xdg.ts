import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Record<string, string | undefined>;

/**
 * The user's home: $HOME, else the account's home directory from the system
 * (never a shared folder such as /tmp, whose paths anyone can predict).
 */
export function home(env: Env): string {
  return env.HOME !== undefined && env.HOME !== '' ? env.HOME : homedir();
}

const xdg = (env: Env, variable: 'XDG_DATA_HOME' | 'XDG_CACHE_HOME', fallback: string[]): string => {
  const value = env[variable];
  return value !== undefined && value !== '' ? value : join(home(env), ...fallback);
};

/** $XDG_DATA_HOME, by default ~/.local/share. */
export const dataHome = (env: Env): string => xdg(env, 'XDG_DATA_HOME', ['.local', 'share']);

/** $XDG_CACHE_HOME, by default ~/.cache. */
export const cacheHome = (env: Env): string => xdg(env, 'XDG_CACHE_HOME', ['.cache']);
