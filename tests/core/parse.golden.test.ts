// Every document cable read before the multilingual parser keeps its exact parse (issue 14): the model and
// the parser's diagnostics, as they were, byte for byte. tests/fixtures/golden holds them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { FIXTURES, ROOT } from '../helpers.js';

const files = [
  ...readdirSync(join(FIXTURES, 'corpus'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `tests/fixtures/corpus/${f}`),
  'documents/121767.md',
  'tests/fixtures/mixed-scripts.md',
];

describe('the documents cable read before keep their parse', () => {
  it.each(files)('%s', (file) => {
    const model = parseDocument(readFileSync(join(ROOT, file), 'utf8'), { path: file });
    const golden = readFileSync(
      join(FIXTURES, 'golden', `${file.split('/').pop()?.replace(/\.md$/, '')}.json`),
      'utf8',
    );
    expect(`${JSON.stringify(model, null, 2)}\n`).toBe(golden);
  });
});
