import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { FIXTURES, hasScript, inTerminal, spawnCable, visible } from '../helpers.js';

const MIXED = join(FIXTURES, 'mixed-scripts.md');

describe.skipIf(!hasScript)('in a pseudo-terminal', () => {
  it('colours on a terminal, and never in a pipe', () => {
    expect(inTerminal(['show', '--no-pager'])).toContain('\u001b[1mFirst.\u001b[22m');
    expect(inTerminal(['point', '3'])).toMatch(/^\u001b\[1mThird\.\u001b\[22m We sent Roshchin/);
    expect(spawnCable(['show']).stdout).not.toContain('\u001b');
    expect(inTerminal(['show', '--no-pager'], { env: { NO_COLOR: '1' } })).not.toMatch(/\u001b\[/);
  });

  it.each([40, 120])('wraps to %i columns with the Chinese and Vietnamese lines aligned', (cols) => {
    const lines = inTerminal(['show', '--doc', MIXED, '--no-pager'], { cols }).split('\n').map(visible);
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(cols);
    // The Chinese paragraph fills whole lines of double-width characters: each full line is exactly as wide as the screen.
    const chinese = lines.filter((l) => /[\u4e00-\u9fff]/.test(l));
    expect(chinese.length).toBeGreaterThan(1);
    for (const line of chinese.slice(0, -1)) expect(stringWidth(line), line).toBeGreaterThanOrEqual(cols - 1);
    // The Vietnamese paragraph breaks between words, and keeps every accent.
    const vietnamese = lines.filter((l) => /[ạ-ỹđĐ]/.test(l) && !/[\u4e00-\u9fff]/.test(l));
    expect(vietnamese.join(' ')).toBe(
      'Bộ Chính trị nhận định Huế đã giải phóng, ta bắt đầu đánh Đà Nẵng; cần tranh thủ thời gian tiến hành gấp rút hơn. Những nhận định của anh rất nhất trí với Bộ Chính trị.',
    );
    if (cols === 40) expect(vietnamese.length).toBeGreaterThan(2);
  });

  it('wraps a point between words on a terminal, and keeps one line per paragraph in a pipe', () => {
    const lines = inTerminal(['point', '3'], { cols: 40 }).trimEnd().split('\n').map(visible);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toMatch(
      /^Third\. We sent Roshchin to Canton for intelligence-gathering, so that he can regularly inform us/,
    );
    expect(spawnCable(['point', '3'], { env: { COLUMNS: '40' } }).stdout.split('\n')).toHaveLength(2);
  });

  it('starts the pager only when the text is longer than the screen', () => {
    const env = { CABLE_PAGER: "sh -c 'echo PAGER STARTED; cat'" };
    expect(inTerminal(['show'], { rows: 10, env })).toMatch(/^PAGER STARTED\n/);
    expect(inTerminal(['show'], { rows: 500, env })).not.toContain('PAGER STARTED');
    expect(inTerminal(['show', '--no-pager'], { rows: 10, env })).not.toContain('PAGER STARTED');
    expect(spawnCable(['show'], { env }).stdout).not.toContain('PAGER STARTED');
  });

  it('falls back to plain output when the pager cannot start', () => {
    const out = inTerminal(['show'], { rows: 10, env: { CABLE_PAGER: 'no-such-pager-anywhere' } });
    expect(visible(out)).toContain('Fifth. On other questions');
  });

  it('links URLs only where the terminal supports hyperlinks', () => {
    const link =
      '\u001b]8;;https://digitalarchive.wilsoncenter.org/document/208198\u0007https://digitalarchive.wilsoncenter.org/document/208198\u001b]8;;\u0007';
    expect(inTerminal(['show', '--doc', MIXED, '--no-pager'], { cols: 200, env: { FORCE_HYPERLINK: '1' } })).toContain(
      link,
    );
    expect(
      inTerminal(['show', '--doc', MIXED, '--no-pager'], { cols: 200, env: { FORCE_HYPERLINK: '0' } }),
    ).not.toContain('\u001b]8;;');
    expect(spawnCable(['show', '--doc', MIXED], { env: { FORCE_HYPERLINK: '1' } }).stdout).not.toContain('\u001b]8;;');
  });
});

describe('width without a terminal', () => {
  it('takes --width, then COLUMNS, then 80', () => {
    const widest = (out: string) => Math.max(...out.split('\n').map((l) => stringWidth(l)));
    expect(widest(spawnCable(['show', '--doc', MIXED, '--width', '50']).stdout)).toBeLessThanOrEqual(50);
    expect(widest(spawnCable(['show', '--doc', MIXED], { env: { COLUMNS: '60' } }).stdout)).toBeLessThanOrEqual(60);
    expect(widest(spawnCable(['show', '--doc', MIXED]).stdout)).toBeLessThanOrEqual(80);
    expect(widest(spawnCable(['show', '--doc', MIXED]).stdout)).toBeGreaterThan(70);
  });
});

describe.skipIf(!hasScript)('documents of every kind, on a 60-column terminal', () => {
  it.each([
    ['mao-1949-04-25-pla-proclamation.md', '保护全体人民的生命财产'],
    ['ru-1948-04-24-politburo-romania-advisers.md', 'Командировать в Румынию'],
    ['jfk-176-10036-10102-1963-03-19-cia-information-telegram.md', 'CHEN DELAYED'],
  ])('cable show %s wraps every line within 60 columns', (file, text) => {
    const output = inTerminal(['show', '--no-pager', '--doc', join(FIXTURES, 'hard', 'docs', file)], { cols: 60 });
    expect(output).toContain(text.slice(0, 4));
    const lines = output.split('\n').map(visible);
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
    expect(lines.length).toBeGreaterThan(10);
  });
});
