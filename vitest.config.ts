import { defineConfig } from 'vitest/config';

// tests/core: the parser, query and citation code on real fixtures (no process, no files of the user's).
// tests/cli: the command line in-process, through the Io seam (an argv table, each command).
// tests/e2e: the built bin, spawned, in pipes and pseudo-terminals, as a user runs it.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/isolate.ts'],
    testTimeout: 20000,
  },
});
