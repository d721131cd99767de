// The front door on a real terminal (issue 12): pseudo-terminals of 40, 60 and 120 columns, pagers, links.
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { CORPUS, hasScript, inTerminal, packageCopy, spawnCable, tempDir, visible } from '../helpers.js';

/** The lines the terminal shows: a carriage return starts a line again, as it does on screen. */
const screenLines = (output: string): string[] => output.split(/\r|\n/).map(visible);

const widest = (output: string): number => Math.max(...screenLines(output).map((l) => stringWidth(l)));

/** A copy of the corpus, so that an index built for a test never lands beside the fixtures. */
function corpus(): string {
  const dir = tempDir();
  for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.md'))) cpSync(join(CORPUS, name), join(dir, name));
  return dir;
}

describe.skipIf(!hasScript)('everything fits the terminal', () => {
  const dir = corpus();

  it.each([40, 60, 120])('list, search hits and every help at %i columns', (cols) => {
    expect(widest(inTerminal(['list', '--dir', dir, '--no-pager'], { cols }))).toBeLessThanOrEqual(cols);
    // The Hungarian report has a long slug id: its hit header is cut, never wrapped past the edge.
    const hits = inTerminal(['search', 'Pyongyang', '--dir', dir, '--no-pager', '--limit', '50'], { cols });
    expect(hits).toContain('telegram-0');
    expect(widest(hits)).toBeLessThanOrEqual(cols);
    for (const command of [[], ['show'], ['cite'], ['search'], ['list'], ['completion']]) {
      expect(widest(inTerminal([...command, '--help'], { cols })), command.join(' ')).toBeLessThanOrEqual(cols);
    }
  });

  it('the index build shows a progress line that fits 40 columns, and says nothing in a pipe', () => {
    const big = tempDir();
    for (let i = 0; i < 60; i++) cpSync(join(CORPUS, '300242.md'), join(big, `${i}.md`));
    const output = inTerminal(['index', '--rebuild', '--dir', big], { cols: 40 });
    expect(output).toContain('Indexing');
    expect(widest(output)).toBeLessThanOrEqual(40);
    expect(spawnCable(['index', '--rebuild', '--dir', big]).stderr).toBe('');
  });

  it('a slow citation says what it is doing on a terminal, then clears the line; a pipe hears nothing', () => {
    const output = inTerminal(['cite', '--all', '--style', 'chicago-bib', '--dir', dir, '--no-pager'], { cols: 60 });
    expect(output).toContain('cable: formatting 20 citations in chicago-bib…');
    expect(output).toContain('\u001b[K');
    expect(spawnCable(['cite', '--all', '--style', 'chicago-bib', '--dir', dir]).stderr).toBe('');
  });
});

describe.skipIf(!hasScript)('the pager', () => {
  const pager = { CABLE_PAGER: 'sed s/^/PAGED:/' };

  it('pages long list, check and cite --all output as it pages show', () => {
    const dir = corpus();
    for (const args of [['list'], ['cite', '--all'], ['show', '--doc', '300242']]) {
      expect(inTerminal([...args, '--dir', dir], { rows: 5, env: pager }), args.join(' ')).toMatch(/^PAGED:/m);
    }
    const bad = tempDir();
    for (let i = 0; i < 12; i++) writeFileSync(join(bad, `${i}.md`), '## Spring 1949\n# T\n');
    expect(inTerminal(['check', '--dir', bad], { rows: 5, env: pager })).toMatch(/^PAGED:/m);
  });

  it('is not started on a dumb terminal', () => {
    const output = visible(inTerminal(['show'], { rows: 5, env: { ...pager, TERM: 'dumb' } }));
    expect(output).not.toContain('PAGED:');
    expect(output).toContain('Fifth. On other questions');
  });

  it('that fails, or quits at once, does not swallow the output', () => {
    for (const command of ['false', 'true', 'no-such-pager-here']) {
      const output = visible(inTerminal(['show'], { rows: 5, env: { CABLE_PAGER: command } }));
      expect(output, command).toContain('Fifth. On other questions');
    }
  });
});

describe.skipIf(!hasScript)('cite, quote and search on a terminal', () => {
  it('wrap between words as point does, and keep one line in a pipe', () => {
    for (const args of [['cite'], ['quote', '3'], ['point', '3', '--cite']]) {
      const output = inTerminal(args, { cols: 60 });
      expect(widest(output), args.join(' ')).toBeLessThanOrEqual(60);
      expect(screenLines(output).length, args.join(' ')).toBeGreaterThan(3);
    }
    expect(spawnCable(['cite']).stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('link URLs where the terminal supports hyperlinks', () => {
    const link = '\u001b]8;;http://digitalarchive.wilsoncenter.org/document/121767\u0007';
    for (const args of [['cite'], ['quote', '3'], ['cite', '--style', 'chicago']]) {
      expect(inTerminal(args, { env: { FORCE_HYPERLINK: '1' } }), args.join(' ')).toContain(link);
      expect(inTerminal(args, { env: { FORCE_HYPERLINK: '0' } }), args.join(' ')).not.toContain('\u001b]8;;');
    }
  });
});

describe('an installation that is not built', () => {
  it('says "cable is not built: run npm install", never blames the document', () => {
    const dir = packageCopy();
    rmSync(join(dir, 'dist', 'yaml.cjs'));
    const doc = join(tempDir(), 'fm.md');
    writeFileSync(doc, '---\na: 1\n---\n## 1950\n# T\n\n1. One.\n\n2. Two.\n');
    const lazy = spawnCable(['point', '2', '--doc', doc], { bin: join(dir, 'bin', 'cable.js') });
    expect(lazy).toMatchObject({ code: 1, stdout: '' });
    expect(lazy.stderr).toBe(`cable: cable is not built (dist/yaml.cjs is missing): run npm install in ${dir}\n`);
    writeFileSync(join(dir, 'dist', 'cable.cjs'), 'this is not JavaScript {');
    expect(spawnCable(['show'], { bin: join(dir, 'bin', 'cable.js') })).toMatchObject({
      code: 1,
      stderr: `cable: cable is not built (dist/cable.cjs is damaged): run npm install in ${dir}\n`,
    });
    rmSync(join(dir, 'dist'), { recursive: true });
    expect(spawnCable(['show'], { bin: join(dir, 'bin', 'cable.js') })).toMatchObject({
      code: 1,
      stderr: `cable: cable is not built (dist/boot.cjs is missing): run npm install in ${dir}\n`,
    });
  });
});
