// Bundles cable with esbuild (types are checked separately, by tsc --noEmit).
// dist/cable.cjs holds the CLI and everything the quick commands need, in one
// file, so that start-up reads one module. The heavy parts are bundles of
// their own, loaded by dynamic import only by the commands that use them:
// the terminal renderer (marked-terminal), citation-js, the SQLite index, the
// Unicode-width wrapper (only for text that is not plain ASCII), and
// gray-matter (only for documents with front matter).
// dist/boot.cjs loads them with V8 code caches, which this build then makes.
//
// The bundles are CommonJS although the source is ESM: on Node 20, a process
// that loads an ES module first spends about 10 ms starting the ESM loader.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { makeCodeCaches } from './code-cache.mjs';

rmSync('dist', { recursive: true, force: true });

/** Source module → its bundle in dist/. */
const LAZY = {
  'src/render/terminal.ts': 'terminal',
  'src/cite/format.ts': 'format',
  'src/store/searchIndex.ts': 'searchIndex',
  'src/render/unicodeWrap.ts': 'unicodeWrap',
  [createRequire(import.meta.url).resolve('gray-matter')]: 'grayMatter',
};

/** Leaves `import('…/terminal.js')` and friends as loads of their own bundles (through src/boot.ts). */
const lazyBundles = {
  name: 'lazy-bundles',
  setup(b) {
    b.onResolve({ filter: /\/(terminal|format|searchIndex|unicodeWrap)\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const name = args.path.match(/\/(terminal|format|searchIndex|unicodeWrap)\.js$/)[1];
      return { path: `./${name}.cjs`, external: true };
    });
  },
};

/**
 * gray-matter, with js-yaml, as a bundle of its own (dist/grayMatter.cjs), for
 * documents with front matter. The parser needs it synchronously, so the
 * source loads it with Node's require (src/parse/grayMatter.ts); in the main
 * bundle that module becomes a require of the bundle, through src/boot.ts.
 */
const grayMatterBundle = {
  name: 'gray-matter-bundle',
  setup(b) {
    b.onLoad({ filter: /\/src\/parse\/grayMatter\.ts$/ }, () => ({
      contents:
        "let grayMatter; export function loadGrayMatter() { return (grayMatter ??= require('./grayMatter.cjs')); }",
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/grayMatter\.cjs$/ }, () => ({ path: './grayMatter.cjs', external: true }));
  },
};

/**
 * js-yaml's !!js/function type loads esprima, a whole JavaScript parser, with
 * an indirect require that bundling leaves in place. gray-matter reads YAML with
 * js-yaml's safe schema, which has no such type, so esprima is never needed.
 */
const noEsprima = {
  name: 'no-esprima',
  setup(b) {
    b.onLoad({ filter: /\/js-yaml\/lib\/js-yaml\/type\/js\/function\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const load = "esprima = _require('esprima');";
      if (!source.includes(load)) throw new Error(`js-yaml changed: ${args.path} no longer has ${load}`);
      return { contents: source.replace(load, 'esprima = undefined;'), loader: 'js' };
    });
  },
};

/** Commander's child_process import, for the main bundle only: see child-process-stub.mjs. */
const noChildProcess = {
  name: 'no-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /node_modules\/commander\//.test(args.importer)
        ? { path: new URL('./child-process-stub.mjs', import.meta.url).pathname }
        : undefined,
    );
  },
};

/** cli-highlight, node-emoji and cli-table3, for marked-terminal only: see marked-terminal-stubs.mjs. */
const markedTerminalStubs = {
  name: 'marked-terminal-stubs',
  setup(b) {
    b.onResolve({ filter: /^(cli-highlight|node-emoji|cli-table3)$/ }, (args) =>
      /node_modules\/marked-terminal\//.test(args.importer)
        ? { path: new URL('./marked-terminal-stubs.mjs', import.meta.url).pathname }
        : undefined,
    );
  },
};

const shared = {
  bundle: true,
  format: 'cjs',
  // A lazy bundle's `import()` becomes a `require()`, which src/boot.ts serves with its code cache.
  supported: { 'dynamic-import': false },
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  // Every output file sits directly in dist/, so src/paths.ts finds the package root the same way in both.
  entryNames: '[name]',
  // better-sqlite3's JavaScript is bundled; its native addon, which cannot be, is loaded by
  // path (src/store/sqlite.ts), so the `bindings` package that would search for it is never called.
  external: ['bindings'],
  // The source finds files from import.meta.url, which CommonJS lacks.
  define: { 'import.meta.url': '__cableUrl' },
  banner: { js: "const __cableUrl = require('node:url').pathToFileURL(__filename).href;" },
  minify: true,
  legalComments: 'none',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [lazyBundles, grayMatterBundle, noEsprima, noChildProcess, markedTerminalStubs],
};

const entries = {
  boot: 'src/boot.ts',
  cable: 'src/main.ts',
  ...Object.fromEntries(Object.entries(LAZY).map(([src, name]) => [name, src])),
};
const metafiles = [];
for (const [name, src] of Object.entries(entries)) {
  const result = await build({ ...shared, entryPoints: { [name]: src } });
  metafiles.push(result.metafile);
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith('.cjs')) continue;
    // src/boot.ts runs the bundles as scripts, which have no import(): each must have become a require().
    if (/[^\w$.]import\(/.test(readFileSync(file, 'utf8'))) throw new Error(`${file} still has an import()`);
    console.log(`${file.padEnd(22)} ${(info.bytes / 1024).toFixed(0).padStart(5)} KiB`);
  }
}
if (process.env.CABLE_METAFILE) writeFileSync(process.env.CABLE_METAFILE, JSON.stringify(metafiles));
makeCodeCaches();
