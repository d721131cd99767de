/**
 * Starts cable: loads its bundles (dist/*.cjs) with V8's code cache for each.
 *
 * Node 20 compiles every module from source on every run (Node 22 can keep a
 * compile cache; 20 cannot), and for a quick command like `cable point 3` that
 * is a good part of its time. So the build runs the quick commands once and
 * saves what V8 compiled for each bundle beside it (`cable.cjs.cache`; see
 * scripts/code-cache.mjs). A cache made by another Node or V8 is rejected by V8
 * itself, and the bundle is then compiled as usual: it costs time, never
 * correctness. Nothing here writes to disk.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const DIST = dirname(fileURLToPath(import.meta.url));
const nodeRequire = createRequire(import.meta.url);

/** Every bundle compiled in this process, by file: the build saves their caches from these. */
export const compiled = new Map<string, Script>();
const loaded = new Map<string, { exports: unknown }>();

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(`${file}.cache`);
  } catch {
    return undefined; // No cache (a bundle no quick command uses): compile it.
  }
}

/**
 * A bundle that is missing or does not compile means the build is missing or
 * damaged: say so, and how to mend it, never blame the user's document.
 */
function notBuilt(file: string, error: unknown): never {
  const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : 'is damaged';
  process.stderr.write(
    `cable: cable is not built (dist/${basename(file)} ${why}): run npm install in ${dirname(DIST)}\n`,
  );
  if (process.env.DEBUG === 'cable' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

function compile(file: string): Script {
  const cachedData = readCache(file);
  try {
    return new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, ...(cachedData && { cachedData }) });
  } catch (error) {
    return notBuilt(file, error);
  }
}

function load(file: string): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  const script = compile(file);
  if (script.cachedDataRejected === true && process.env.DEBUG === 'cable') {
    process.stderr.write(`cable: the code cache for ${basename(file)} does not fit this Node; compiling it\n`);
  }
  compiled.set(file, script);
  const module = { exports: {} };
  loaded.set(file, module);
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, requireFromBundle, module, file, DIST);
  return module.exports;
}

/** The bundles' `require`: their own lazy bundles come through here; Node's modules and packages go to Node. */
function requireFromBundle(id: string): unknown {
  return id.startsWith('./') ? load(join(DIST, id)) : nodeRequire(id);
}

load(join(DIST, 'cable.cjs'));
