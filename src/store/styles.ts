import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CableError } from '../errors.js';

/** The official CSL files shipped in styles/ (CC BY-SA 3.0; see styles/README.md). */
export function readCslStyle(name: string): string {
  const path = fileURLToPath(new URL(`../../styles/${name}.csl`, import.meta.url));
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CableError(`${path}: cannot read the CSL style (${(error as NodeJS.ErrnoException).code ?? String(error)}); reinstall cable`);
  }
}
