#!/usr/bin/env node
// CommonJS, as bin/package.json declares: an ES module would cost Node 20 its ESM loader (~10 ms).
require('../dist/boot.cjs');
