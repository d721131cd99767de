import { defineConfig } from 'vitest/config';

// `npm run interop`: round trips through real clients too slow, or too large to install, for every CI run
// (a LaTeX run with biblatex-chicago). The clients that are quick (pandoc, bibutils, biber) are in tests/e2e.
export default defineConfig({
  test: {
    include: ['tests/interop/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/isolate.ts'],
    testTimeout: 120000,
  },
});
