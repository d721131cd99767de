// cable's exports read by the real clients (#16 "Done when"): pandoc's citeproc reads the CSL-JSON, bibutils the
// RIS, biber the BibLaTeX. CI installs them (.ci/run sets CABLE_INTEROP=required, so a missing tool fails there);
// elsewhere a test whose tool is absent is skipped, and says so.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, FIXTURES, ROOT, SEED, spawnCable, tempDir } from '../helpers.js';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const required = process.env.CABLE_INTEROP === 'required';
const withTool = (tool: string) => (required || has(tool) ? it : it.skip);

/** The corpus, the seed and the hard documents (Chinese, Russian, French, German): 45 documents. */
function collection(): string {
  const dir = tempDir();
  for (const from of [CORPUS, join(FIXTURES, 'hard', 'docs')])
    for (const name of readdirSync(from).filter((n) => n.endsWith('.md'))) cpSync(join(from, name), join(dir, name));
  cpSync(SEED, join(dir, '121767.md'));
  return dir;
}

const cable = (args: string[]) => {
  const result = spawnCable(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
};

function pandoc(markdown: string, bibliography: string, csl: string): string[] {
  const dir = tempDir();
  writeFileSync(join(dir, 'doc.md'), markdown);
  const result = spawnSync(
    'pandoc',
    ['doc.md', '--citeproc', '--bibliography', bibliography, '--csl', csl, '-t', 'plain', '--wrap=none'],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  return result.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Where pandoc's citeproc (2.17) and citeproc-js, which cable runs, differ on the same item and style: each
 * difference undone in pandoc's output, with its reason.
 */
const PANDOC_DIFFERENCES: [RegExp, string, string][] = [
  // Title case: pandoc takes "p.m." for the end of a sentence and capitalises the next word ("p.m. In Almaty").
  [/(p\.m\.) In\b/g, '$1 in', 'capitalises after "p.m."'],
  // A title inside a quoted title ends '…’.”' in pandoc, '….’”' in citeproc-js (punctuation-in-quote).
  [/’\.”/g, '.’”', 'puts the period outside an inner quotation'],
  // citeproc-js turns a space before a colon ("AA : A981", as the editors print it) into a narrow no-break space.
  [/ :/g, '\u202f:', 'keeps the space before a colon as it is'],
];
const asCiteprocJs = (line: string) => PANDOC_DIFFERENCES.reduce((l, [from, to]) => l.replace(from, to), line);

describe('pandoc --citeproc reads the CSL-JSON export as cable renders it (#16 item 4)', () => {
  const STYLES = [
    ['chicago-bib', 'chicago-notes-bibliography'],
    ['chicago-author-date', 'chicago-author-date'],
  ] as const;

  withTool('pandoc').each(STYLES)('--style %s: every entry the same as `cable cite --all`', (style, csl) => {
    const dir = collection();
    const json = join(dir, 'export.json');
    writeFileSync(json, cable(['cite', '--all', '--style', 'csl-json', '--dir', dir]));
    const ours = cable(['cite', '--all', '--style', style, '--dir', dir]).trim().split('\n');
    const theirs = pandoc('---\nnocite: "@*"\n---\n', json, join(ROOT, 'styles', `${csl}.csl`));
    expect(ours).toHaveLength(45);
    expect(theirs.map(asCiteprocJs).sort()).toEqual([...ours].sort());
  });

  withTool('pandoc')('Chicago notes, full and short, with a pinpoint, under the keys the export gives', () => {
    const dir = collection();
    const json = join(dir, 'export.json');
    const items = JSON.parse(cable(['cite', '--all', '--style', 'csl-json', '--dir', dir])) as { id: string }[];
    writeFileSync(json, JSON.stringify(items));
    const keys = ['stalin1949_121767', 'chancellors1997_300238', 'nehru1949_300653'];
    for (const key of keys) expect(items.map((i) => i.id)).toContain(key);
    const lines = pandoc(
      keys.map((key, i) => `Text ${i}.[@${key}] Again.[@${key}, point 3]`).join('\n\n'),
      json,
      join(ROOT, 'styles', 'chicago-notes-bibliography.csl'),
    );
    const notes = lines.filter((l) => /^\[\d+\]/.test(l)).map((l) => l.replace(/^\[\d+\]\s*/, ''));
    const expected = [SEED, join(CORPUS, '300238.md'), join(CORPUS, '300653.md')].flatMap((doc) => [
      cable(['cite', '--doc', doc, '--style', 'chicago']).trim(),
      cable(['cite', '--doc', doc, '--style', 'chicago-short', '--point', '3']).trim(),
    ]);
    // Nehru numbers paragraphs: cable says "para. 3", and pandoc prints the label the citation gives ("point 3").
    expect(notes.map((n) => n.replace('Premiers, April 1, 1949, point 3', 'Premiers, April 1, 1949, para. 3'))).toEqual(
      expected,
    );
  });
});
