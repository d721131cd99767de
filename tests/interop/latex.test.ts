// `npm run interop`: the BibLaTeX export compiled by a real LaTeX run with biber, under biblatex-chicago and under
// standard biblatex, read back as text (#16 item 3, "Done when"). Needs pdflatex, biber, biblatex-chicago
// (Debian: texlive-latex-extra texlive-bibtex-extra biber) and pdftotext (poppler-utils); too slow for every CI run.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, SEED, spawnCable, tempDir } from '../helpers.js';

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stdout}\n${result.stderr}`);
}

/** Each key's full note (`\fullcite`), as the compiled PDF prints it, one paragraph per key. */
function compile(bib: string, keys: string[], style: string): Map<string, string> {
  const dir = tempDir();
  writeFileSync(join(dir, 'export.bib'), bib);
  writeFileSync(
    join(dir, 'doc.tex'),
    [
      '\\documentclass{article}',
      '\\usepackage[T1]{fontenc}',
      '\\usepackage{lmodern}',
      '\\usepackage{csquotes}',
      style,
      '\\addbibresource{export.bib}',
      '\\begin{document}',
      ...keys.map((key) => `KEY ${key.replace(/_/g, '\\_')}: \\fullcite{${key}}\n`),
      '\\end{document}',
    ].join('\n'),
  );
  run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex'], dir);
  run('biber', ['doc'], dir);
  run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex'], dir);
  run('pdftotext', ['-nopgbrk', 'doc.pdf', 'doc.txt'], dir);
  // Lines joined again: a line break inside a URL or a word ("https : / / …") is the PDF's, not the citation's.
  const text = readFileSync(join(dir, 'doc.txt'), 'utf8')
    .replace(/-\n/g, '-')
    .replace(/\n(?!KEY)/g, ' ');
  return new Map(
    [...text.matchAll(/KEY (\S+): (.*)/g)].map((m) => [m[1] ?? '', (m[2] ?? '').replace(/\s+/g, ' ').trim()]),
  );
}

const bibOf = (docs: string[]): string => {
  const dir = tempDir();
  for (const doc of docs) writeFileSync(join(dir, doc.split('/').at(-1) ?? ''), readFileSync(doc, 'utf8'));
  return spawnCable(['cite', '--all', '--style', 'bibtex', '--dir', dir]).stdout;
};

const DOCS = [SEED, join(CORPUS, '300237.md'), join(CORPUS, '176049.md'), join(CORPUS, '300653.md')];

describe('biber and LaTeX read the BibLaTeX export', () => {
  it.each([
    ['biblatex-chicago', '\\usepackage[notes,backend=biber]{biblatex-chicago}'],
    ['standard biblatex', '\\usepackage[style=verbose,backend=biber]{biblatex}'],
  ])('%s: a note shows sender, recipient, kind, date, archive and call number', (_name, style) => {
    const notes = compile(
      bibOf(DOCS),
      ['stalin1949_121767', 'chancellors1996_300237', 'brother1975_176049', 'nehru1949_300653'],
      style,
    );
    const stalin = notes.get('stalin1949_121767') ?? '';
    for (const part of [
      'Joseph Stalin',
      'Anastas Mikoyan',
      'cable to',
      '1949',
      'Sergey Radchenko',
      'History and Public Policy Program Digital Archive',
    ])
      expect(stalin, part).toContain(part);
    const kohl = notes.get('chancellors1996_300237') ?? '';
    for (const part of [
      'Telephone Conversation with Polish President Kwasniewski',
      '1996',
      'BArch, B 136/59748, 297-301',
    ])
      expect(kohl, part).toContain(part);
    // The description starts in lower case, as biblatex-chicago's manual asks of a generic title (its autocap
    // capitalises it after a period); standard biblatex prints it as written ("Jawaharlal Nehru. letter to …").
    expect(notes.get('nehru1949_300653')).toMatch(/Jawaharlal Nehru[,.] [Ll]etter to All Provincial Premiers/);
    // The archive is one body, never "History and Public Policy … et al." or two organisations.
    for (const note of notes.values()) expect(note).not.toMatch(/et al|History, and/);
  });

  it('prints $ & % # { } ~ ^ and Cyrillic through biber as written', () => {
    const dir = tempDir();
    const doc = join(dir, 'prices.md');
    writeFileSync(doc, '## May 10, 1948\n\n# Report on prices: 50% and $100 & #1 {braces} ~ ^ _\n\nText.\n');
    const notes = compile(bibOf([doc]), ['prices'], '\\usepackage[notes,backend=biber]{biblatex-chicago}');
    expect(notes.get('prices')).toContain('Report on prices: 50% and $100 & #1 {braces} ~ ^ _');
  });
});
