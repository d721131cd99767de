// A hash of everything the build reads, written beside the build: the test
// run rebuilds dist/ only when it differs (tests/global-setup.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['src', 'scripts', 'documents', 'package.json', 'package-lock.json'];
const STAMP = join(ROOT, 'dist', '.source-hash');

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function sourceHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => files(join(ROOT, input)))) {
    hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  hash.update(process.version);
  return hash.digest('hex');
}

export const STAMP_FILE = STAMP;

export function buildIsCurrent() {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceHash();
}
