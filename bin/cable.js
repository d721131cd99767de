#!/usr/bin/env node
// CommonJS, as bin/package.json declares: an ES module would cost Node 20 its ESM loader (~10 ms).
try {
  require('../dist/boot.cjs');
} catch (error) {
  // No build, or a damaged one (dist/boot.cjs reports its bundles itself): say how to mend it, never a stack trace.
  const missing = error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('boot.cjs');
  if (!missing && !(error instanceof SyntaxError)) throw error;
  const root = require('node:path').join(__dirname, '..');
  process.stderr.write(
    `cable: cable is not built (dist/boot.cjs is ${missing ? 'missing' : 'damaged'}): run npm install in ${root}\n`,
  );
  process.exit(1);
}
