import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { builtin } from '../builtin.js';
import { WriteError } from '../errors.js';

/**
 * Temporary files start with a dot, so a collection listing never takes one
 * for a document, and have a short name of their own (not the target's, which
 * may be as long as a file name can be): `.cable-<pid>-<random>.tmp`.
 */
const TEMPORARY = /^\.cable-(\d+)-[0-9a-f]+\.tmp$/;

function temporaryPath(target: string): string {
  const random = builtin<typeof import('node:crypto')>('node:crypto').randomBytes(6).toString('hex');
  return join(dirname(target), `.cable-${process.pid}-${random}.tmp`);
}

/** Whether a process is alive: cable's temporary files and staging folders of a live process are left alone. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what a writer killed mid-write left behind: cable's temporary files
 * whose process is gone. Only regular files: a folder that happens to have
 * such a name is not cable's, and is left alone.
 */
function removeStaleTemporaries(target: string): void {
  const dir = dirname(target);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    try {
      if (lstatSync(join(dir, name)).isFile()) unlinkSync(join(dir, name));
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

function describeWriteError(target: string, error: unknown): WriteError {
  return new WriteError(target, (error as NodeJS.ErrnoException).code ?? String(error));
}

/**
 * Writes a whole file or nothing: the text goes to a temporary file in the
 * same folder, is flushed to disk, then takes the target's name in one step.
 * With `replace` false the target is created only if it does not exist
 * (link() fails with EEXIST), so two writers of one id cannot both win.
 * Returns false when the target already existed and was not replaced.
 */
export function writeFileAtomic(target: string, text: string, replace: boolean): boolean {
  removeStaleTemporaries(target);
  const temporary = temporaryPath(target);
  try {
    const fd = openSync(temporary, 'wx', 0o644);
    try {
      // A write may take only part of the bytes (a full disk takes what fits): write until all are
      // taken, so that the next write reports ENOSPC rather than a short file being renamed into place.
      const bytes = Buffer.from(text, 'utf8');
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (replace) {
      renameSync(temporary, target);
      return true;
    }
    try {
      linkSync(temporary, target);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  } catch (error) {
    throw describeWriteError(target, error);
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed into place, or never created.
    }
  }
}
