import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CORPUS, cli, freshHome, tempDir } from '../helpers.js';

const words = async (...argv: string[]) =>
  (await cli(['__complete', ...argv])).stdout.split('\n').filter((w) => w !== '');

describe('completion candidates', () => {
  it('commands, then options, then values', async () => {
    expect(await words('po')).toEqual(['point', 'points']);
    expect(await words('cite', '--st')).toEqual(['--style']);
    expect(await words('cite', '--style', 'chicago-')).toEqual(['chicago-short', 'chicago-bib', 'chicago-author-date']);
    expect(await words('show', '--section', 'o')).toEqual(['original-language']);
    expect(await words('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(await words('help', 'po')).toEqual(['point', 'points']);
  });

  it('document ids and point numbers, from the collection in use', async () => {
    expect(await words('show', '--dir', CORPUS, '--doc', '3006')).toEqual([
      '300638',
      '300639',
      '300640',
      '300641',
      '300653',
    ]);
    expect(await words('point', '')).toEqual(['1', '2', '3', '4', '5']);
    expect(await words('point', '--doc', join(CORPUS, '300242.md'), '')).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '8',
      '9',
      '10',
    ]);
  });

  it('offers nothing, quietly, when it cannot tell', async () => {
    const { code, stdout, stderr } = await cli(['__complete', 'point', '--dir', '/nonexistent', '']);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('is hidden from help', async () => {
    expect((await cli(['--help'])).stdout).not.toContain('__complete');
  });
});

describe('the shell scripts', () => {
  it('bash completes through the real script and the built bin', () => {
    const bin = tempDir();
    chmodSync(bin, 0o755);
    symlinkSync(BIN, join(bin, 'cable'));
    const script = `source <(cable completion bash)
COMP_WORDS=(cable cite --style ap); COMP_CWORD=3; _cable_complete; echo "\${COMPREPLY[*]}"
COMP_WORDS=(cable point ""); COMP_CWORD=2; _cable_complete; echo "\${COMPREPLY[*]}"`;
    const cwd = tempDir();
    mkdirSync(join(cwd, 'x'));
    const result = spawnSync('bash', ['-c', script], {
      encoding: 'utf8',
      cwd,
      env: { PATH: `${bin}:${process.env.PATH}`, ...freshHome() },
    });
    expect(result.stdout).toBe('apa\n1 2 3 4 5\n');
  });

  it.each(['zsh', 'fish'])('%s script calls cable __complete', async (shell) => {
    const { stdout, code } = await cli(['completion', shell]);
    expect(code).toBe(0);
    expect(stdout).toContain('cable __complete');
  });

  it('refuses an unknown shell (exit 2)', async () => {
    expect((await cli(['completion', 'tcsh'])).code).toBe(2);
  });
});
