// The CSL styles cable cites with are the files it ships (#16 items 18 and 20), edited here in a copy of the package.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageCopy, spawnCable } from '../helpers.js';

/** Runs `cable` from a copy of the package whose styles/<name>.csl was edited by `edit`. */
function withEditedStyle(name: string, edit: (xml: string) => string, args: string[]) {
  const dir = packageCopy();
  const file = join(dir, 'styles', `${name}.csl`);
  const original = readFileSync(file, 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  writeFileSync(file, edited);
  return spawnCable(args, { bin: join(dir, 'bin', 'cable.js') });
}

describe('the styles cable ships', () => {
  it.each([
    ['apa', 'apa'],
    ['chicago-author-date', 'chicago-author-date'],
    ['modern-language-association', 'mla'],
  ])('--style %s reads styles/%s.csl, not a template citation-js has built in', (file, style) => {
    // The in-text citation's brackets come from the file: edit them, and the output follows.
    const { stdout, code } = withEditedStyle(
      file,
      (xml) =>
        xml.replace('<layout delimiter="; " prefix="(" suffix=")">', '<layout delimiter="; " prefix="{{" suffix="}}">'),
      ['cite', '--style', style, '--point', '3'],
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\{Stalin[^\n]*3\}\}\n/);
  });

  it('--style chicago reads styles/chicago-notes-bibliography.csl', () => {
    const { stdout } = withEditedStyle(
      'chicago-notes-bibliography',
      (xml) =>
        xml.replace('<layout delimiter="; " suffix=".">', '<layout delimiter="; " prefix="[edited] " suffix=".">'),
      ['cite', '--style', 'chicago'],
    );
    expect(stdout).toMatch(/^\[edited\] Joseph Stalin, cable to Anastas Mikoyan,[^\n]*121767\.\n$/);
  });

  it('a style that cannot cite the document is an error naming the file, never a citation with exit 0', () => {
    // A bibliography that prints nothing for the document (citeproc prints nothing, or "[CSL STYLE ERROR: …]").
    const { stdout, stderr, code } = withEditedStyle(
      'apa',
      (xml) =>
        xml.replace(
          /(<bibliography[^>]*>[^]*?<layout)[^>]*>[^]*?<\/layout>/,
          '$1><text variable="abstract"/></layout>',
        ),
      ['cite', '--style', 'apa'],
    );
    expect({ stdout, code }).toEqual({ stdout: '', code: 1 });
    expect(stderr).toMatch(
      /^cable: styles\/apa\.csl cannot cite document 121767 \(it printed nothing\); cite it with --style archive, and report the document\n$/,
    );
  });
});
