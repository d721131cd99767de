import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InstallationError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';

/** The official CSL files shipped in styles/ (CC BY-SA 3.0; see styles/README.md). */
export function readCslStyle(name: string): string {
  const path = join(PACKAGE_ROOT, 'styles', `${name}.csl`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InstallationError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
