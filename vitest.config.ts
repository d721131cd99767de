import { defineConfig } from 'vitest/config';

// tests/core: the parser, query and citation code on real fixtures (no process, no files of the user's).
// tests/cli: the command line in-process, through the Io seam (an argv table, each command).
// tests/e2e: the built bin, spawned, in pipes and pseudo-terminals, as a user runs it.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/interop: `npm run interop` (a real LaTeX run), see vitest.interop.config.ts.
    exclude: ['tests/interop/**', '**/node_modules/**'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/isolate.ts'],
    testTimeout: 20000,
  },
});
