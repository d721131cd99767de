import { describe, expect, it } from 'vitest';
import { cslName } from '../../src/cite/csl.js';
import { readParty } from '../../src/cite/fields.js';

// Issue 16, item 7: a group is named as printed, never split into given and family names like a person.
describe('names of groups and persons', () => {
  it.each([
    ['All Provincial Premiers', { literal: 'All Provincial Premiers' }],
    ['Each Delegation', { literal: 'Each Delegation' }],
    ['the Soviet side', { literal: 'the Soviet side' }],
    ['Heads of Mission', { literal: 'Heads of Mission' }],
    ['Anastas Mikoyan', { given: 'Anastas', family: 'Mikoyan' }],
    ['Joseph Stalin', { given: 'Joseph', family: 'Stalin' }],
  ])('%s', (name, expected) => {
    expect(cslName(readParty(name))).toEqual(expected);
  });
});
