import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { builtin } from '../builtin.js';
import { WriteError } from '../errors.js';

/** Temporary files start with a dot, so a collection listing never takes one for a document. */
function temporaryPath(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${builtin<typeof import('node:crypto')>('node:crypto').randomBytes(4).toString('hex')}.tmp`,
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes what a writer killed mid-write left behind: temporaries of this target whose process is gone. */
function removeStaleTemporaries(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const pid =
      name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length).split('.')[0]) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid))
      rmSync(join(dirname(target), name), { force: true });
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
