// #19: the word diff on a terminal is in git's colours, and the words in it are data: a control sequence in a
// quotation or a source reaches the terminal as a visible symbol, never as a command; cable's own colours do.
import { describe, expect, it } from 'vitest';
import { createStyle, PLAIN } from '../../src/render/style.js';
import { renderVerify } from '../../src/render/verify.js';
import type { VerifyResult } from '../../src/verify/check.js';

const ESC = '\u001b';

function result(quote: string, source: string): VerifyResult {
  return {
    files: ['chapter.md'],
    fixed: [],
    notes: [],
    checks: [
      {
        file: 'chapter.md',
        citation: 'Stalin, cable to Mikoyan, February 1949, point 3.\nA second line.',
        quotation: { text: quote, line: 5, column: 16, kind: 'inline', citation: null, span: null, citationSpan: null },
        verdict: 'altered',
        source: { docId: '121767', part: 'point', number: 3 },
        ops: [
          { op: 'equal', text: 'they' },
          { op: 'replace', quote, source },
          { op: 'dropped', source: 'not' },
        ],
        negation: true,
        number: false,
        reason: 'changes a negation',
        sourceText: null,
      },
    ],
  };
}

describe('the word diff', () => {
  it("is git's: [-source-]{+quotation+}, red and green on a terminal, plain in a pipe", async () => {
    const plain = renderVerify(result('sent', 'did'), PLAIN).split('\n');
    expect(plain.slice(0, 4)).toEqual([
      'chapter.md:5:16: altered: 121767 point 3 (changes a negation)',
      '    they [-did-]{+sent+} [-not-]',
      '    Stalin, cable to Mikoyan, February 1949, point 3.',
      '    A second line.',
    ]);
    const colour = renderVerify(result('sent', 'did'), await createStyle(true)).split('\n')[1];
    expect(colour).toBe(`    they ${ESC}[31m[-did-]${ESC}[39m${ESC}[32m{+sent+}${ESC}[39m ${ESC}[31m[-not-]${ESC}[39m`);
  });

  it("neutralises a control sequence in the words, and keeps cable's own colours", async () => {
    const line = renderVerify(result(`sent${ESC}]8;;http://evil${ESC}\\`, 'did'), await createStyle(true)).split(
      '\n',
    )[1];
    expect(line).toContain(`${ESC}[32m{+sent`);
    expect(line).not.toContain(`${ESC}]8`);
    expect(line).toContain('␛]8;;http://evil');
  });
});
