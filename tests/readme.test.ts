import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { cli, ROOT } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the real `cable --help` as its usage block', async () => {
    const block = /<!-- usage:start -->\n```\n([^]*?)```\n<!-- usage:end -->/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(block).toBe((await cli(['--help'])).stdout);
  });

  /** Every `$ cable …` example in the README, with the output printed under it. */
  const examples = [...readme.matchAll(/```\n(\$ cable [^]*?)```/g)].flatMap((block) =>
    (block[1] ?? '').split(/^\$ /m).filter((part) => part !== '').map((part) => {
      const [command = '', ...output] = part.split('\n');
      return [command, output.join('\n').replace(/\n+$/, '\n')] as const;
    }),
  );

  it.each(examples)('shows the real output of `%s`', async (command, shown) => {
    const result = await cli(command.replace(/^cable /, '').split(' '), { cwd: ROOT, env: { COLUMNS: '80' } });
    expect(`${result.stdout}${result.stderr}`).toBe(shown);
  });

  it('gives the version that package.json gives', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(VERSION);
  });
});
