import { describe, expect, it } from 'vitest';
import { PointSpecError } from '../../src/errors.js';
import { describeNumbers, parsePointSpec, selectPoints } from '../../src/query/pointSpec.js';
import { wording } from '../helpers.js';

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
    expect(() => parsePointSpec(spec)).toThrow(PointSpecError);
    expect(wording(() => parsePointSpec(spec))).toEqual({ text: expect.stringMatching(/point/), exitCode: 2 });
  });

  it('names the points that exist when one is missing', () => {
    expect(wording(() => selectPoints(points, '7', '1'))).toEqual({
      text: 'document 1 has no point 7; its points are 1–5',
      exitCode: 2,
    });
  });

  it('says when a document has no points and suggests show', () => {
    expect(wording(() => selectPoints([], '1', '2'))).toEqual({
      text: 'document 2 has no numbered points; read it whole with `cable show`',
      exitCode: 2,
    });
  });

  it('describes gaps as runs', () => {
    const gap = [1, 2, 3, 4, 5, 6, 8, 9, 10].map((number) => ({ number, marker: '', text: '', line: 0 }));
    expect(describeNumbers(gap)).toBe('1–6, 8–10');
  });
});
