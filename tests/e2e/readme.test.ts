import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { CORPUS, cli, FIXTURES, ROOT, tempDir } from '../helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the real `cable --help` as its usage block', async () => {
    const block = /<!-- usage:start -->\n```\n([^]*?)```\n<!-- usage:end -->/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(block).toBe((await cli(['--help'])).stdout);
  });

  /** Every `$ cable …` example in the README, with the output printed under it. */
  const examples = [...readme.matchAll(/```\n(\$ cable [^]*?)```/g)].flatMap((block) =>
    (block[1] ?? '')
      .split(/^\$ /m)
      .filter((part) => part !== '')
      .map((part) => {
        const [command = '', ...output] = part.split('\n');
        return [command, output.join('\n').replace(/\n+$/, '\n')] as const;
      }),
  );

  /**
   * A folder laid out as the repository is for the examples, with a copy of the corpus's documents, the FRUS
   * excerpts, and `frus/`: both excerpts imported, as the FRUS section's examples read them.
   */
  let template = '';
  beforeAll(async () => {
    template = tempDir();
    const corpus = join(template, 'tests', 'fixtures', 'corpus');
    mkdirSync(corpus, { recursive: true });
    for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.md')))
      cpSync(join(CORPUS, name), join(corpus, name));
    cpSync(join(FIXTURES, 'frus'), join(template, 'tests', 'fixtures', 'frus'), { recursive: true });
    mkdirSync(join(template, 'frus'));
    const volumes = ['frus1955-57v02', 'frus1969-76v19p1'].map((v) => `tests/fixtures/frus/${v}.excerpt.xml`);
    expect((await cli(['import', ...volumes, '--dir', 'frus'], { cwd: template })).code).toBe(0);
  });
  function exampleFolder(): string {
    const cwd = tempDir();
    cpSync(template, cwd, { recursive: true });
    return cwd;
  }

  it.each(examples)('shows the real output of `%s`', async (command, shown) => {
    // In a copy, so that an example's search index never lands beside the fixtures.
    const result = await cli(command.replace(/^cable /, '').split(' '), {
      cwd: exampleFolder(),
      env: { COLUMNS: '80' },
    });
    expect(`${result.stdout}${result.stderr}`).toBe(shown);
  });

  it('gives the version that package.json gives', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(VERSION);
  });

  describe('`npx cable`, as the README runs it', () => {
    // After `npm ci`, npm exec finds the project's own bin from package-lock.json, not package.json.
    it('package.json and package-lock.json name the same bin, and it exists', () => {
      const bin = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin;
      expect(JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages[''].bin).toEqual(bin);
      expect(existsSync(join(ROOT, bin.cable))).toBe(true);
    });

    it('npm link --ignore-scripts puts a cable command on the PATH, without a warning', () => {
      const prefix = tempDir();
      const link = spawnSync('npm', ['link', '--ignore-scripts', '--no-audit', '--no-fund'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, npm_config_prefix: prefix, npm_config_update_notifier: 'false' },
      });
      expect(link.status).toBe(0);
      expect(`${link.stdout}${link.stderr}`).not.toMatch(/warn/i);
      const run = spawnSync(join(prefix, 'bin', 'cable'), ['point', '3'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(run.stdout).toMatch(/^Third\. We sent Roshchin to Canton/);
      expect(readme).toContain('npm link --ignore-scripts');
    });

    it('says what compiling SQLite from source takes, before the user waits', () => {
      expect(readme).toMatch(/compiles SQLite from source: that took 6 minutes[^]*Node's headers/);
    });

    it('runs cable', () => {
      const result = spawnSync('npm', ['exec', '--offline', '--', 'cable', 'point', '3'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Third\. We sent Roshchin to Canton/);
    });
  });
});
