// One run of cable (its arguments are this script's) that saves, at exit, V8's
// code cache for each bundle it compiled: see src/boot.ts and code-cache.mjs.
const { renameSync, writeFileSync } = require('node:fs');
const { compiled } = require('../dist/boot.cjs');

process.on('exit', () => {
  for (const [file, script] of compiled) {
    writeFileSync(`${file}.cache.tmp`, script.createCachedData());
    renameSync(`${file}.cache.tmp`, `${file}.cache`);
  }
});
