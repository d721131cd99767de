import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import core from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { splitSource } from '../../src/cite/csl.js';
import { readCitation, readTitle } from '../../src/cite/fields.js';
import { fileWithoutArticles } from '../../src/cite/order.js';
import { CORPUS, cli, FIXTURES, freshHome, SEED, tempDir } from '../helpers.js';

const DOCS: Record<string, string> = {
  '121767': SEED,
  '208198': join(CORPUS, '208198.md'), // has a Citation section
  '300237': join(CORPUS, '300237.md'), // has none: cable builds one
};

// tests/fixtures/citations/<id>.<style>.txt holds the exact expected output, checked by hand.
const PINNED = readdirSync(join(FIXTURES, 'citations')).map((file) => {
  const [id = '', style = '', extra] = file.replace(/\.txt$/, '').split('.');
  return { file, id, style, point: extra === 'point3' ? '3' : undefined };
});

describe('citations in every style, pinned', () => {
  it('covers ten styles for each of the three documents', () => {
    for (const id of Object.keys(DOCS)) expect(PINNED.filter((p) => p.id === id && !p.point)).toHaveLength(10);
  });

  it.each(PINNED)('$file', async ({ file, id, style, point }) => {
    const argv = ['cite', '--style', style, '--doc', DOCS[id] ?? '', ...(point ? ['--point', point] : [])];
    const { stdout, code } = await cli(argv);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(FIXTURES, 'citations', file), 'utf8'));
  });

  it('reads the Chicago note of the seed as a historian writes it', async () => {
    expect((await cli(['cite', '--style', 'chicago'])).stdout).toBe(
      'Joseph Stalin, cable to Anastas Mikoyan, trans. Sergey Radchenko, February 1949, History and Public Policy Program Digital Archive, http://digitalarchive.wilsoncenter.org/document/121767.\n',
    );
    expect((await cli(['cite', '--style', 'chicago-bib'])).stdout).not.toMatch(/Stalin, Joseph\. to/);
  });
});

describe('pinpoints', () => {
  it('puts ", point 3" after the title and date in the archive pattern, never after the translator (#16 item 16)', async () => {
    const { stdout } = await cli(['cite', '--point', 'third']);
    expect(stdout).toMatch(/^"Cable, Joseph Stalin to Anastas Mikoyan," February, 1949, point 3, History and Public/);
    expect(stdout).toMatch(
      /Translated by Sergey Radchenko\. http:\/\/digitalarchive\.wilsoncenter\.org\/document\/121767\n$/,
    );
    expect((await cli(['cite', '--point', '2-4'])).stdout).toMatch(/February, 1949, points 2–4, History/);
  });

  it('gives CSL styles a locator', async () => {
    expect((await cli(['cite', '--style', 'chicago-short', '--point', '3'])).stdout).toBe(
      'Stalin, cable to Mikoyan, February 1949, point 3.\n',
    );
    expect((await cli(['cite', '--style', 'apa', '--point', '3'])).stdout).toMatch(
      /^\(Stalin, 1949, Point 3\)\nStalin, J\. \(1949, February\)/,
    );
    expect((await cli(['cite', '--style', 'mla', '--point', '3'])).stdout).toMatch(
      /^\(Stalin, point 3\)\nStalin, Joseph\. Cable to Anastas Mikoyan\./,
    );
    expect((await cli(['cite', '--style', 'chicago-author-date', '--point', '3'])).stdout).toMatch(
      /^\(Stalin 1949, point 3\)\n/,
    );
  });

  it('refuses a pinpoint where a style has no place for one (exit 2)', async () => {
    const { code, stderr } = await cli(['cite', '--style', 'bibtex', '--point', '3']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'cable: --point cannot be used with --style bibtex: a BibLaTeX entry has no pinpoint; use --style chicago, or archive\n',
    );
  });

  it('point --cite prints the point, then its pinpoint citation', async () => {
    const { stdout } = await cli(['point', '3', '--cite']);
    expect(stdout).toMatch(
      /^Third\. We sent Roshchin[^\n]*matter\.\n\n"Cable, Joseph Stalin to Anastas Mikoyan," February, 1949, point 3, [^\n]*Radchenko\. http:\/\/digitalarchive\.wilsoncenter\.org\/document\/121767\n$/,
    );
    expect((await cli(['point', '1', '--cite', '--style', 'chicago'])).stdout).toMatch(
      /\n\nJoseph Stalin, cable to Anastas Mikoyan, trans\. Sergey Radchenko, February 1949, point 1, History/,
    );
  });

  it('quote prints a Markdown block quote with the citation under it', async () => {
    const { stdout } = await cli(['quote', '4']);
    expect(stdout).toBe(
      '> Fourth. We welcome the CCP policy with regard to squeezing various foreign agencies and consulates in China, of cultural, medical, missionary, telegraph, radio-technical, newspaper, and other agencies. With this aim, we are prepared to have all analogous Soviet institutions liquidated in China.\n' +
        '>\n' +
        '> It would be good to receive from the Chinese comrades relevant concrete proposals with regard to the Soviet institutions.\n\n' +
        '— "Cable, Joseph Stalin to Anastas Mikoyan," February, 1949, point 4, History and Public Policy Program Digital Archive, Provided to the National Security Archive/Svetlana Savranskaya by Sergo Mikoyan. With permission of the National Security Archive. Translated by Sergey Radchenko. http://digitalarchive.wilsoncenter.org/document/121767\n',
    );
  });

  it('quote --plain indents and wraps the point', async () => {
    const { stdout } = await cli(['quote', '5', '--plain', '--style', 'chicago-short'], { env: { COLUMNS: '40' } });
    expect(stdout).toBe(
      "    Fifth. On other questions, answer\n    will be given after Mikoyan's return\n    to Moscow.\n\nStalin, cable to Mikoyan, February 1949, point 5.\n",
    );
  });
});

describe('citation fields', () => {
  it.each([
    ['Cable, Joseph Stalin to Anastas Mikoyan', 'cable', null, ['Joseph Stalin'], ['Anastas Mikoyan']],
    [
      'Telegram from the Romanian Embassy to the Ministry',
      'telegram',
      null,
      ['the Romanian Embassy'],
      ['the Ministry'],
    ],
    [
      'Cable No. 83 from Brother Tho [Le Duc Tho] to Brother Tuan [Van Tien Dung]',
      'cable',
      '83',
      ['Brother Tho'],
      ['Brother Tuan'],
    ],
    [
      'Memorandum of Conversation, Mao Zedong with Joseph Stalin',
      'memorandum of conversation',
      null,
      ['Mao Zedong', 'Joseph Stalin'],
      [],
    ],
    [
      'Letter from Jawaharlal Nehru to All Provincial Premiers',
      'letter',
      null,
      ['Jawaharlal Nehru'],
      ['All Provincial Premiers'],
    ],
    [
      'Report, Hungarian Foreign Ministry to the Embassy of Hungary in North Korea (Excerpt)',
      'report',
      null,
      ['Hungarian Foreign Ministry'],
      ['the Embassy of Hungary in North Korea'],
    ],
    [
      'TELEGRAM 066.808 from the Romanian Embassy in Pyongyang to the Romanian Ministry of Foreign Affairs',
      'telegram',
      '066.808',
      ['the Romanian Embassy in Pyongyang'],
      ['the Romanian Ministry of Foreign Affairs'],
    ],
  ])('%s', (title, kind, number, authors, recipients) => {
    const parts = readTitle(title);
    expect(parts.kind).toBe(kind);
    expect(parts.number).toBe(number);
    expect(parts.authors.map((a) => a.name)).toEqual(authors);
    expect(parts.recipients.map((r) => r.name)).toEqual(recipients);
  });

  it('keeps an editorial bracket as an annotation, not part of the name', () => {
    const { recipients } = readTitle('Cable, Mao Zedong to Filippov [Stalin]');
    expect(recipients).toEqual([
      { display: 'Filippov [Stalin]', name: 'Filippov', annotation: 'Stalin', organisation: false },
    ]);
  });

  it('splits a list of recipients outside brackets, and keeps a quoted subject', () => {
    const parts = readTitle(
      "Telegram, Zhou Enlai to Mao Zedong, Liu Shaoqi, and CCP Central Committee, 'Arriving in Nanning on the 29th'",
    );
    expect(parts.recipients.map((r) => r.display)).toEqual(['Mao Zedong', 'Liu Shaoqi', 'CCP Central Committee']);
    expect(parts.subject).toBe('Arriving in Nanning on the 29th');
    expect(
      readTitle(
        "Asian Affairs Bureau [Ministry of Foreign Affairs, Japan], 'The Chinese Communist Problem'",
      ).authors.map((a) => a.display),
    ).toEqual(['Asian Affairs Bureau [Ministry of Foreign Affairs, Japan]']);
  });

  it.each([
    [
      '"T," 1950, History and Public Policy Program Digital Archive, RGASPI, F. 558, Op. 11, D. 342, L. 92. Translated by Sergey Radchenko. http://x/1',
      'RGASPI, F. 558, Op. 11, D. 342, L. 92.',
      'Sergey Radchenko',
    ],
    [
      '"T," 1950, History and Public Policy Program Digital Archive, AQPPSH. Obtained by Leffler and translated by Enkel Daljani. http://x/1',
      'AQPPSH. Obtained by Leffler.',
      'Enkel Daljani',
    ],
    [
      '"T," 1950, History and Public Policy Program Digital Archive, APRF. Translated for CWIHP from Russian by Danny Rozas. http://x/1',
      'APRF.',
      'Danny Rozas',
    ],
  ])('reads source and translator from %s', (citation, source, translator) => {
    expect(readCitation(citation, '1950')).toEqual({
      archive: 'History and Public Policy Program Digital Archive',
      source,
      translator,
    });
  });

  it('cite --json shows the fields', async () => {
    const fields = JSON.parse((await cli(['cite', '--json'])).stdout);
    expect(fields).toMatchObject({
      id: '121767',
      kind: 'cable',
      authors: [{ name: 'Joseph Stalin' }],
      recipients: [{ name: 'Anastas Mikoyan' }],
      archive: 'History and Public Policy Program Digital Archive',
      translator: 'Sergey Radchenko',
      isoDate: '1949-02',
      source:
        'Provided to the National Security Archive/Svetlana Savranskaya by Sergo Mikoyan. With permission of the National Security Archive.',
      url: 'http://digitalarchive.wilsoncenter.org/document/121767',
      constructed: false,
    });
  });

  it('says on stderr when it builds a citation, and from what', async () => {
    const { stderr } = await cli(['cite', '--doc', DOCS['300237'] ?? '']);
    expect(stderr).toBe(
      "cable: note: document 300237 has no Citation section; this one was built in the archive's pattern from its title, date, the archival reference in its notes and its id (for the URL)\n",
    );
  });
});

describe('bibliographies of the collection', () => {
  it('cite --all sorts as the style requires and takes list filters', async () => {
    const { stdout } = await cli([
      'cite',
      '--all',
      '--style',
      'chicago-bib',
      '--dir',
      CORPUS,
      '--language',
      'japanese',
    ]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.slice(0, 20))).toEqual(
      [...lines.map((l) => l.slice(0, 20))].sort((a, b) => a.replace(/^“/, '').localeCompare(b.replace(/^“/, ''))),
    );
    expect(lines[0]).toMatch(
      /^Asian Affairs Bureau \[Ministry of Foreign Affairs, Japan\]\. “The Chinese Communist Problem\.” November 18, 1967\./,
    );
  });

  it.each(['bibtex', 'ris', 'csl-json'])('%s for the whole test corpus parses back with citation-js', async (style) => {
    const { stdout, code } = await cli(['cite', '--all', '--style', style, '--dir', CORPUS]);
    expect(code).toBe(0);
    const input = style === 'csl-json' ? JSON.parse(stdout) : stdout;
    const back = new core.Cite(input).data;
    expect(back).toHaveLength(20);
    for (const entry of back) expect(entry.title ?? entry.genre, JSON.stringify(entry)).toBeTruthy();
    const urls = back.map((e) => e.URL).filter(Boolean);
    expect(urls).toContain('https://digitalarchive.wilsoncenter.org/document/208198');
  });

  it('lists the styles when one is unknown (exit 2)', async () => {
    const { code, stderr } = await cli(['cite', '--style', 'harvard']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /argument 'harvard' is invalid\. Allowed choices are archive, chicago, chicago-short, chicago-bib, chicago-author-date, mla, apa, bibtex, ris, csl-json\./,
    );
  });
});

describe('BibLaTeX: UTF-8 text as it is, LaTeX specials escaped as biber passes them on (issue 16, items 1 and 2)', () => {
  it('keeps Cyrillic, escapes $ & % # { } ~ ^, and leaves the URL and the key alone', async () => {
    const path = join(tempDir(), 'molotov.md');
    writeFileSync(
      path,
      [
        '## May 10, 1948',
        '',
        '# Записка Молотова о ценах: 50% и $100 & #1 {скобки} ~ ^',
        '',
        '### Citation:',
        '',
        '"Записка Молотова о ценах," May 10, 1948, Wilson Center Digital Archive, https://digitalarchive.wilsoncenter.org/document/999_1',
        '',
        'Текст записки.',
        '',
      ].join('\n'),
    );
    const { code, stdout } = await cli(['cite', '--doc', path, '--style', 'bibtex']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'title = {\\mkbibquote{Записка Молотова о ценах: 50\\% и \\$100 \\& \\#1 \\{скобки\\} \\textasciitilde{} \\textasciicircum{}}},',
    );
    expect(stdout).toContain('url = {https://digitalarchive.wilsoncenter.org/document/999_1},');
    expect(stdout).not.toContain('textdollar');
  });
});

describe('one key per document, the same in every export (issue 16, item 5)', () => {
  it('gives CSL-JSON, BibLaTeX and RIS the same whole key, and two documents never one', async () => {
    const long = 'report-hungarian-foreign-ministry-embassy-hungary-north-korea-excerpt.md';
    const dir = tempDir();
    for (const name of ['300653.md', long]) writeFileSync(join(dir, name), readFileSync(join(CORPUS, name), 'utf8'));
    // A copy under another file name whose id folds to the same key: "…-excerpt" and "…_excerpt".
    writeFileSync(join(dir, long.replace(/-excerpt/, '_excerpt')), readFileSync(join(CORPUS, long), 'utf8'));
    const all = async (style: string) => (await cli(['cite', '--all', '--dir', dir, '--style', style])).stdout;
    const json = JSON.parse(await all('csl-json')) as Array<{ id: string }>;
    const ids = json.map((item) => item.id).sort();
    expect(new Set(ids).size).toBe(3);
    expect(ids).toContain('nehru1949_300653');
    expect(ids).toContain('report_hungarian_foreign_ministry_embassy_hungary_north_korea_excerpt');
    const bib = [...(await all('bibtex')).matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1]).sort();
    const ris = [...(await all('ris')).matchAll(/^ID {2}- (.+)$/gm)].map((m) => m[1]).sort();
    expect(bib).toEqual(ids);
    expect(ris).toEqual(ids);
  });
});

describe('an author that is a body opens a note with a capital (issue 16, item 10)', () => {
  it.each(['chicago', 'chicago-short', 'chicago-bib', 'mla', 'apa', 'chicago-author-date'])('%s', async (style) => {
    const doc = join(CORPUS, 'telegram-066808-romanian-embassy-pyongyang-romanian-ministry-foreign-affairs.md');
    const { stdout } = await cli(['cite', '--doc', doc, '--style', style]);
    expect(stdout).toMatch(/^The Romanian Embassy in Pyongyang[.,] /);
    expect(stdout).toContain('to the Romanian Ministry of Foreign Affairs');
  });
});

describe('two translators are two names (issue 16, item 11)', () => {
  it('reads "translated … by Gary Goldberg and Sergey Radchenko" as two translators in every style', async () => {
    const path = join(tempDir(), '121767.md');
    writeFileSync(
      path,
      readFileSync(SEED, 'utf8').replace(
        'Translated by Sergey Radchenko',
        'Translated for CWIHP by Gary Goldberg and Sergey Radchenko',
      ),
    );
    const cite = async (style: string) => (await cli(['cite', '--doc', path, '--style', style])).stdout;
    expect(await cite('chicago')).toContain(', trans. Gary Goldberg and Sergey Radchenko, ');
    expect(await cite('apa')).toContain('(G. Goldberg & S. Radchenko, Trans.)');
    expect(await cite('bibtex')).toContain('translator = {Goldberg, Gary and Radchenko, Sergey},');
    const [item] = JSON.parse(await cite('csl-json')) as Array<{ translator: unknown }>;
    expect(item?.translator).toEqual([
      { given: 'Gary', family: 'Goldberg' },
      { given: 'Sergey', family: 'Radchenko' },
    ]);
  });
});

describe('short titles end on a key word and tell documents apart (issue 16, item 12)', () => {
  it.each([
    ['Protocol No. 18 of the Politburo Meeting on Grain', '“Protocol No. 18 of the Politburo Meeting.”'],
    [
      "The Chancellor's Conversation With General Secretary Gorbachev in Moscow",
      '“The Chancellor’s Conversation With General Secretary Gorbachev.”',
    ],
    [
      "The Chancellor's Conversation With President Mitterrand on Monday",
      '“The Chancellor’s Conversation With President Mitterrand.”',
    ],
  ])('%s', async (title, short) => {
    const path = join(tempDir(), 'titled.md');
    writeFileSync(path, `## May 10, 1958\n\n# ${title}\n\nText.\n`);
    expect((await cli(['cite', '--doc', path, '--style', 'chicago-short'])).stdout).toBe(`${short}\n`);
  });
});

describe("pinpoints in the document's own unit (#16 item 15)", () => {
  const HARD = join(FIXTURES, 'hard', 'docs');
  it.each([
    // The seed numbers answers (its Fourth has two paragraphs); 300238's points are sections of paragraphs.
    [SEED, '3', 'point 3', 'point 3'],
    [join(CORPUS, '300238.md'), '2-3', 'points 2–3', 'points 2–3'],
    // Nehru numbers his letter's paragraphs; the decree its articles; DAFP's "Para 1." says so itself.
    [join(CORPUS, '300653.md'), '4', 'para. 4', 'para. 4'],
    [join(HARD, 'fr-1944-10-21-decret-zone-des-armees.md'), '2-3', 'arts. 2–3', 'arts. 2–3'],
    [join(HARD, 'dfat-v09-282-1946-05-30-para-1-2-3.md'), '2', 'para. 2', 'para. 2'],
  ])('%s --point %s: "%s" in the archive pattern, "%s" in Chicago', async (doc, point, archive, chicago) => {
    const plain = await cli(['cite', '--doc', doc, '--point', point]);
    expect(plain.stdout).toContain(`, ${archive},`);
    const note = await cli(['cite', '--doc', doc, '--point', point, '--style', 'chicago']);
    expect(note.stdout).toContain(`, ${chicago},`);
    expect(note.stdout).not.toMatch(/p\. point|para\. point/);
  });
});

describe('a citation cable builds (#16 item 17)', () => {
  it('says on stderr that the document has no URL, and quotes inner quotations with single marks', async () => {
    const dir = tempDir();
    const doc = join(dir, 'report.md');
    writeFileSync(doc, '## March 3, 1950\n\n# Report on "Operation Sunrise"\n\n1. One.\n\n2. Two.\n');
    const { stdout, stderr, code } = await cli(['cite', '--doc', doc]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      `"Report on 'Operation Sunrise'," March 3, 1950, History and Public Policy Program Digital Archive.\n`,
    );
    expect(stderr).toContain(
      "cable: note: document report has no URL, so its citation gives none; add the archive's address as the last line of a Citation section\n",
    );
  });
});

describe('APA and MLA as their manuals write them (#16 item 19)', () => {
  it('APA: a bracketed description says "and", and an editor\'s brackets inside it become parentheses', async () => {
    const { stdout } = await cli(['cite', '--style', 'apa', '--doc', join(CORPUS, '176049.md')]);
    expect(stdout).toContain('[Cable no. 83 to Brother Tuan (Van Tien Dung)]');
    const zhou = (await cli(['cite', '--style', 'apa', '--doc', join(CORPUS, '208198.md')])).stdout;
    expect(zhou).toContain('Peng (Dehuai), (Li) Fuchun, and Su Yu]');
    expect(/\[([^\]]*)\]/.exec(zhou)?.[1]).not.toMatch(/[&[]/);
  });

  it('MLA 9: the URL without http:// or https://', async () => {
    expect((await cli(['cite', '--style', 'mla'])).stdout).toMatch(
      /, digitalarchive\.wilsoncenter\.org\/document\/121767\.\n$/,
    );
    expect((await cli(['cite', '--style', 'mla', '--doc', join(CORPUS, '208198.md')])).stdout).not.toContain(
      'https://',
    );
  });
});

describe('sources reach every style (#16 item 14) and are not glued to a call number (item 11)', () => {
  const HARD = join(FIXTURES, 'hard', 'docs');
  it.each([
    // A published Chinese source, printed in the archive's citation.
    [join(CORPUS, '208198.md'), 'Jianguo yilai Zhou Enlai wengao'],
    // A reference in Cyrillic above the text; an Australian one in brackets under it; a FRUS-style source note.
    [join(HARD, 'ru-1939-05-10-politburo-goznak.md'), 'РГАСПИ. Ф. 17. Оп. 162. Д. 25. Л. 30'],
    [join(HARD, 'dfat-v05-298-1942-01-24-paragraph-1-2-3.md'), 'AA:A2680, 14/1942'],
    [join(HARD, 'frus1964-68v28-d155.md'), 'Department of State, Central Files, DEF 1 ASIA SE'],
  ])('%s: "%s" in every style', async (doc, source) => {
    for (const style of ['archive', 'chicago', 'chicago-bib', 'chicago-author-date', 'mla', 'apa', 'csl-json']) {
      const { stdout } = await cli(['cite', '--doc', doc, '--style', style]);
      expect(stdout, style).toContain(source);
    }
  });

  it('keeps how the archive came by a document apart from where it is', () => {
    expect(splitSource('RGASPI, F. 558, Op. 11, D. 342. Obtained by Sergey Radchenko.')).toEqual({
      location: 'RGASPI, F. 558, Op. 11, D. 342',
      provenance: 'Obtained by Sergey Radchenko.',
    });
    expect(splitSource('Provided to the National Security Archive by Sergo Mikoyan.')).toEqual({
      location: null,
      provenance: 'Provided to the National Security Archive by Sergo Mikoyan.',
    });
  });
});

describe('title shapes (#16 items 8 and 9)', () => {
  const names = (parties: { display: string }[]) => parties.map((p) => p.display);

  it('reads a subject after the parties as the subject, not a second recipient', () => {
    const parts = readTitle("Cable, Terebin to Stalin, Plans for Mao's Visit to Moscow");
    expect([names(parts.authors), names(parts.recipients), parts.subject]).toEqual([
      ['Terebin'],
      ['Stalin'],
      "Plans for Mao's Visit to Moscow",
    ]);
    // A list of parties ends "…, and C": its last part is a party, whatever its words.
    expect(
      names(readTitle('Cable, Zhou Enlai to Mao Zedong, Liu Shaoqi, and the Head of the Office').recipients),
    ).toEqual(['Mao Zedong', 'Liu Shaoqi', 'the Head of the Office']);
  });

  it('reads places as parties, and classification, precedence and a telegram number as what they are', () => {
    const parts = readTitle('Telegram from Pyongyang to Bucharest, SECRET, Urgent, No. 067.046');
    expect([names(parts.authors), names(parts.recipients), parts.number]).toEqual([
      ['Pyongyang'],
      ['Bucharest'],
      '067.046',
    ]);
    expect(parts.recipients[0]?.organisation).toBe(true);
    // A capital the time-zone cities lack is a place too when it writes to one.
    expect(readTitle('Telegram from New Delhi to Moscow').authors[0]?.organisation).toBe(true);
    expect(readTitle('Cable, Mao to Stalin, Top Secret; Priority').recipients.map((p) => p.display)).toEqual([
      'Stalin',
    ]);
  });

  it('cites them so: a subject as a title, a place as written, never "et al." for markings', async () => {
    const dir = tempDir();
    const terebin = join(dir, 'terebin.md');
    writeFileSync(
      terebin,
      "## January 13, 1949\n\n# Cable, Terebin to Stalin, Plans for Mao's Visit to Moscow\n\nText.\n",
    );
    const telegram = join(dir, 'telegram.md');
    writeFileSync(
      telegram,
      '## August 1, 1978\n\n# Telegram from New Delhi to Moscow, SECRET, Urgent, No. 067.046\n\nText.\n',
    );
    expect((await cli(['cite', '--doc', terebin, '--style', 'chicago'])).stdout).toBe(
      'Terebin, “Plans for Mao’s Visit to Moscow,” cable to Stalin, January 13, 1949, History and Public Policy Program Digital Archive.\n',
    );
    expect((await cli(['cite', '--doc', telegram, '--style', 'chicago-bib'])).stdout).toBe(
      'New Delhi. Telegram no. 067.046 to Moscow. August 1, 1978. History and Public Policy Program Digital Archive.\n',
    );
  });
});

describe('bibliographies filed without the article (#16 item 10)', () => {
  it('files "The Romanian Embassy in Pyongyang" under R in every bibliography style', async () => {
    for (const style of ['chicago-bib', 'chicago-author-date', 'mla', 'apa']) {
      const lines = (await cli(['cite', '--all', '--style', style, '--dir', CORPUS])).stdout.trim().split('\n');
      const at = (start: string) => lines.findIndex((l) => l.replace(/^[“"]/, '').startsWith(start));
      expect(at('The Romanian Embassy'), style).toBeGreaterThan(at('Nehru'));
      expect(at('The Romanian Embassy'), style).toBeLessThan(at('Stalin'));
      // An author named again as a dash stays under the entry before it.
      for (const [i, line] of lines.entries())
        if (line.startsWith('———')) expect(lines[i - 1]).toMatch(/^(Zhou Enlai|———)/);
    }
  });

  it('keeps the order citeproc gave everything else', () => {
    expect(fileWithoutArticles(['Bravo.', 'Alpha 2.', 'The Charlie.', 'Delta.', 'A Bravo.', '———. Second.'])).toEqual([
      'Bravo.',
      'Alpha 2.',
      'A Bravo.',
      '———. Second.',
      'The Charlie.',
      'Delta.',
    ]);
  });
});

describe("a titled document's translators (#16 item 11)", () => {
  it('never take the author slot; the exports keep them as translators', async () => {
    const doc = join(tempDir(), 'minutes.md');
    writeFileSync(
      doc,
      '## March 3, 1950\n\n# Minutes of the Politburo Meeting on Korea\n\n### Citation:\n\n"Minutes of the Politburo Meeting on Korea," March 3, 1950, History and Public Policy Program Digital Archive, RGASPI, F. 17, Op. 3, D. 1080. Obtained by Kathryn Weathersby and translated by Gary Goldberg and Sergey Radchenko. https://digitalarchive.wilsoncenter.org/document/999001\n\nText.\n',
    );
    for (const style of ['chicago', 'chicago-bib', 'chicago-author-date', 'mla', 'apa']) {
      const { stdout } = await cli(['cite', '--doc', doc, '--style', style]);
      expect(stdout, style).toMatch(/^“?Minutes of the Politburo [Mm]eeting on Korea/);
      // "Obtained by …" is not glued to the call number.
      expect(stdout, style).not.toMatch(/1080\.? Obtained/);
    }
    const json = JSON.parse((await cli(['cite', '--doc', doc, '--style', 'csl-json'])).stdout)[0];
    expect([json.author, json.translator, json.archive_location, json.note]).toEqual([
      undefined,
      undefined,
      'RGASPI, F. 17, Op. 3, D. 1080',
      'Obtained by Kathryn Weathersby. Translated by Gary Goldberg and Sergey Radchenko.',
    ]);
    expect((await cli(['cite', '--doc', doc, '--style', 'bibtex'])).stdout).toContain(
      'translator = {Goldberg, Gary and Radchenko, Sergey},',
    );
    expect((await cli(['cite', '--doc', doc, '--style', 'ris'])).stdout).toMatch(
      /^A4 {2}- Goldberg, Gary\nA4 {2}- Radchenko, Sergey$/m,
    );
  });
});

describe('a citation asked again is read from the cache (#18)', () => {
  const citations = (env: { XDG_CACHE_HOME: string }) => join(env.XDG_CACHE_HOME, 'cable', 'citations');

  it('the same document, style and pinpoint: the cached text; another pinpoint, document or style: cited anew', async () => {
    const env = freshHome();
    const dir = tempDir();
    writeFileSync(join(dir, '121767.md'), readFileSync(SEED, 'utf8'));
    const ask = (...args: string[]) => cli(['cite', '--dir', dir, ...args], { env });
    const first = await ask('--style', 'chicago', '--point', '3');
    expect(first.stdout).toMatch(/^Joseph Stalin, cable to Anastas Mikoyan, .*point 3/);
    const [entry, ...more] = readdirSync(citations(env));
    expect({ entry, more }).toEqual({ entry: expect.stringMatching(/^[0-9a-f]{64}\.txt$/), more: [] });
    expect(readFileSync(join(citations(env), entry ?? ''), 'utf8')).toBe(first.stdout.trimEnd());
    // What the cache holds is what is printed: citeproc is not asked again.
    writeFileSync(join(citations(env), entry ?? ''), 'the cached note');
    expect((await ask('--style', 'chicago', '--point', '3')).stdout).toBe('the cached note\n');
    expect((await ask('--style', 'chicago', '--point', '4')).stdout).toMatch(/point 4/);
    expect((await ask('--style', 'chicago-short', '--point', '3')).stdout).not.toBe('the cached note\n');
    // An edit to the document is a new citation.
    writeFileSync(join(dir, '121767.md'), readFileSync(SEED, 'utf8').replace('Mikoyan', 'Mikojan'));
    expect((await ask('--style', 'chicago', '--point', '3')).stdout).toMatch(/Anastas Mikojan/);
    expect(readdirSync(citations(env))).toHaveLength(4);
  });

  it('a cache folder that cannot be written is no cache: the citation is printed all the same, silently', async () => {
    const env = freshHome();
    // The cache folder's place is taken by a file.
    writeFileSync(join(env.HOME, 'not-a-folder'), '');
    const blocked = { ...env, XDG_CACHE_HOME: join(env.HOME, 'not-a-folder') };
    const result = await cli(['cite', '--style', 'chicago-bib'], { env: blocked });
    expect(result).toEqual({ code: 0, stdout: expect.stringMatching(/^Stalin, Joseph\. /), stderr: '' });
  });
});
