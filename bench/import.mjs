// npm run bench:import — imports a 4 MB and a 20 MB FRUS volume made of the real excerpt's markup (its header and
// lists once, its documents repeated with fresh ids) into an empty collection, index update included, and reports
// wall time (targets: 4 MB ≤ 3 s) and peak memory (≤ 150 MB for either).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENV, peakMemoryMb } from './startup-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'cable.js');
const EXCERPT = join(root, 'tests', 'fixtures', 'frus', 'frus1969-76v19p1.excerpt.xml');

/** Each `<div type="document">…</div>` of the excerpt, whole (nested divs counted), and the text around them. */
function documentsOf(text) {
  const open = /<div\b[^>]*\btype="document"[^>]*>/g;
  const documents = [];
  let first = -1;
  let last = -1;
  for (let m = open.exec(text); m !== null; m = open.exec(text)) {
    if (m.index < last) continue;
    let depth = 0;
    const tags = /<div\b[^>]*>|<\/div>/g;
    tags.lastIndex = m.index;
    for (let t = tags.exec(text); t !== null; t = tags.exec(text)) {
      depth += t[0].startsWith('</') ? -1 : 1;
      if (depth === 0) {
        last = t.index + t[0].length;
        break;
      }
    }
    if (first === -1) first = m.index;
    documents.push(text.slice(m.index, last));
  }
  return { before: text.slice(0, first), documents, after: text.slice(last) };
}

/** A volume of about `megabytes` MB: the excerpt's documents over and over, numbered d1, d2, … */
function generate(path, megabytes) {
  const { before, documents, after } = documentsOf(readFileSync(EXCERPT, 'utf8'));
  const parts = [before];
  let size = before.length + after.length;
  let n = 0;
  while (size < megabytes * 1024 * 1024) {
    const source = documents[n % documents.length];
    n++;
    const copy = source.replace(/xml:id="d\d+"/, `xml:id="d${n}"`).replace(/(<div\b[^>]*?)\bn="\d+"/, `$1n="${n}"`);
    parts.push(copy, '\n');
    size += copy.length + 1;
  }
  parts.push(after);
  writeFileSync(path, parts.join(''));
  return n;
}

const work = mkdtempSync(join(tmpdir(), 'cable-bench-import-'));
try {
  for (const megabytes of [4, 20]) {
    const volume = join(work, `frus1969-76v19p1-${megabytes}mb.xml`);
    const count = generate(volume, megabytes);
    const size = statSync(volume).size / 1024 / 1024;
    const runs = [];
    let memory = null;
    for (let run = 0; run < 3; run++) {
      const dir = mkdtempSync(join(work, 'collection-'));
      const started = process.hrtime.bigint();
      execFileSync(process.execPath, [bin, 'import', volume, '--dir', dir], { stdio: 'ignore', env: ENV });
      runs.push(Number(process.hrtime.bigint() - started) / 1e9);
      rmSync(dir, { recursive: true, force: true });
    }
    {
      const dir = mkdtempSync(join(work, 'collection-'));
      memory = peakMemoryMb([process.execPath, bin, 'import', volume, '--dir', dir]);
      rmSync(dir, { recursive: true, force: true });
    }
    const best = Math.min(...runs);
    const target = megabytes === 4 ? ' (target ≤ 3 s)' : '';
    console.log(
      `${size.toFixed(1)} MB volume, ${count} documents: import ${best.toFixed(2)} s${target}, best of 3; ` +
        `peak memory ${memory === null ? '? (no /usr/bin/time)' : `${memory.toFixed(0)} MB`} (target ≤ 150 MB)`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
