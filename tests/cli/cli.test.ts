import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, cli, SEED, tempDir } from '../helpers.js';

const THIRD = 'Third. We sent Roshchin to Canton for intelligence-gathering';
const CITATION =
  '"Cable, Joseph Stalin to Anastas Mikoyan," February, 1949, History and Public Policy Program Digital Archive, Provided to the National Security Archive/Svetlana Savranskaya by Sergo Mikoyan. With permission of the National Security Archive. Translated by Sergey Radchenko. http://digitalarchive.wilsoncenter.org/document/121767\n';

/** argv → what the user sees: exit code, and the start of stdout or stderr. */
const TABLE: Array<{ argv: string[]; code: number; stdout?: RegExp | string; stderr?: RegExp }> = [
  { argv: ['cite'], code: 0, stdout: CITATION },
  { argv: ['point', '3'], code: 0, stdout: new RegExp(`^${THIRD}`) },
  { argv: ['point', 'third'], code: 0, stdout: new RegExp(`^${THIRD}`) },
  { argv: ['point', 'Third'], code: 0, stdout: new RegExp(`^${THIRD}`) },
  { argv: ['point', 'III'], code: 0, stdout: new RegExp(`^${THIRD}`) },
  { argv: ['point', 'iii'], code: 0, stdout: new RegExp(`^${THIRD}`) },
  {
    argv: ['point', '2-4'],
    code: 0,
    stdout: /^Second\. [^]*\n\nThird\. [^]*\n\nFourth\. [^]*\n\nIt would be good to receive/,
  },
  { argv: ['point', '1,3'], code: 0, stdout: /^First\. [^]*\n\nThird\. / },
  { argv: ['point', '9'], code: 2, stderr: /^cable: document 121767 has no point 9; its points are 1–5\n$/ },
  { argv: ['point', 'banana'], code: 2, stderr: /^cable: "banana" is not a point number/ },
  { argv: ['point'], code: 2, stderr: /missing required argument 'n'/ },
  { argv: ['points'], code: 0, stdout: /^First\. {3}After careful analysis[^\n]*…\nSecond\. {2}The information/ },
  { argv: ['show', '--section', 'summary'], code: 0, stdout: /^Cable from Stalin to Mikoyan giving answers/ },
  { argv: ['show', '--section', 'original-language'], code: 0, stdout: 'Russian\n' },
  {
    argv: ['show', '--section', 'nonsense'],
    code: 2,
    stderr: /unknown section "nonsense"; choose one of: title, date/,
  },
  { argv: ['shw'], code: 2, stderr: /unknown command 'shw'\n\(Did you mean show\?\)/ },
  { argv: ['show', '--colour'], code: 2, stderr: /unknown option '--colour'/ },
  { argv: ['show', '--width', '0'], code: 2, stderr: /--width takes a whole number above 0/ },
  { argv: ['--version'], code: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
  { argv: ['cite', '--doc', 'nowhere.md'], code: 1, stderr: /nowhere\.md: no such file; check the path/ },
  { argv: ['cite', '--doc', 'docs/'], code: 1, stderr: /is a folder, not a document/ },
];

describe('argv → behaviour (in-process, output piped)', () => {
  it.each(TABLE)('cable $argv', async ({ argv, code, stdout, stderr }) => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'docs'));
    const result = await cli(argv, { cwd });
    expect(result.code, result.stderr).toBe(code);
    if (typeof stdout === 'string') expect(result.stdout).toBe(stdout);
    else if (stdout) expect(result.stdout).toMatch(stdout);
    if (stderr) expect(result.stderr).toMatch(stderr);
    if (code === 0) expect(result.stderr).toBe('');
  });
});

describe('show', () => {
  it('prints title, date, header sections, then the body with every point', async () => {
    const { stdout } = await cli(['show', '--width', '100']);
    const order = [
      'Cable, Joseph Stalin to Anastas Mikoyan',
      'February, 1949',
      'Citation',
      'Summary',
      'Credits',
      'Original Language',
      'Contents',
      '* English Translation',
      'TO MIKOYAN:',
      'First. After',
      'Second. The',
      'Third. We',
      'Fourth. We',
      'It would be good',
      'Fifth. On other',
    ];
    let at = -1;
    for (const piece of order) {
      const next = stdout.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
    expect(stdout).not.toMatch(/\u001b/);
    expect(Math.max(...stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('emphasises each marker and the title on a terminal', async () => {
    const { stdout } = await cli(['show'], { tty: true });
    expect(stdout).toContain('\u001b[1mFirst.\u001b[22m');
    expect(stdout).toContain('\u001b[1mFifth.\u001b[22m');
  });

  it('uses no colour on a terminal when NO_COLOR is set, and colour in a pipe with FORCE_COLOR', async () => {
    expect((await cli(['show'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b/);
    expect((await cli(['point', '1'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/^\u001b\[1mFirst\.\u001b\[22m /);
  });

  it('prints the model with --json', async () => {
    const doc = JSON.parse((await cli(['show', '--json'])).stdout);
    expect(Object.keys(doc)).toEqual([
      'id',
      'path',
      'title',
      'date',
      'isoDate',
      'citation',
      'url',
      'summary',
      'credits',
      'originalLanguage',
      'contents',
      'preamble',
      'points',
      'closing',
      'notes',
      'frontMatter',
    ]);
    expect(doc.points[2]).toMatchObject({ number: 3, marker: 'Third.' });
    expect(doc.isoDate).toBe('1949-02');
  });

  it('prints the selected part with --json for cite, point and points', async () => {
    expect(JSON.parse((await cli(['cite', '--json'])).stdout)).toMatchObject({
      id: '121767',
      citation: CITATION.trim(),
      url: 'http://digitalarchive.wilsoncenter.org/document/121767',
    });
    const points = JSON.parse((await cli(['point', '2-3', '--json'])).stdout);
    expect(points.map((p: { marker: string }) => p.marker)).toEqual(['Second.', 'Third.']);
    expect(JSON.parse((await cli(['points', '--json'])).stdout)).toHaveLength(5);
  });
});

describe('documents given by path', () => {
  it('reads any .md file with --doc PATH', async () => {
    const { stdout, code } = await cli(['point', '7', '--doc', join(CORPUS, '300238.md')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^7\. Rehabilitation of Germans/);
  });

  it('says when a document has no points, and suggests show', async () => {
    const { stderr, code } = await cli(['point', '1', '--doc', join(CORPUS, '110296.md')]);
    expect(code).toBe(2);
    expect(stderr).toBe('cable: document 110296 has no numbered points; read it whole with `cable show`\n');
  });

  it('refuses a ---js document with a one-line error naming the file, exit 1', async () => {
    const dir = tempDir();
    const file = join(dir, 'evil.md');
    writeFileSync(file, `---js\n{ title: process.exit(7) }\n---\n# T\n`);
    const { stderr, code } = await cli(['show', '--doc', file]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `cable: ${file}: front matter in "js" is not allowed: cable reads YAML front matter only; remove the "---js" block or rewrite it as YAML\n`,
    );
  });

  it('never passes control characters from a document to the terminal', async () => {
    const dir = tempDir();
    cpSync(SEED, join(dir, 'x.md'));
    const file = join(dir, 'evil.md');
    writeFileSync(
      file,
      `## 1950\n# Evil \u001b]0;owned\u0007 title\n### Summary:\nS\u009b31m\n\nFirst. Go \u001b[2J\bhome\r now.\n\nSecond. Fine.\n`,
    );
    for (const argv of [['show'], ['point', '1'], ['points'], ['show', '--json']]) {
      const { stdout } = await cli([...argv, '--doc', file], { tty: true, env: { NO_COLOR: '1' } });
      expect(stdout, argv.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    // A lone CR ends a line; the lines of a paragraph are reflowed into one (issue 14).
    expect((await cli(['point', '1', '--doc', file])).stdout).toBe('First. Go ␛[2J␈home now.\n');
  });
});
