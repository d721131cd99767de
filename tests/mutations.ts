import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORPUS, SEED } from './helpers.js';

const documents = [
  SEED,
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(CORPUS, f)),
].map((p) => readFileSync(p, 'utf8'));

// Characters a document must never get to the terminal: C0 but tab and newline, DEL, C1.
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const HOSTILE = [
  '\u001b',
  '\u0007',
  '\b',
  '\r',
  '\u009b',
  '\u0085',
  '\u001b]8;;http://evil\u0007',
  '\u001b[2J',
  '\u001b]0;title\u0007',
  '\u0000',
  '\u007f',
];

/** Ways a real document gets damaged on its way to cable. */
type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'inject'; at: number; text: string }
  | { kind: 'long-line'; at: number; length: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'crlf' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('inject' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary' })),
  }),
  fc.record({ kind: fc.constant('long-line' as const), at: fc.nat(), length: fc.integer({ min: 1000, max: 20000 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('crlf' as const) }),
);

export function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  let out = text;
  for (const m of mutations) {
    lines = out.split('\n');
    const pick = (n: number) => n % Math.max(1, lines.length);
    switch (m.kind) {
      case 'delete-line':
        lines.splice(pick(m.at), 1);
        out = lines.join('\n');
        break;
      case 'truncate':
        out = out.slice(0, m.at % Math.max(1, out.length));
        break;
      case 'inject': {
        const at = m.at % Math.max(1, out.length);
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      }
      case 'long-line':
        lines.splice(pick(m.at), 0, 'word '.repeat(Math.ceil(m.length / 5)));
        out = lines.join('\n');
        break;
      case 'swap-lines': {
        const a = pick(m.a);
        const b = pick(m.b);
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        out = lines.join('\n');
        break;
      }
      case 'crlf':
        out = out.replace(/\n/g, '\r\n');
        break;
    }
  }
  return out;
}

export const damagedDocument = fc
  .tuple(fc.constantFrom(...documents), fc.array(mutation, { maxLength: 6 }))
  .map(([text, ms]) => mutate(text, ms));
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 2000 }),
  damagedDocument,
);
