// Generates archive-like documents from the corpus's own sentences, for the benchmarks.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// A seeded generator, so every run measures the same collection.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];

const corpusDir = join(root, 'tests', 'fixtures', 'corpus');
const texts = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
texts.push(readFileSync(join(root, 'documents', '121767.md'), 'utf8'));
const sentences = texts
  .flatMap((t) => t.split('\n').filter((l) => l !== '' && !l.startsWith('#')))
  .flatMap((p) => p.split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 30 && s.length < 400 && !/Roshchin/.test(s));
// Words drawn by a Zipf law replace a few words of each sentence, so the collection is not 500 copies of the corpus.
const vocabulary = [
  ...new Set(
    sentences
      .join(' ')
      .split(/[^A-Za-z]+/)
      .filter((w) => w.length > 3),
  ),
];
const zipf = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(vocabulary.length ** random()) - 1)];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];

function vary(sentence) {
  return sentence
    .split(' ')
    .map((w) => (random() < 0.08 ? zipf() : w))
    .join(' ');
}

export function makeDocument(i) {
  const year = 1945 + Math.floor(random() * 50);
  const month = MONTHS[Math.floor(random() * 12)];
  const day = 1 + Math.floor(random() * 28);
  const paragraphs = [];
  let size = 0;
  while (size < 3600) {
    const p = Array.from({ length: 2 + Math.floor(random() * 3) }, () => vary(pick(sentences))).join(' ');
    paragraphs.push(p);
    size += p.length;
  }
  // One document in two thousand mentions the rare word.
  if (i % 2000 === 7) paragraphs[1] = `${paragraphs[1]} We sent Roshchin to Canton.`;
  const numbered = random() < 0.4;
  const body = paragraphs.map((p, k) => (numbered && k < ORDINALS.length ? `${ORDINALS[k]}. ${p}` : p)).join('\n\n');
  return `## ${month} ${day}, ${year}\n# Cable, ${zipf()} ${zipf()} to ${zipf()} ${zipf()}\n### Summary:\n${vary(pick(sentences))}\n### Original Language:\n${pick(['Russian', 'Chinese', 'German', 'Japanese'])}\n\n${body}\n`;
}

/** Writes `count` documents into `dir`; returns their total size in bytes. */
export function writeCollection(dir, count) {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = makeDocument(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${100000 + i}.md`), text);
  }
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count = '10000'] = process.argv.slice(2);
  writeCollection(dir, Number(count));
}
