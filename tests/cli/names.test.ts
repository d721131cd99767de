// #17 item 3: `cable names`, the people a collection declares, in every spelling.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPerson } from '../../src/query/names.js';
import { CORPUS, cli, corpusWithFrus, tempDir } from '../helpers.js';

describe("a FRUS persons list's entries", () => {
  it.each([
    [
      'Park Chung Hee (Pak Chong-hui), President of the ROK',
      ['Park Chung Hee', 'Pak Chong-hui'],
      'President of the ROK',
    ],
    ['Nixon, Richard M., President of the United States', ['Richard M. Nixon'], 'President of the United States'],
    ['Chou En-lai, Premier and Foreign Minister', ['Chou En-lai'], 'Premier and Foreign Minister'],
    ['Yi Hu-rak, see Lee Hu Rak', ['Yi Hu-rak', 'Lee Hu Rak'], null],
  ])('%s', (text, spellings, description) => {
    expect(readPerson(text)).toEqual({ spellings, description });
  });
});

const collection = () => corpusWithFrus({ seed: false });

describe('cable names', () => {
  it('lists the persons titles name and lists declare, with their spellings, and the names.yaml entries', async () => {
    const dir = await collection();
    writeFileSync(join(dir, 'names.yaml'), '- [Peking, Beijing]\n');
    const { stdout, code } = await cli(['names', '--dir', dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Richard M\. Nixon {2}President of the United States {2}\(23 documents\)$/m);
    expect(stdout).toMatch(/^Park Chung Hee ≈ Pak Chong-hui {2}President of the ROK {2}\(8 documents\)$/m);
    expect(stdout).toMatch(/^Peking ≈ Beijing {2}\(names\.yaml\)$/m);
    // A sender a title names: "Letter, Jawaharlal Nehru to All Provincial Premiers".
    expect(stdout).toMatch(/^Jawaharlal Nehru {2}\(1 document\)$/m);
  });

  it('with a name in any spelling: its entry, and every document and point that has one of its spellings', async () => {
    const dir = await collection();
    const { stdout } = await cli(['names', 'Zhou', 'Enlai', '--dir', dir]);
    // The persons list's spelling first, then the one a title or a text prints: one person.
    expect(stdout.split('\n')[0]).toMatch(/^Chou En-lai ≈ Zhou Enlai {2}Premier and Foreign Minister/);
    expect(stdout).toContain('\n    208198  closing ¶1\n');
    expect(stdout).toContain('\n    frus1955-57v02-d11  preamble ¶2\n');
    const json = JSON.parse((await cli(['names', 'Pak', 'Chong-hui', '--dir', dir, '--json'])).stdout);
    expect(json[0].spellings).toEqual(['Park Chung Hee', 'Pak Chong-hui']);
  });

  it('lists the Chinese names the texts print, each person in all the spellings found', async () => {
    const dir = await collection();
    writeFileSync(
      join(dir, 'liu.md'),
      "## 1949\n\n# A Note\n\n1. Liu Shao-ch'i met Teng Hsiao-p'ing; Long Range plans were set.\n\n2. Nothing else.\n",
    );
    const json = JSON.parse((await cli(['names', '--dir', dir, '--json'])).stdout);
    const spellings = json.map((e: { spellings: string[] }) => e.spellings.join(' ≈ '));
    expect(spellings).toContain("Liu Shaoqi ≈ Liu Shao-ch'i");
    expect(spellings).toContain("Deng Xiaoping ≈ Teng Hsiao-p'ing");
    expect(spellings).toContain('Mao Tse-tung ≈ Mao Zedong');
    // "Long" is a Chinese family name, but "Range" an English word: no person.
    expect(spellings.join('\n')).not.toContain('Long Range');
  });

  it('says so, exit 1, where nobody is declared or named', async () => {
    const dir = tempDir();
    // A report whose title names only bodies: "Report, Hungarian Foreign Ministry to the Embassy of Hungary…".
    const report = 'report-hungarian-foreign-ministry-embassy-hungary-north-korea-excerpt.md';
    cpSync(join(CORPUS, report), join(dir, report));
    const none = await cli(['names', '--dir', dir]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no person is declared in');
    const nobody = await cli(['names', 'Nobody', '--dir', await collection()]);
    expect(nobody.stderr).toContain('no person named Nobody is declared in');
  });
});

describe('search reads the spellings the FRUS persons lists declare', () => {
  it('"Park Chung Hee" finds Pak Chong-hui, as the Korea volume lists him', async () => {
    const dir = await collection();
    writeFileSync(
      join(dir, 'pak.md'),
      '## 1969\n\n# A Note\n\n1. Pak Chong-hui met the Ambassador.\n\n2. Nothing else.\n',
    );
    const hits = JSON.parse((await cli(['search', 'Park Chung Hee', '--dir', dir, '--json'])).stdout);
    expect(hits.find((h: { id: string }) => h.id === 'pak').spellings).toEqual([
      { typed: 'Park Chung Hee', found: 'Pak Chong-hui' },
    ]);
    expect((await cli(['search', 'Park Chung Hee', '--exact-spelling', '--dir', dir])).code).toBe(1);
  });
});
