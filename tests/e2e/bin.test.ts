import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, freshHome, spawnCable, tempDir } from '../helpers.js';

// These spawn the built bin (npm test builds first), as a user runs it, with output piped.
describe('the built cable, end to end', () => {
  it('show prints the document without escape codes in a pipe', () => {
    const { code, stdout, stderr } = spawnCable(['show']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Cable, Joseph Stalin to Anastas Mikoyan\n\nFebruary, 1949\n/);
    expect(stdout).toContain('Fifth. On other questions');
    expect(stdout).not.toMatch(/\u001b/);
  });

  it('cite prints the citation on one line', () => {
    const { code, stdout } = spawnCable(['cite']);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toHaveLength(2);
    expect(stdout).toMatch(
      /Translated by Sergey Radchenko\. http:\/\/digitalarchive\.wilsoncenter\.org\/document\/121767\n$/,
    );
  });

  it.each(['3', 'third', 'III'])('point %s prints the third answer', (n) => {
    const { code, stdout } = spawnCable(['point', n]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Third\. We sent Roshchin to Canton for intelligence-gathering, [^\n]*This is how we understand this matter\.\n$/,
    );
  });

  it('point 2-4 prints three points in order', () => {
    const { stdout } = spawnCable(['point', '2-4']);
    expect(stdout.match(/^(Second|Third|Fourth)\./gm)).toEqual(['Second.', 'Third.', 'Fourth.']);
  });

  it('a point that does not exist: stderr names those that do, exit 2', () => {
    const { code, stdout, stderr } = spawnCable(['point', '6']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('cable: document 121767 has no point 6; its points are 1–5\n');
  });

  it('--json prints the model', () => {
    const doc = JSON.parse(spawnCable(['show', '--json']).stdout);
    expect(doc).toMatchObject({ id: '121767', isoDate: '1949-02', originalLanguage: 'Russian' });
    expect(doc.points).toHaveLength(5);
  });

  it('FORCE_COLOR colours a pipe; NO_COLOR wins over nothing', () => {
    expect(spawnCable(['point', '3'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/^\u001b\[1mThird\.\u001b\[22m/);
    expect(spawnCable(['point', '3'], { env: { NO_COLOR: '1' } }).stdout).toMatch(/^Third\./);
  });

  describe('output larger than a pipe holds (64 KB)', () => {
    /** A document of 3,000 numbered points: about 330 KB of output. */
    function bigDocument(): string {
      const file = join(tempDir(), 'big.md');
      const points = Array.from(
        { length: 3000 },
        (_, i) => `${i + 1}. Point ${i + 1} of the big document, ${'with words '.repeat(9)}end.`,
      );
      writeFileSync(file, `## 1950\n# A big document\n\n${points.join('\n\n')}\n`);
      return file;
    }
    const env = { PATH: process.env.PATH ?? '', ...freshHome(), COLUMNS: '80' };

    it('reaches a pipe and a file whole', () => {
      const file = bigDocument();
      const piped = spawnCable(['show', '--doc', file]);
      expect(piped.code).toBe(0);
      expect(piped.stdout.length).toBeGreaterThan(300_000);
      expect(piped.stdout).toMatch(/\n3000\. Point 3000 of the big document,[ \nwithords]+end\.\n$/);
      const out = join(tempDir(), 'out.txt');
      const fd = openSync(out, 'w');
      const toFile = spawnSync(process.execPath, [BIN, 'show', '--doc', file], {
        cwd: tempDir(),
        env,
        stdio: ['ignore', fd, 'pipe'],
      });
      closeSync(fd);
      expect(toFile.status).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(piped.stdout);
    });

    it('reaches a non-blocking pipe whole, though its reader is late', () => {
      // A pipe whose writing end is non-blocking (as a parent may leave it) makes a write fail
      // with EAGAIN when the pipe is full; cable must hand the rest to Node's stream, not lose it.
      const file = bigDocument();
      const reader = [
        'import fcntl, os, subprocess, sys, time',
        'r, w = os.pipe()',
        'fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)',
        'child = subprocess.Popen(sys.argv[1:], stdout=w)',
        'os.close(w)',
        'time.sleep(0.5)',
        'data = b"".join(iter(lambda: os.read(r, 65536), b""))',
        'sys.stdout.buffer.write(data)',
        'sys.exit(child.wait())',
      ].join('\n');
      const result = spawnSync('python3', ['-c', reader, process.execPath, BIN, 'show', '--doc', file], {
        cwd: tempDir(),
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(spawnCable(['show', '--doc', file]).stdout);
    });

    it('exits quietly when the reader goes away after the first part (cable show | head -1)', async () => {
      // Smaller output would fit in the pipe whole, and never meet the closed end.
      const child = spawn(process.execPath, [BIN, 'show', '--doc', bigDocument()], { cwd: tempDir(), env });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    });
  });

  it('a ---js document does not run: the file it would create is never made', () => {
    const dir = tempDir();
    const target = join(dir, 'pwned');
    const file = join(dir, 'evil.md');
    writeFileSync(
      file,
      `---js\nrequire('fs').writeFileSync(${JSON.stringify(target)}, 'owned')\n---\n## 1950\n# Evil\n`,
    );
    const { code, stderr } = spawnCable(['show', '--doc', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^cable: .*evil\.md: front matter in "js" is not allowed/);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(existsSync(target)).toBe(false);
  });

  it('an unexpected failure shows no stack trace unless DEBUG=cable', () => {
    const dir = tempDir();
    const { stderr } = spawnCable(['show', '--doc', join(dir, 'missing.md')]);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(spawnCable(['show', '--doc', join(dir, 'missing.md')], { env: { DEBUG: 'cable' } }).stderr).toMatch(
      /\n\s+at /,
    );
  });
});
