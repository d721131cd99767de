// Hostile input, round two (issue 13): each class of attack, through the built cable and real shells.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CORPUS, freshHome, SEED, spawnCable, tempDir } from '../helpers.js';

const seed = readFileSync(SEED, 'utf8');
const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** Anything that could speak to a terminal: C0 and C1 controls but newline and tab, bidi controls. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A folder on the PATH with `cable` in it, for the shells. */
function binFolder(): string {
  const bin = tempDir();
  chmodSync(bin, 0o755);
  symlinkSync(BIN, join(bin, 'cable'));
  return bin;
}

/** A collection whose file names are shell code, globs and control sequences. */
function hostileNames(): string {
  const dir = tempDir();
  for (const name of ['$(touch PWNED)', '*', 'a b', "it's", 'x\u001b]0;PWNED\u0007'])
    writeFileSync(join(dir, `${name}.md`), seed);
  return dir;
}

describe.skipIf(!has('bash'))('bash completion', () => {
  it('inserts file names quoted: no command runs, no glob expands, no control sequence comes through', () => {
    const dir = hostileNames();
    const script = `source <(cable completion bash)
COMP_WORDS=(cable show --doc ""); COMP_CWORD=3; _cable_complete
printf '%s\\n' "\${COMPREPLY[@]}"
cable() { printf 'ARG:%s\\n' "$@"; }
for c in "\${COMPREPLY[@]}"; do eval "cable show --doc $c"; done`;
    const result = spawnSync('bash', ['-c', script], {
      encoding: 'utf8',
      cwd: dir,
      env: { PATH: `${binFolder()}:${process.env.PATH}`, ...freshHome(), CABLE_DIR: dir },
    });
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
    const args = result.stdout
      .split('\n')
      .filter((l) => l.startsWith('ARG:'))
      .map((l) => l.slice(4));
    expect(args.filter((a) => a !== 'show' && a !== '--doc').sort()).toEqual(['$(touch PWNED)', '*', 'a b', "it's"]);
    expect(result.stdout).not.toMatch(RAW);
  });
});

describe.skipIf(!has('zsh'))('zsh completion', () => {
  it('hands compadd each name whole, one a line, to quote as it inserts', () => {
    const dir = hostileNames();
    const script = `compdef() { :; }
source <(cable completion zsh)
compadd() { [[ $1 == -a ]] && printf 'CANDIDATE:%s\\n' "\${(@P)2}"; [[ $* == *-Q* ]] && print QUOTING-OFF; }
words=(cable show --doc ""); CURRENT=4; _cable`;
    const result = spawnSync('zsh', ['-f', '-c', script], {
      encoding: 'utf8',
      cwd: dir,
      env: { PATH: `${binFolder()}:${process.env.PATH}`, ...freshHome(), CABLE_DIR: dir },
    });
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
    const candidates = result.stdout
      .split('\n')
      .filter((l) => l.startsWith('CANDIDATE:'))
      .map((l) => l.slice(10));
    expect(candidates.sort()).toEqual(['$(touch PWNED)', '*', 'a b', "it's"]);
    expect(result.stdout).not.toContain('QUOTING-OFF');
  });
});

describe.skipIf(!has('fish'))('fish completion', () => {
  it('offers each name whole, nothing run and nothing expanded', () => {
    const dir = hostileNames();
    const script = `cable completion fish | source; complete -C 'cable show --doc '`;
    const result = spawnSync('fish', ['--no-config', '-c', script], {
      encoding: 'utf8',
      cwd: dir,
      env: { PATH: `${binFolder()}:${process.env.PATH}`, ...freshHome(), CABLE_DIR: dir },
    });
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
    const candidates = result.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.split('\t')[0]);
    expect(candidates.sort()).toEqual(['$(touch PWNED)', '*', 'a b', "it's"]);
  });
});

describe('document data and file names reach the terminal only through one gate', () => {
  const ESCAPES =
    '\u001b]0;pwned\u0007\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u001bc\u001b[?1049h\u0085\u202e';
  // A file name cannot hold a slash.
  const NAME = ESCAPES.replace(/\//g, '');

  /** A collection with a document whose front matter line and file name carry escapes, and a good one. */
  function collection(): { dir: string; evil: string } {
    const dir = tempDir();
    writeFileSync(join(dir, '121767.md'), seed);
    const evil = join(dir, `x${NAME}.md`);
    writeFileSync(evil, `---${ESCAPES}\n${seed}`);
    writeFileSync(
      join(dir, `y${NAME}.md`),
      seed.replace('document/121767', 'document/999999').replace('# Cable', `# Cable${ESCAPES}`),
    );
    return { dir, evil };
  }

  it.each([
    ['list'],
    ['search', 'Roshchin'],
    ['index', '--rebuild'],
    ['cite', '--all'],
    ['check'],
    ['show', '--doc', 'stalin'],
    ['cite', '--doc', 'x'],
    ['point', '9', '--doc', '999999'],
    ['filter', 'Roshchin', '--doc', '999999'],
    ['show', '--section', 'title', '--doc', '999999'],
    ['quote', '2', '--doc', '999999'],
    ['__complete', 'show', '--doc', ''],
  ])('cable %s …', (...args) => {
    const { dir, evil } = collection();
    const result = spawnCable(
      [...args, '--dir', dir].filter((a, i, all) => !(args[0] === '__complete' && i >= all.length - 2)),
      {
        env: { CABLE_DIR: dir },
      },
    );
    expect(`${result.stdout}${result.stderr}`).not.toMatch(RAW);
    for (const command of [
      ['show', '--doc', evil],
      ['add', evil, '--dir', tempDir()],
    ]) {
      const direct = spawnCable(command);
      expect(`${direct.stdout}${direct.stderr}`, command[0]).not.toMatch(RAW);
    }
  });
});
