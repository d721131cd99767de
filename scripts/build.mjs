// Bundles cable with esbuild (types are checked separately, by tsc --noEmit).
// dist/cable.cjs holds the CLI and everything the quick commands need, in one
// file, so that start-up reads one module. The heavy parts are bundles of
// their own, loaded only by the commands that use them; scripts/bundles.mjs
// declares them, and every dynamic import.
// dist/boot.cjs loads them with V8 code caches, which this build then makes.
//
// The bundles are CommonJS although the source is ESM: on Node 20, a process
// that loads an ES module first spends about 10 ms starting the ESM loader.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { build } from 'esbuild';
import { BUNDLES, DEFERRED } from './bundles.mjs';
import { makeCodeCaches } from './code-cache.mjs';
import { STAMP_FILE, sourceHash } from './source-hash.mjs';

rmSync('dist', { recursive: true, force: true });

const ROOT = process.cwd();
const rel = (path) => relative(ROOT, path).split(sep).join('/');
const LAZY = BUNDLES.filter((b) => b.name !== 'cable');
const lazyByEntry = new Map(LAZY.map((b) => [b.entry, b.name]));
const synchronous = LAZY.filter((b) => b.synchronous);

/** Resolves an import as esbuild would, from inside a plugin that also sees it. */
const resolveAgain = (b, args) =>
  b.resolve(args.path, {
    kind: args.kind,
    resolveDir: args.resolveDir,
    importer: args.importer,
    pluginData: { resolving: true },
  });

/**
 * Every dynamic import of cable's source must be declared in scripts/bundles.mjs: a lazy bundle
 * (left as a load of its own file, through src/boot.ts) or DEFERRED (kept in
 * the bundle that imports it). Any other fails the build: nothing heavy is
 * inlined by accident.
 */
const lazyBundles = {
  name: 'lazy-bundles',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      // cable's own imports only: a package's dynamic imports are the package's affair.
      if (args.kind !== 'dynamic-import' || args.pluginData?.resolving || !rel(args.importer).startsWith('src/')) {
        return undefined;
      }
      const resolved = await resolveAgain(b, args);
      const source = resolved.path.startsWith(`${ROOT}${sep}src${sep}`) ? rel(resolved.path) : args.path;
      const name = lazyByEntry.get(source);
      if (name !== undefined) return { path: `./${name}.cjs`, external: true };
      if (DEFERRED.includes(source)) return resolved;
      throw new Error(`${rel(args.importer)}: import('${args.path}') is not declared in scripts/bundles.mjs`);
    });
  },
};

/**
 * A bundle the source loads synchronously with Node's require (the YAML
 * parser, for front matter): in dist, that module becomes a require of the
 * bundle, through src/boot.ts.
 */
const synchronousBundles = {
  name: 'synchronous-bundles',
  setup(b) {
    for (const {
      name,
      synchronous: { module, loader },
    } of synchronous) {
      b.onLoad({ filter: new RegExp(`/${module.replace(/\./g, '\\.')}$`) }, () => ({
        contents: `let loaded; export function ${loader}() { return (loaded ??= require('./${name}.cjs')); }`,
        loader: 'js',
      }));
      b.onResolve({ filter: new RegExp(`^\\./${name}\\.cjs$`) }, (args) => ({ path: args.path, external: true }));
    }
  },
};

/**
 * cable's own modules that the main bundle holds are not copied into the lazy
 * bundles: a lazy bundle takes them from the main bundle at run time (its
 * `__modules`), so that the parser, the errors and folding exist once.
 */
function fromMainBundle(sharedModules) {
  return {
    name: 'from-main-bundle',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'import-statement' || args.pluginData?.resolving) return undefined;
        const resolved = await resolveAgain(b, args);
        const source = rel(resolved.path);
        return sharedModules.has(source) ? { path: source, namespace: 'cable-shared' } : resolved;
      });
      b.onResolve({ filter: /^\.\/cable\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: 'cable-shared' }, (args) => ({
        contents: `module.exports = require('./cable.cjs').__modules[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

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

/** citation-js's URL fetching (sync-fetch, node-fetch), which cable never uses: scripts/fetch-stubs.mjs. */
const fetchStubs = {
  name: 'fetch-stubs',
  setup(b) {
    b.onResolve({ filter: /^(sync-fetch|node-fetch)$/ }, (args) =>
      /node_modules\/@citation-js\/core\//.test(args.importer)
        ? { path: new URL('./fetch-stubs.mjs', import.meta.url).pathname }
        : undefined,
    );
  },
};

// The source hash of citeproc's `expandMacro` as citeproc ships it, before minifying: src/cite/citeprocSpeedup.ts
// patches the function only when it is the one the patch was written for (FNV-1a, as sourceHash there).
const expandMacroSource = createRequire(import.meta.url)('citeproc').expandMacro.toString();
let expandMacroHash = 0x811c9dc5;
for (let i = 0; i < expandMacroSource.length; i++)
  expandMacroHash = Math.imul(expandMacroHash ^ expandMacroSource.charCodeAt(i), 0x01000193) >>> 0;

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
  define: {
    'import.meta.url': '__cableUrl',
    CABLE_EXPAND_MACRO_HASH: JSON.stringify(expandMacroHash.toString(16)),
  },
  banner: { js: "const __cableUrl = require('node:url').pathToFileURL(__filename).href;" },
  minify: true,
  legalComments: 'none',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [lazyBundles, synchronousBundles, noChildProcess, markedTerminalStubs, fetchStubs],
};

/** Writes one bundle, reports its size, and checks that no import() is left in it. */
async function bundle(options) {
  const result = await build({ ...shared, ...options });
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith('.cjs')) continue;
    // src/boot.ts runs the bundles as scripts, which have no import(): each must have become a require().
    if (/[^\w$.]import\(/.test(readFileSync(file, 'utf8'))) throw new Error(`${file} still has an import()`);
    console.log(`${file.padEnd(22)} ${(info.bytes / 1024).toFixed(0).padStart(5)} KiB`);
  }
  return result.metafile;
}

/** cable's own modules in a bundle, from a pass that writes nothing. */
async function ownModules(name, entry) {
  const { metafile } = await build({ ...shared, entryPoints: { [name]: entry }, write: false });
  return Object.keys(metafile.inputs).filter((path) => path.startsWith('src/'));
}

const inMain = new Set(await ownModules('cable', 'src/main.ts'));
const sharedModules = new Set();
for (const { name, entry } of LAZY)
  for (const path of await ownModules(name, entry)) if (inMain.has(path)) sharedModules.add(path);
for (const path of sharedModules) {
  if (DEFERRED.includes(path)) throw new Error(`${path} is deferred in the main bundle: a lazy bundle cannot share it`);
}

// The main bundle runs src/main.ts and exports the shared modules' namespaces for the lazy bundles.
const modules = [...sharedModules].sort();
const mainEntry = [
  "import './src/main.ts';",
  ...modules.map((path, i) => `import * as m${i} from './${path}';`),
  `export const __modules = { ${modules.map((path, i) => `${JSON.stringify(path)}: m${i}`).join(', ')} };`,
].join('\n');

const metafiles = [await bundle({ entryPoints: { boot: 'src/boot.ts' } })];
metafiles.push(
  await bundle({
    stdin: { contents: mainEntry, resolveDir: ROOT, sourcefile: 'src/cable-entry.js', loader: 'js' },
    outdir: undefined,
    outfile: 'dist/cable.cjs',
  }),
);
for (const { name, entry } of LAZY) {
  metafiles.push(
    await bundle({ entryPoints: { [name]: entry }, plugins: [fromMainBundle(sharedModules), ...shared.plugins] }),
  );
}
if (process.env.CABLE_METAFILE) writeFileSync(process.env.CABLE_METAFILE, JSON.stringify(metafiles));
makeCodeCaches();
// Last: the stamp that tells the test run this build is current.
writeFileSync(STAMP_FILE, sourceHash());
