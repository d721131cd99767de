import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cslName } from '../../src/cite/csl.js';
import { readParty } from '../../src/cite/fields.js';
import { sentenceCase } from '../../src/cite/sentenceCase.js';
import { cli, ROOT, tempDir } from '../helpers.js';

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

// Issue 16, item 13: name order from the name tables (src/data/names.json) and the name's shape, not a list.
describe('name order', () => {
  it.each([
    // Printed family first, kept so: Chinese family name + pinyin given name; Vietnamese; Wade-Giles hyphens.
    ['Song Qingling', { literal: 'Song Qingling' }],
    ['Bo Yibo', { literal: 'Bo Yibo' }],
    ['Zhou Enlai', { literal: 'Zhou Enlai' }],
    ['Liu Shaoqi', { literal: 'Liu Shaoqi' }],
    ['Ngo Dinh Diem', { literal: 'Ngo Dinh Diem' }],
    ['Ngô Đình Diệm', { literal: 'Ngô Đình Diệm' }],
    ['Le Duan', { literal: 'Le Duan' }],
    ['Pham Van Dong', { literal: 'Pham Van Dong' }],
    ['Chiang Ching-kuo', { literal: 'Chiang Ching-kuo' }],
    ['Mao Tse-tung', { literal: 'Mao Tse-tung' }],
    ['Kim Il-sung', { literal: 'Kim Il-sung' }],
    // Two family names.
    ['Raúl Roa García', { given: 'Raúl', family: 'Roa García' }],
    ['Fidel Castro Ruz', { given: 'Fidel', family: 'Castro Ruz' }],
    ['Juan Carlos Onetti', { given: 'Juan Carlos', family: 'Onetti' }],
    // Western names whose first word happens to be a Chinese or Vietnamese family name stay Western.
    ['Ben Bradlee', { given: 'Ben', family: 'Bradlee' }],
    ['Dean Rusk', { given: 'Dean', family: 'Rusk' }],
    ['Martin Luther King', { given: 'Martin Luther', family: 'King' }],
    ['Mai Britt Larsen', { given: 'Mai Britt', family: 'Larsen' }],
    ['Sergey Radchenko', { given: 'Sergey', family: 'Radchenko' }],
  ])('%s', (name, expected) => {
    expect(cslName(readParty(name))).toEqual(expected);
  });

  it('keeps the case of a name inside a title that a style title-cases', async () => {
    const { protectNames } = await import('../../src/cite/csl.js');
    expect(protectNames('Meeting with Defense Minister Chiang Ching-kuo')).toBe(
      'Meeting with Defense Minister Chiang <span class="nocase">Ching-kuo</span>',
    );
    expect(protectNames('A Well-Known Meeting')).toBe('A Well-Known Meeting');
  });
});

describe("APA's sentence case (#16 item 19)", () => {
  it.each([
    [
      "The Chancellor's Telephone Conversation with Polish President Kwasniewski on Thursday, 9.30 Hours",
      "The chancellor's telephone conversation with Polish President Kwasniewski on Thursday, 9.30 hours",
    ],
    ['The Chinese Communist Problem', 'The Chinese Communist problem'],
    [
      'Main Points of Meeting Between Prime Minister Sato and National Defense Minister Chiang <span class="nocase">Ching-kuo</span>',
      'Main points of meeting between Prime Minister Sato and National Defense Minister Chiang <span class="nocase">Ching-kuo</span>',
    ],
    ['Opposing the Visit to the United States: A Statement', 'Opposing the visit to the United States: A statement'],
    ['Note By Yeend On Cabinet Submission No. 71', 'Note by Yeend on cabinet submission No. 71'],
    // Not English: as printed.
    ['Befehl des Chefs der Besatzung der Stadt Berlin', 'Befehl des Chefs der Besatzung der Stadt Berlin'],
    ['DÉCRET portant délimitation de la zone des armées', 'DÉCRET portant délimitation de la zone des armées'],
    ['CABLEGRAM FROM CRITCHLEY', 'CABLEGRAM FROM CRITCHLEY'],
  ])('%s', async (title, expected) => {
    const { LOWER_CASE_WORDS, SKIP_WORDS } = await import('../../src/cite/english.js');
    expect(sentenceCase(title, LOWER_CASE_WORDS, SKIP_WORDS)).toBe(expected);
  });

  it('is what --style apa prints', async () => {
    expect(
      (await cli(['cite', '--style', 'apa', '--doc', join(ROOT, 'tests', 'fixtures', 'corpus', '300237.md')])).stdout,
    ).toMatch(
      /^The Chancellor’s \[Helmut Kohl’s\] telephone conversation with Polish President Kwasniewski on Thursday/,
    );
  });
});

// Tables are data made from stated sources, never edited by hand: each file is what its script makes.
describe('the data tables', () => {
  it.each([
    ['names-data.mjs', 'names.json'],
    ['english-data.mjs', 'english-lowercase.json'],
    ['hanzi-data.mjs', 'hanzi.json'],
    ['conventional-data.mjs', 'conventional.json'],
    ['korean-data.mjs', 'korean.json'],
  ])('scripts/%s makes src/data/%s as committed', (script, file) => {
    const out = join(tempDir(), file);
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), out], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'src', 'data', file), 'utf8'));
  });
});
