import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, freshHome, SEED, spawnCable, tempDir } from '../helpers.js';

const seed = readFileSync(SEED, 'utf8');
const env = { PATH: process.env.PATH ?? '', ...freshHome() };

/** The seed with a body of `bytes` bytes: the same id (121767), different text. */
function seedOfSize(bytes: number, word = 'Roshchin'): string {
  const line = `Fifth. ${word} `.repeat(8);
  return `${seed}\n\n${`${line}\n\n`.repeat(Math.ceil(bytes / (line.length + 2)))}`;
}

/** What a reader finds in the collection: documents only, each whole (its recorded SHA-256 holds). */
function documentsIn(dir: string): string[] {
  const names = readdirSync(dir).filter((n) => n.endsWith('.md') && !n.startsWith('.'));
  const check = spawnCable(['check', '--dir', dir, '--json']);
  const broken = JSON.parse(check.stdout || '[]').filter(
    (f: { code: string }) => f.code === 'sha256-mismatch' || f.code === 'unreadable',
  );
  expect(broken).toEqual([]);
  return names;
}

const temporaries = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('cable add with the disk full', () => {
  const mount = (dir: string, size: string) =>
    spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
  const canMount = (() => {
    const probe = tempDir();
    if (!mount(probe, '16k')) return false;
    spawnSync('umount', [probe]);
    return true;
  })();

  it.skipIf(!canMount)('leaves the collection as it was, with no temporary file, and says so in one line', () => {
    const dir = tempDir();
    mount(dir, '128k');
    try {
      const small = join(tempDir(), 'small.md');
      writeFileSync(small, readFileSync(SEED));
      expect(spawnCable(['add', small, '--dir', dir]).code).toBe(0);
      const before = readFileSync(join(dir, '121767.md'), 'utf8');

      const big = join(tempDir(), 'big.md');
      writeFileSync(big, seedOfSize(400_000));
      const replaced = spawnCable(['add', big, '--force', '--dir', dir]);
      expect(replaced.code).toBe(1);
      expect(replaced.stderr).toBe(
        `cable: ${join(dir, '121767.md')}: not written: the disk is full; free some space and add it again\n`,
      );
      expect(readFileSync(join(dir, '121767.md'), 'utf8')).toBe(before);

      const other = join(tempDir(), 'other.md');
      writeFileSync(other, seedOfSize(400_000).replace('document/121767', 'document/999999'));
      expect(spawnCable(['add', other, '--dir', dir]).code).toBe(1);
      expect(documentsIn(dir)).toEqual(['121767.md']);
      expect(temporaries(dir)).toEqual([]);
    } finally {
      spawnSync('umount', [dir]);
    }
  });
});

describe('cable add killed mid-write (SIGKILL)', () => {
  it('leaves the old document or the new one, whole; the next add clears what it left', async () => {
    const dir = tempDir();
    const first = join(tempDir(), 'first.md');
    writeFileSync(first, seedOfSize(200_000, 'Canton'));
    expect(spawnCable(['add', first, '--dir', dir]).code).toBe(0);
    const big = join(tempDir(), 'big.md');
    writeFileSync(big, seedOfSize(12_000_000, 'Beiping'));
    for (const delay of [60, 90, 120, 150, 180, 220, 260, 320]) {
      const child = spawn(process.execPath, [BIN, 'add', big, '--force', '--dir', dir], { env, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('close', r));
      expect(documentsIn(dir)).toEqual(['121767.md']);
      const text = readFileSync(join(dir, '121767.md'), 'utf8');
      // Whatever the kill interrupted, the file is one of the two, whole.
      expect(text.includes('Fifth. Canton') !== text.includes('Fifth. Beiping')).toBe(true);
    }
    const small = join(tempDir(), 'small.md');
    writeFileSync(small, seedOfSize(1000, 'Nanjing').replace('document/121767', 'document/888888'));
    expect(spawnCable(['add', small, '--dir', dir]).code).toBe(0);
    expect(temporaries(dir)).toEqual([]);
  }, 60000);

  it('the index agrees with the files after a crash', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'start.md'), seedOfSize(1000, 'Canton'));
    expect(spawnCable(['index', '--dir', dir]).code).toBe(0);
    const big = join(tempDir(), 'big.md');
    writeFileSync(big, seedOfSize(6_000_000, 'Yangtze').replace('document/121767', 'document/777777'));
    const child = spawn(process.execPath, [BIN, 'add', big, '--dir', dir], { env, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 400));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const present = readdirSync(dir).includes('777777.md');
    const search = spawnCable(['search', 'Yangtze', '--dir', dir, '--json', '--limit', '1000']);
    const ids = new Set(JSON.parse(search.stdout || '[]').map((h: { id: string }) => h.id));
    expect(ids.has('777777')).toBe(present);
    expect(spawnCable(['index', '--status', '--dir', dir]).stdout).toMatch(/up to date/);
  }, 60000);
});

describe('two cable add of the same id at once', () => {
  it('one wins, the other says so; the file is one of them, whole', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = tempDir();
      const a = join(tempDir(), 'a.md');
      const b = join(tempDir(), 'b.md');
      writeFileSync(a, seedOfSize(2_000_000, 'Alpha'));
      writeFileSync(b, seedOfSize(2_000_000, 'Bravo'));
      const results = await Promise.all([run(['add', a, '--dir', dir]), run(['add', b, '--dir', dir])]);
      expect(results.map((r) => r.code).sort()).toEqual([0, 1]);
      const loser = results.find((r) => r.code === 1);
      expect(loser?.stderr).toMatch(
        /a (different )?document with id 121767 (is already in the collection|was added to the collection meanwhile)/,
      );
      expect(documentsIn(dir)).toEqual(['121767.md']);
      const stored = readFileSync(join(dir, '121767.md'), 'utf8');
      expect(stored.includes('Fifth. Alpha') !== stored.includes('Fifth. Bravo')).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    }
  }, 60000);
});
