import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
await build({ entryPoints: ['/work/main/src/parse/index.ts'], bundle: true, format: 'esm', platform: 'node', outfile: '/tmp/parse-dbg.mjs', logLevel: 'error' });
const { parseDocument, readMarker } = await import('/tmp/parse-dbg.mjs?' + Date.now());
const f = process.argv[2];
const text = readFileSync(f, 'utf8');
const doc = parseDocument(text, { path: f }).document;
console.log('points', doc.points.map((p) => `${p.number} ${p.marker} ${p.text.slice(0, 40)}`));
console.log('preamble', doc.preamble.map((p) => p.slice(0, 60)));
console.log('closing', doc.closing.map((p) => p.slice(0, 60)));
console.log('notes', doc.notes.map((p) => p.slice(0, 60)));
for (const para of [...doc.preamble, ...doc.closing]) { const m = readMarker(para); if (m) console.log('MARKER in', m.family, m.number, para.slice(0, 40)); }
