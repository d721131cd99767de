// #19, first part: `cable verify` checks a manuscript's quotations against the collection. The quotations are
// real text from the corpus (the seed, Nehru's letter 300653), each alteration made on purpose.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/verify/quotes.js';
import { CORPUS, cli, corpusWithFrus, FIXTURES, SEED, tempDir } from '../helpers.js';

/** A collection with the seed and Nehru's letter, and a manuscript in it. */
function setUp(manuscript: string): { dir: string; file: string } {
  const dir = tempDir();
  cpSync(SEED, join(dir, '121767.md'));
  cpSync(join(CORPUS, '300653.md'), join(dir, '300653.md'));
  const file = join(tempDir(), 'chapter.md');
  writeFileSync(file, manuscript);
  return { dir, file };
}

interface Row {
  line: number;
  verdict: string;
  reason: string | null;
  negation: boolean;
  number: boolean;
  source: { docId: string; part: string; number: number } | null;
}

async function verify(manuscript: string, ...args: string[]) {
  const { dir, file } = setUp(manuscript);
  const result = await cli(['verify', file, '--dir', dir, '--style', 'archive', ...args]);
  return { ...result, file, dir, rows: args.includes('--json') ? (JSON.parse(result.stdout).quotations as Row[]) : [] };
}

/** The quotations of a manuscript (its paragraphs) checked against the collection in `dir`, as --json gives them. */
async function verifyIn(dir: string, paragraphs: string[]) {
  const file = join(tempDir(), 'chapter.md');
  writeFileSync(file, paragraphs.join('\n\n'));
  const result = await cli(['verify', file, '--dir', dir, '--json', '--style', 'archive']);
  return JSON.parse(result.stdout).quotations as (Row & { operations: { op: string }[] })[];
}

/** Documents of the hard corpus copied into a collection. */
function withHardDocuments(dir: string, ...docs: string[]): string {
  for (const doc of docs) cpSync(join(FIXTURES, 'hard', 'docs', `${doc}.md`), join(dir, `${doc}.md`));
  return dir;
}

describe('finding the quotations of a manuscript', () => {
  it('block quotes, and inline quotations in straight, curly, French, German and CJK quotes, of six words or more', () => {
    const text = [
      'He wrote "one two three four five six" and “alpha beta gamma delta epsilon zeta” [@key_1, point 4].',
      'Also «un deux trois quatre cinq six», „eins zwei drei vier fünf sechs“ and 「一 二 三 四 五 六」.',
      'A short "quote of four words" is not one.',
      '',
      '> A block quote that runs',
      '> over two lines of the manuscript. [@stalin1949_121767, para. 3]',
    ].join('\n');
    const found = findQuotations(text);
    expect(found.map((q) => [q.line, q.column, q.kind, q.text])).toEqual([
      [1, 11, 'inline', 'one two three four five six'],
      [1, 45, 'inline', 'alpha beta gamma delta epsilon zeta'],
      [2, 7, 'inline', 'un deux trois quatre cinq six'],
      [2, 40, 'inline', 'eins zwei drei vier fünf sechs'],
      [2, 77, 'inline', '一 二 三 四 五 六'],
      [5, 3, 'block', 'A block quote that runs over two lines of the manuscript.'],
    ]);
    expect(found[1]?.citation).toEqual({ key: 'key_1', point: 4 });
    expect(found[5]?.citation).toEqual({ key: 'stalin1949_121767', point: 3 });
    expect(findQuotations(text, 4).map((q) => q.text)).toContain('quote of four words');
  });
});

describe('cable verify', () => {
  it('each kind of change is found: a dropped "not", a changed number, a swapped name, an invented passage', async () => {
    const { rows, code } = await verify(
      [
        'Stalin wrote that "they did send their ambassadors to Guangzhou, because they want to send these ambassadors to the CCP areas".',
        'Nehru noted "the Dominion Prime Ministers\' Conference which begins on the 12st April".',
        'Stalin: "Of course, Beiping is a strategically more advantageous capital than Shanghai."',
        'A letter says "the moon is made of green cheese and nobody ever doubted it".',
      ].join('\n\n'),
      '--json',
    );
    expect(code).toBe(1);
    expect(rows.map((r) => [r.line, r.verdict, r.negation, r.number, r.source?.docId, r.source?.number])).toEqual([
      [1, 'altered', true, false, '121767', 3],
      [3, 'altered', false, true, '300653', 3],
      [5, 'altered', false, false, '121767', 2],
      [7, 'not-found', false, false, undefined, undefined],
    ]);
  });

  it('what a style guide allows is exact: case, quote marks, line breaks, an ellipsis, [brackets]', async () => {
    const { rows, code } = await verify(
      [
        '“the Americans and the English sent secondary people to Guangzhou” — and further,',
        '"This is useful for us … This is how we understand this matter."',
        '',
        '> Of course, [Beiping] is a strategically more',
        '> advantageous capital than Nanjing.',
        '',
        '"From a world point of view, probably the most important event is the success of the Communist armies in China."',
      ].join('\n'),
      '--json',
    );
    expect(rows.map((r) => r.verdict)).toEqual(['exact', 'exact', 'exact', 'exact']);
    expect(code).toBe(0);
  });

  it("a name in another romanisation is the translation's own spelling, not a change", async () => {
    const { rows } = await verify(
      [
        '"Of course, Peiping is a strategically more advantageous capital than Nanking."',
        '',
        '"of course, Beiping is a strategically more advantageous capital than the south."',
      ].join('\n'),
      '--json',
    );
    // Peiping is Beiping in Wade-Giles; Nanking is no romanisation of Nanjing cable derives (a postal name).
    expect(rows.map((r) => r.verdict)).toEqual(['altered', 'altered']);
    const peiping = await verify(
      '"Of course, Peiping is a strategically more advantageous capital than Nanjing."',
      '--json',
    );
    expect(peiping.rows.map((r) => r.verdict)).toEqual(['exact']);
  });

  it('a name spelled in another number of words is the same name: Zhou Enlai, Mao Tse-tung, Jiang Jieshi', async () => {
    const rows = await verifyIn(await corpusWithFrus(), [
      // FRUS prints "Chou En-lai" (Wade-Giles, three words to cable); the quotation, Pinyin (two).
      'Lodge reported that "at no time did Zhou Enlai attempt to tie up release of prisoners with any other issue".',
      // The translation prints "Mao Zedong"; the quotation, Wade-Giles with a hyphen.
      'Stalin asked them to "convey to Mao Tse-tung that the Soviet government will welcome the visit".',
      // A name changed is still a change: Chou is not Mao.
      'Stalin asked them to "convey to Chou En-lai that the Soviet government will welcome the visit".',
      // A conventional spelling (CC-CEDICT's): the statement prints "Chiang Kai-shek", three words; Pinyin, two.
      'It protested the intent "to strengthen collusion with the Jiang Jieshi faction that has drawn American imperialism into Taiwan".',
    ]);
    expect(rows.map((r) => [r.verdict, r.source?.docId])).toEqual([
      ['exact', 'frus1955-57v02-d7'],
      ['exact', '110296'],
      ['altered', '110296'],
      ['exact', '300638'],
    ]);
  });

  it('an ellipsis that drops a negation, or joins two points, changes the meaning (a warning)', async () => {
    const { rows, code } = await verify(
      [
        '"The Americans and the English sent secondary people to Guangzhou, because they know the situation there, but they did … send their ambassadors to Guangzhou"',
        '',
        '"the democratic leaders of China consider Beiping to be a better capital … This is how we understand this matter."',
      ].join('\n'),
      '--json',
    );
    expect(rows.map((r) => [r.verdict, r.reason])).toEqual([
      ['elided-meaning', 'the ellipsis leaves out "not"'],
      ['elided-meaning', 'the ellipsis joins point 2 and point 3 of 121767'],
    ]);
    // A warning: the exit code is 0.
    expect(code).toBe(0);
  });

  it('a block quote of consecutive points is found over them: points 4–5, exact or altered, cited or mended', async () => {
    const fourth =
      'It would be good to receive from the Chinese comrades relevant concrete proposals with regard to the Soviet institutions.';
    const fifth = "Fifth. On other questions, answer will be given after Mikoyan's return to Moscow.";
    const manuscript = [
      `> ${fourth}\n>\n> ${fifth} [@stalin1949_121767, point 5]`,
      `> ${fourth}\n>\n> ${fifth} [@stalin1949_121767, point 3]`,
      `> ${fourth}\n>\n> ${fifth.replace('Mikoyan', 'Molotov')} [@stalin1949_121767, point 5]`,
      '',
    ].join('\n\n');
    const { rows, file } = await verify(manuscript, '--json');
    const both = { docId: '121767', part: 'point', number: 4, through: { part: 'point', number: 5 } };
    expect(rows.map((r) => [r.verdict, r.reason, r.source])).toEqual([
      // Cited at point 5, which the quotation runs into: right.
      ['exact', null, both],
      ['misattributed', 'cited at point 3, found in points 4–5', both],
      ['altered', null, both],
    ]);
    // --fix: the source's words, its paragraphs kept apart in the block quote; the citation, both points.
    const { dir } = setUp('');
    await cli(['verify', file, '--fix', '--dir', dir]);
    const copy = readFileSync(file.replace(/\.md$/, '.fixed.md'), 'utf8').split('\n\n');
    expect(copy[1]).toBe(`> ${fourth}\n>\n> ${fifth.replace(/\.$/, '')}. [@stalin1949_121767, points 4–5]`);
    expect(copy[2]).toBe(`> ${fourth}\n>\n> ${fifth.replace(/\.$/, '')}. [@stalin1949_121767, point 5]`);
  });

  it('a pandoc citation is checked: the right document and point, or misattributed with the right one', async () => {
    const keys = JSON.parse((await cli(['cite', '--all', '--style', 'csl-json', '--dir', setUp('').dir])).stdout).map(
      (i: { id: string }) => i.id,
    );
    expect(keys).toEqual(['stalin1949_121767', 'nehru1949_300653']);
    const quote =
      '"If the CCP and the democratic leaders prefer Beiping, then one should select Beiping as the capital"';
    const { rows } = await verify(
      [
        `${quote} [@stalin1949_121767, point 2].`,
        `${quote} [@stalin1949_121767, point 4].`,
        `${quote} [@nehru1949_300653, point 2].`,
        `${quote} [@stalin1950_121767, point 2].`,
      ].join('\n\n'),
      '--json',
    );
    expect(rows.map((r) => [r.verdict, r.reason])).toEqual([
      ['exact', null],
      ['misattributed', 'cited at point 4, found in point 2'],
      // The key to cite it by, when it was cited by another.
      ['misattributed', 'cited as @nehru1949_300653 (300653), found in 121767 point 2 (@stalin1949_121767)'],
      [
        'misattributed',
        'cited as @stalin1950_121767 (no document has that key), found in 121767 point 2 (@stalin1949_121767)',
      ],
    ]);
  });

  it('a quotation cited to a source outside the collection is not checked, and a title in quotes is none', async () => {
    const manuscript = [
      'As Smith put it, "the archives of the ministry were burned in the winter of 1951" [@smith2010, 45].',
      'A note: "the archives of the ministry were burned in the winter of 1952".[^1]',
      // Uncited and in no document: not found, an error as before.
      'And "the archives of the ministry were burned in the winter of 1953".',
      '[^1]: John Smith, The Ministry (Oxford, 2010), 45.',
    ].join('\n\n');
    const { stdout, code, file } = await verify(manuscript);
    expect(code).toBe(1);
    expect(stdout.split('\n').filter((l) => l.startsWith(file))).toEqual([
      `${file}:1:19: not checked: cited as @smith2010, a source outside the collection`,
      `${file}:3:10: not checked: cited in footnote [^1], which names no document of the collection`,
      `${file}:5:6: not found: in no document of the collection`,
    ]);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '3 quotations in 1 file: 1 not found, 2 cited elsewhere, not checked',
    );
    // A document's title in quotes names it: no quotation.
    const title = await verify('In his "Cable, Joseph Stalin to Anastas Mikoyan," Stalin answered Mao.');
    expect([title.code, title.stdout]).toEqual([0, '0 quotations in 1 file\n']);
    const cited = await verify(
      manuscript
        .split('\n\n')
        .slice(0, 2)
        .concat(manuscript.split('\n\n')[3] ?? '')
        .join('\n\n'),
    );
    expect(cited.code).toBe(0);
  });

  it('prints as a compiler does, with the word diff and the source citation; --warn-only exits 0', async () => {
    const manuscript = 'Stalin: "Of course, Beiping is a strategically more advantageous capital than Shanghai."\n';
    const { stdout, stderr, code, file } = await verify(manuscript);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      `${file}:1:10: altered: 121767 point 2`,
      '    Of course Beiping is a strategically more advantageous capital than [-Nanjing-]{+Shanghai+}',
    ]);
    expect(stdout).toContain('point 2, History and Public Policy Program Digital Archive');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 quotation in 1 file: 1 altered');
    expect({ code, stderr }).toEqual({
      code: 1,
      stderr: 'cable: 1 of 1 quotations do not match their sources (--warn-only to exit 0)\n',
    });
    expect((await verify(manuscript, '--warn-only')).code).toBe(0);
  });

  it("cites the sources in the manuscript's own style (its pandoc csl:), unless --style says", async () => {
    const quotation = 'Stalin wrote that "the Americans and the English sent secondary people to Guangzhou".';
    const citationOf = async (manuscript: string, ...args: string[]) => {
      const { dir, file } = setUp(manuscript);
      const result = await cli(['verify', file, '--dir', dir, ...args]);
      return { lines: result.stdout.split('\n'), file };
    };
    const apa = await citationOf(`---\ncsl: apa.csl\n---\n\n${quotation}`);
    // APA's pinpoint is its in-text citation, and the reference under it.
    expect(apa.lines.slice(1, 3)).toEqual([
      '    (Stalin, 1949, Point 3)',
      '    Stalin, J. (1949, February). [Cable to Anastas Mikoyan] (S. Radchenko, Trans.). History and Public Policy Program Digital Archive. http://digitalarchive.wilsoncenter.org/document/121767',
    ]);
    const chosen = await citationOf(`---\ncsl: apa.csl\n---\n\n${quotation}`, '--style', 'chicago-short');
    expect(chosen.lines[1]).toBe('    Stalin, cable to Mikoyan, February 1949, point 3.');
    const unknown = await citationOf(`---\ncsl: harvard-cite-them-right.csl\n---\n\n${quotation}`);
    expect(unknown.lines[0]).toMatch(
      new RegExp(
        `^${unknown.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: note: its csl: harvard-cite-them-right.csl is no style cable has`,
      ),
    );
    expect(unknown.lines[2]).toMatch(/^ {4}Joseph Stalin, cable to Anastas Mikoyan, .*point 3/);
  });

  it('a footnote that names a document by its URL, archive id or title is checked too', async () => {
    const quote =
      '"If the CCP and the democratic leaders prefer Beiping, then one should select Beiping as the capital"';
    const { rows } = await verify(
      [
        `${quote}.[^1] And again ${quote}.[^2] And once more ${quote}.[^3]`,
        '',
        '[^1]: Stalin to Mikoyan, http://digitalarchive.wilsoncenter.org/document/121767, point 2.',
        '[^2]: Wilson Center Digital Archive, document 300653, para. 2; "a title in quotes of many words here".',
        '[^3]: "Cable, Joseph Stalin to Anastas Mikoyan," February 1949, point 3.',
      ].join('\n'),
      '--json',
    );
    expect(rows.map((r) => [r.verdict, r.reason])).toEqual([
      ['exact', null],
      ['misattributed', 'cited in footnote [^2] (300653), found in 121767 point 2'],
      ['misattributed', 'cited at point 3, found in point 2'],
    ]);
  });

  it("cable's own quote output verifies: the point's marker and the attribution line under it", async () => {
    const { dir } = setUp('');
    const quoted = (await cli(['quote', '3', '--doc', join(dir, '121767.md')])).stdout;
    expect(quoted).toMatch(/^> Third\. We sent Roshchin[^\n]*\n\n— "Cable, Joseph Stalin/);
    const ok = await verify(quoted, '--json');
    expect(ok.rows.map((r) => [r.verdict, r.source?.number])).toEqual([['exact', 3]]);
    const moved = await verify(quoted.replace('point 3', 'point 4'), '--json');
    expect(moved.rows.map((r) => [r.verdict, r.reason])).toEqual([
      ['misattributed', 'cited at point 4, found in point 3'],
    ]);
  });

  it("--fix writes a corrected copy beside the manuscript: the source's words, the right point", async () => {
    const manuscript = [
      'Stalin wrote that "they did send their ambassadors to Guangzhou, because they want to send these ambassadors to the CCP areas" [@stalin1949_121767, point 3].',
      '',
      'And "If the CCP and the democratic leaders prefer Beiping, then one should select Beiping as the capital" [@stalin1949_121767, point 4].',
      '',
    ].join('\n');
    const { stdout, file, dir } = await verify(manuscript, '--fix');
    const copy = file.replace(/\.md$/, '.fixed.md');
    expect(readFileSync(file, 'utf8')).toBe(manuscript);
    expect(readFileSync(copy, 'utf8')).toBe(
      manuscript
        .replace('they did send', 'they did not send')
        .replace('[@stalin1949_121767, point 4]', '[@stalin1949_121767, point 2]'),
    );
    expect(stdout).toContain(`${copy}: a corrected copy of ${file}, 2 changes`);
    expect(stdout).toContain('3:6: the citation is now [@stalin1949_121767, point 2] (point 2)');
    // Never over a file that is there: a second run writes chapter.fixed-2.md.
    const again = await cli(['verify', file, '--fix', '--dir', dir]);
    expect(again.stdout).toContain(`${file.replace(/\.md$/, '.fixed-2.md')}: a corrected copy`);
    expect(readFileSync(copy, 'utf8')).toContain('point 2]');
  });

  it('--fix mends block quotes too: the text after the first `> `, the citation closing it or under it', async () => {
    const manuscript = [
      '> Of course, Beiping is a strategically more advantageous',
      '> capital than Shanghai. [@stalin1949_121767, point 4]',
      '',
      '> If the CCP and the democratic leaders prefer Beiping, then one should select Beiping as the capital.',
      '[@stalin1949_121767, point 3]',
      '',
      '> In a few years one can revisit this question … one should select Beiping as the capital.',
      '',
    ].join('\n');
    const { stdout, file } = await verify(manuscript, '--fix');
    expect(readFileSync(file.replace(/\.md$/, '.fixed.md'), 'utf8')).toBe(
      [
        '> Of course, Beiping is a strategically more advantageous capital than Nanjing. [@stalin1949_121767, point 2]',
        '',
        '> If the CCP and the democratic leaders prefer Beiping, then one should select Beiping as the capital.',
        '[@stalin1949_121767, point 2]',
        '',
        '> In a few years one can revisit this question … one should select Beiping as the capital.',
        '',
      ].join('\n'),
    );
    expect(stdout).toContain(
      '1:3: the quotation, as the source has it: “Of course, Beiping is a strategically more advantageous capital than Nanjing”',
    );
    expect(stdout).toContain('4:3: the citation is now [@stalin1949_121767, point 2] (point 2)');
    // Words left out by an ellipsis the author chose: theirs to mend.
    expect(stdout).toContain('7:3: left as it is (it has an ellipsis or [brackets])');
  });

  it("--fix mends a footnote's or an attribution's point; a note naming another document is said, not rewritten", async () => {
    const manuscript = [
      'He held that "one should not hurry with the creation of a coalition government".[^1]',
      '',
      'Nehru wrote: "From a world point of view, probably the most important event is the success of the Communist armies in China."[^2]',
      '',
      '> Third. We sent Roshchin to Canton for intelligence-gathering, so that he can regularly inform us.',
      '',
      '— "Cable, Joseph Stalin to Anastas Mikoyan," February, 1949, point 4, http://digitalarchive.wilsoncenter.org/document/121767',
      '',
      '[^1]: Stalin to Mikoyan, February 1949,',
      '    Wilson Center Digital Archive 121767, point 2.',
      '[^2]: Stalin to Mikoyan, 121767, point 4.',
      '',
    ].join('\n');
    const { stdout, file } = await verify(manuscript, '--fix');
    expect(readFileSync(file.replace(/\.md$/, '.fixed.md'), 'utf8')).toBe(
      manuscript.replace('121767, point 2.', '121767, point 1.').replace('1949, point 4, http', '1949, point 3, http'),
    );
    // What changed, in the order of the quotations.
    expect(stdout.split('\n').filter((l) => /^ {4}\d+:\d+: /.test(l))).toEqual([
      '    1:15: footnote [^1] now names point 1',
      '    3:15: footnote [^2] left as it is (the quotation is in 300653 point 4)',
      '    5:3: the attribution now names point 3',
    ]);
  });

  it('reads a manuscript on standard input; an empty one has no quotation', async () => {
    const { dir } = setUp('');
    const quote = '"the Americans and the English sent secondary people to Guangzhou"\n';
    const result = await cli(['verify', '-', '--dir', dir, '--style', 'archive'], { stdin: quote });
    expect(result.stdout.split('\n')[0]).toBe('-:1:2: exact: 121767 point 3');
    expect((await cli(['verify', '-', '--dir', dir], { stdin: '' })).stdout).toBe('0 quotations in 1 file\n');
  });

  it('reads a Word manuscript (.docx, made by pandoc from tests/fixtures/verify/chapter.md)', async () => {
    const { dir } = setUp('');
    const docx = join(FIXTURES, 'verify', 'chapter.docx');
    const result = await cli(['verify', docx, '--dir', dir, '--json', '--warn-only']);
    const rows = JSON.parse(result.stdout).quotations as Row[];
    // A line is a paragraph of the Word document (the heading is the first); the block quote is a paragraph in
    // pandoc's "Block Text" style, and the last quotation's citation is a Word footnote naming the archive id.
    expect(rows.map((r) => [r.line, r.verdict, r.reason])).toEqual([
      [2, 'exact', null],
      [3, 'altered', 'changes a negation'],
      [4, 'misattributed', 'cited at point 4, found in point 2'],
      [5, 'elided-meaning', 'the ellipsis joins point 2 and point 3 of 121767'],
      [6, 'misattributed', 'cited at point 2, found in point 1'],
    ]);
    // The same as the Markdown it was made from, verdict by verdict.
    const markdown = await cli([
      'verify',
      join(FIXTURES, 'verify', 'chapter.md'),
      '--dir',
      dir,
      '--json',
      '--warn-only',
    ]);
    const fromMarkdown = JSON.parse(markdown.stdout).quotations as Row[];
    expect(fromMarkdown.map((r) => [r.verdict, r.reason])).toEqual(rows.map((r) => [r.verdict, r.reason]));
    const bad = join(tempDir(), 'draft.docx');
    writeFileSync(bad, 'not a zip');
    expect(await cli(['verify', bad, '--dir', dir])).toEqual({
      code: 1,
      stdout: '',
      stderr: `cable: ${bad}: cannot be read (it is not a Word document (.docx); save it from Word as .docx)\n`,
    });
  });

  it('quotations from the Wilson corpus, a FRUS telegram, a German order and a Russian Politburo decision', async () => {
    const dir = withHardDocuments(
      await corpusWithFrus(),
      'de-1945-06-09-smad-befehl-nr-1',
      'ru-1948-04-24-politburo-romania-advisers',
    );
    const rows = await verifyIn(dir, [
      'Lodge cabled: "I met with Hammarskjold at his apartment at 8 p.m."',
      'The order reads: „zur Verwaltung der sowjetischen Besatzungszone in Deutschland wurde die Sowjetische Militärverwaltung gebildet“.',
      'The Politburo resolved «Командировать в Румынию сроком на 2 года 9 специалистов».',
      'Nehru: "From a world point of view, probably the most important event is the success of the Communist armies in China."',
    ]);
    expect(rows.map((r) => [r.verdict, r.number, r.source?.docId, r.source?.part, r.source?.number])).toEqual([
      ['exact', false, 'frus1955-57v02-d11', 'preamble', 2],
      ['exact', false, 'de-1945-06-09-smad-befehl-nr-1', 'point', 1],
      // "на 1 год" (for a year) made "на 2 года": a changed number.
      ['altered', true, 'ru-1948-04-24-politburo-romania-advisers', 'point', 1],
      ['exact', false, '300653', 'point', 4],
    ]);
  });

  it("a source's note marks may be left out: attached.[2] in Zhou's telegram, 条件⑴ in Mao's proclamation", async () => {
    const dir = withHardDocuments(tempDir(), 'mao-1949-04-25-pla-proclamation');
    cpSync(join(CORPUS, '208198.md'), join(dir, '208198.md'));
    const rows = await verifyIn(dir, [
      'Zhou wrote: "The telegram I sent is attached. Please ask the Chairmen to review it and provide instructions."',
      '布告说：「国民党反动派业已拒绝接受和平条件，坚持其反民族反人民的罪恶的战争立场」。',
      // The mark kept is no change either; a number is.
      '布告说：「国民党反动派业已拒绝接受和平条件⑴，坚持其反民族反人民的罪恶的战争立场」。',
      'Zhou wrote: "The telegram I sent is attached 3. Please ask the Chairmen to review it and provide instructions."',
    ]);
    expect(rows.map((r) => [r.verdict, r.number, r.source?.docId])).toEqual([
      ['exact', false, '208198'],
      ['exact', false, 'mao-1949-04-25-pla-proclamation'],
      ['exact', false, 'mao-1949-04-25-pla-proclamation'],
      ['altered', true, '208198'],
    ]);
  });

  it('a dropped negation is flagged in French and in Chinese, compared character by character', async () => {
    const dir = withHardDocuments(
      tempDir(),
      'fr-1947-01-16-decret-47-206-medaille-resistance',
      'mao-1949-04-25-pla-proclamation',
    );
    const rows = await verifyIn(dir, [
      // "Il ne sera plus procédé…": the ne dropped.
      "Le décret dispose: «Il sera plus procédé à l'attribution de la médaille de la Résistance française».",
      // 「…一律保护，不受侵犯」: the 不 dropped; then the same sentence as printed.
      '布告说：「凡属私人经营的工厂、商店、银行、仓库、船舶、码头、农场、牧场等，一律保护，受侵犯」。',
      '布告说：「凡属私人经营的工厂、商店、银行、仓库、船舶、码头、农场、牧场等，一律保护，不受侵犯」。',
    ]);
    expect(rows.map((r) => [r.verdict, r.negation, r.reason, r.source?.docId, r.source?.number])).toEqual([
      ['altered', true, 'changes a negation', 'fr-1947-01-16-decret-47-206-medaille-resistance', 1],
      ['altered', true, 'changes a negation', 'mao-1949-04-25-pla-proclamation', 2],
      ['exact', false, null, 'mao-1949-04-25-pla-proclamation', 2],
    ]);
    expect(rows[1]?.operations.filter((o) => o.op !== 'equal')).toEqual([{ op: 'dropped', source: '不' }]);
  });

  it('a manuscript that cannot be read is one line naming it, as a manuscript, exit 1', async () => {
    const { dir } = setUp('');
    const missing = join(dir, 'no-such-chapter.md');
    expect(await cli(['verify', missing, '--dir', dir])).toEqual({
      code: 1,
      stdout: '',
      stderr: `cable: ${missing}: no such file; check the path\n`,
    });
    const folder = tempDir();
    expect((await cli(['verify', folder, '--dir', dir])).stderr).toBe(
      `cable: ${folder}: is a folder, not a manuscript; pass its Markdown, text or Word files\n`,
    );
  });
});
