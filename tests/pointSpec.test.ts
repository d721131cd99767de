import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { describeNumbers, parsePointSpec, selectPoints } from '../src/query/pointSpec.js';

const points = [1, 2, 3, 4, 5].map((number) => ({ number, marker: `${number}.`, text: `t${number}`, line: number }));

describe('point selections', () => {
  it.each([
    ['3', [3]],
    ['third', [3]],
    ['Third', [3]],
    ['III', [3]],
    ['iii', [3]],
    ['2-4', [2, 3, 4]],
    ['1,3', [1, 3]],
    ['first-third', [1, 2, 3]],
    ['5, 1', [5, 1]],
    ['II–IV', [2, 3, 4]],
  ])('"%s" → %j', (spec, expected) => {
    expect(parsePointSpec(spec)).toEqual(expected);
  });

  it.each(['0', 'zeroth', '4-2', 'abc', '', 'IIII'])('"%s" is a usage error', (spec) => {
    expect(() => parsePointSpec(spec)).toThrow(UsageError);
  });

  it('names the points that exist when one is missing', () => {
    expect(() => selectPoints(points, '7', 'document 1')).toThrow('document 1 has no point 7; its points are 1–5');
  });

  it('says when a document has no points and suggests show', () => {
    expect(() => selectPoints([], '1', 'document 2')).toThrow(
      'document 2 has no numbered points; read it whole with `cable show`',
    );
  });

  it('describes gaps as runs', () => {
    const gap = [1, 2, 3, 4, 5, 6, 8, 9, 10].map((number) => ({ number, marker: '', text: '', line: 0 }));
    expect(describeNumbers(gap)).toBe('1–6, 8–10');
  });
});
