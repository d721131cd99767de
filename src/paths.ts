import { fileURLToPath } from 'node:url';

/**
 * The package's own folder. This module is one level below it both as a
 * source file (src/paths.ts, under vitest) and inside the bundle (dist/*.js),
 * which is why the bundle keeps every file directly in dist/.
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
