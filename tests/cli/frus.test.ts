import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { cli, FIXTURES, SEED, tempDir } from '../helpers.js';

const FRUS = join(FIXTURES, 'frus');
const VOLUMES = ['frus1955-57v02', 'frus1969-76v19p1'] as const;
const volumeFile = (volume: string): string => join(FRUS, `${volume}.excerpt.xml`);

/** The office's own table of each excerpt's documents (head, dateline date, closer), read independently of cable. */
function officeTable(volume: string): Array<Record<string, string>> {
  const [header = '', ...rows] = readFileSync(join(FRUS, `${volume}.documents.tsv`), 'utf8')
    .trimEnd()
    .split('\n');
  const keys = header.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, i) => [keys[i] ?? '', value])));
}

/** The documents of an excerpt that print enclosures (<frus:attachment>), read from the XML. */
function withEnclosures(volume: string): Set<string> {
  const xml = readFileSync(volumeFile(volume), 'utf8');
  const starts = [...xml.matchAll(/<div\b[^>]*\btype="document"[^>]*>/g)];
  return new Set(
    starts.flatMap((m, i) => {
      const id = /xml:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
      const body = xml.slice(m.index, starts[i + 1]?.index ?? xml.length);
      return body.includes('<frus:attachment') ? [id] : [];
    }),
  );
}

interface Expected {
  title: string;
  isoDate: string | null;
  kind: string;
  points: string[];
  source: string;
  notes: number;
  closing: string[];
}
// Checked by reading each document in the XML: markers and first words of each numbered paragraph, the start of
// the source note, how many footnotes, and the start of each closing line.
const EXPECTED = JSON.parse(readFileSync(join(FRUS, 'expected.json'), 'utf8')) as Record<string, Expected>;

let dir = '';
const read = (id: string) => {
  const path = join(dir, `${id}.md`);
  return parseDocument(readFileSync(path, 'utf8'), { path });
};

beforeAll(async () => {
  dir = tempDir();
  cpSync(SEED, join(dir, '121767.md'));
  const { code, stdout, stderr } = await cli(['import', ...VOLUMES.map(volumeFile), '--dir', dir]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toContain('frus1955-57v02: 20 documents imported');
  expect(stdout).toContain('frus1969-76v19p1: 25 documents imported');
});

describe('cable import: every document of both excerpts', () => {
  it('writes one file per <div type="document">, named <volume>-d<n>', () => {
    const files = readdirSync(dir).filter((f) => f.startsWith('frus'));
    expect(files).toHaveLength(45);
    for (const volume of VOLUMES) {
      for (const row of officeTable(volume)) expect(files).toContain(`${volume}-${row.xml_id}.md`);
    }
  });

  for (const volume of VOLUMES) {
    it.each(officeTable(volume))(`${volume}-$xml_id: title, date, closer as the volume prints them`, (row) => {
      const { document, diagnostics } = read(`${volume}-${row.xml_id}`);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(document.id).toBe(`${volume}-${row.xml_id}`);
      // The head without its number and its note calls.
      expect(document.title).toBe((row.head ?? '').replace(/^\d+\.\s+/, ''));
      const when = row.dateline_when || /from=([^;]+)/.exec(row.dateline_other_date_attrs ?? '')?.[1] || null;
      if (when === null) expect(document.isoDate).toBeNull();
      else expect(document.isoDate?.slice(0, 10)).toBe(when.slice(0, 10));
      // A document printed with enclosures reads in the volume's order: its own closer stays before them, and its
      // closing is what ends the last enclosure.
      if (!withEnclosures(volume).has(row.xml_id ?? '')) {
        expect(document.closing.length > 0).toBe(row.has_closer === 'yes');
      }
      expect(document.frontMatter.frus).toMatchObject({
        kind: row.subtype === 'editorial-note' ? 'editorial-note' : 'document',
      });
    });
  }

  it.each(Object.entries(EXPECTED))('%s: points, source note, footnotes, closing', (id, expected) => {
    const { document } = read(id);
    expect(document.title).toBe(expected.title);
    expect(document.isoDate).toBe(expected.isoDate);
    expect(document.points.map((p) => `${p.marker} ${p.text.split(/\s+/).slice(0, 3).join(' ')}`)).toEqual(
      expected.points,
    );
    expect((document.source ?? '').slice(0, 60)).toBe(expected.source);
    expect(document.notes).toHaveLength(expected.notes);
    expect(document.closing.map((c) => c.slice(0, 40))).toEqual(expected.closing);
  });

  it('keeps the telegram number out of the points and the footnotes out of the text', async () => {
    const { document } = read('frus1969-76v19p1-d18');
    expect(document.points.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(document.points[0]?.text.startsWith('President Park asked me')).toBe(true);
    expect(document.closing).toEqual(['Porter']);
    expect(document.notes[0]).toMatch(/^\[2\] Major General James Knapp/);
    expect(document.date).toBe('April 18, 1969, 0300Z');
    expect(document.isoDate).toBe('1969-04-18T03:00:00+00:00');
    const { stdout } = await cli(['point', '2', '--doc', join(dir, 'frus1969-76v19p1-d18.md')]);
    expect(stdout).toMatch(/^2\. He said that after Blue House\/Pueblo incidents of last year\[3\]/);
    expect(stdout).toContain('[Page 44]');
  });

  it('keeps every redaction visibly, as printed', () => {
    const xml = readFileSync(volumeFile('frus1969-76v19p1'), 'utf8')
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ');
    const printed = [...xml.matchAll(/\[[^\]]*not declassified\]/g)].map((m) => m[0]);
    expect(printed.length).toBeGreaterThan(5);
    const imported = readdirSync(dir)
      .filter((f) => f.startsWith('frus1969-76v19p1-'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\[[^\]]*not declassified\]/g)].map((m) => m[0]));
    expect(imported.sort()).toEqual(printed.sort());
  });

  it('makes each item of a list inside a paragraph a point of its own', () => {
    const { document } = read('frus1969-76v19p1-d5');
    expect(document.points.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(document.points[0]?.text).toMatch(/^The U\.S\. should maintain two divisions/);
    expect(document.preamble.at(-1)).toMatch(/He suggested four major steps:$/);
  });

  it('keeps the page numbers, the participants as preamble, the terms and persons in the front matter', () => {
    const { document } = read('frus1969-76v19p1-d5');
    expect(document.frontMatter.frus).toMatchObject({ pages: ['8', '9', '10'], place: 'Washington' });
    expect(document.preamble).toContain('PARTICIPANTS:');
    expect((document.frontMatter.frus as { glossary: Record<string, string> }).glossary).toMatchObject({
      t_NSC1: 'NSC, National Security Council',
    });
    const telegram = read('frus1969-76v19p1-d18').document.frontMatter.frus as { persons: Record<string, string> };
    expect(telegram.persons).toMatchObject({
      p_PWJ1: 'Porter, William J., Ambassador to the ROK until August 18, 1971',
    });
  });
});

describe('a volume of the 1890s: no editors, no volume number, enclosures', () => {
  it('reads the old header, the head "No. 2.", the document\'s own dateline and its enclosure in order', async () => {
    const into = tempDir();
    const { code, stdout } = await cli(['import', volumeFile('frus1894Nicaragua'), '--dir', into]);
    expect(code).toBe(0);
    expect(stdout).toContain('frus1894Nicaragua: 2 documents imported');
    const path = join(into, 'frus1894Nicaragua-d2.md');
    const { document } = parseDocument(readFileSync(path, 'utf8'), { path });
    expect(document.title).toBe('Mr. Gresham to Mr. Baker.');
    expect(document.isoDate).toBe('1894-02-01');
    expect(document.frontMatter.frus).toMatchObject({
      from: 'Gresham',
      to: 'Baker',
      place: 'Department of State, Washington',
    });
    const text = readFileSync(path, 'utf8');
    const order = [
      'I am, etc.,',
      'W. Q. Gresham.',
      '[Inclosure in No. 2.]',
      'Mr. Herbert to Mr. Gresham.',
      'Navy Department, Washington, January 27, 1894.',
    ];
    expect(order.map((line) => text.indexOf(line))).toEqual(
      order.map((line) => text.indexOf(line)).sort((a, b) => a - b),
    );
    expect(order.every((line) => text.includes(line))).toBe(true);
    const archive = await cli(['cite', '--doc', path, '--style', 'archive']);
    expect(archive.stdout).toBe(
      'Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory) (Washington: Government Printing Office, 1895), Document 2. https://history.state.gov/historicaldocuments/frus1894Nicaragua/d2\n',
    );
    const chicago = await cli(['cite', '--doc', path, '--style', 'chicago']);
    expect(chicago.stdout).toBe(
      'Gresham to Baker, Department of State, Washington, February 1, 1894, in Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory) (Washington: Government Printing Office, 1895), doc. 2, https://history.state.gov/historicaldocuments/frus1894Nicaragua/d2.\n',
    );
  });
});

describe('FRUS documents read like any other', () => {
  it('lists by archive with --source', async () => {
    const frus = await cli(['list', '--dir', dir, '--source', 'frus', '--format', 'tsv']);
    expect(frus.code).toBe(0);
    expect(frus.stdout.trimEnd().split('\n')).toHaveLength(46); // a header and 45 documents
    expect(frus.stdout).not.toContain('121767');
    const wilson = await cli(['list', '--dir', dir, '--source', 'wilson', '--format', 'tsv']);
    expect(wilson.stdout.trimEnd().split('\n').slice(1)).toEqual([expect.stringMatching(/^121767\t1949-02\t/)]);
    const wrong = await cli(['list', '--dir', dir, '--source', 'state']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('wilson, frus, other');
  });

  it('finds one phrase in a Wilson and a FRUS document in one search', async () => {
    const { code, stdout } = await cli(['search', '"the Chinese"', '--dir', dir, '--limit', '100', '--json']);
    expect(code).toBe(0);
    const ids = new Set((JSON.parse(stdout) as Array<{ id: string }>).map((hit) => hit.id));
    expect(ids.has('121767')).toBe(true);
    expect([...ids].some((id) => id.startsWith('frus1955-57v02-'))).toBe(true);
    const frusOnly = await cli(['search', '"the Chinese"', '--dir', dir, '--source', 'frus', '--json']);
    expect((JSON.parse(frusOnly.stdout) as Array<{ id: string }>).every((hit) => hit.id.startsWith('frus'))).toBe(true);
  });

  it('spells out the abbreviations of the volume where first used with show --gloss', async () => {
    const path = join(dir, 'frus1955-57v02-d11.md');
    const plain = await cli(['show', '--doc', path]);
    const glossed = await cli(['show', '--doc', path, '--gloss']);
    expect(plain.stdout).not.toContain('[night action');
    const flat = glossed.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('Top Secret; Niact [night action; communications indicator requiring attention');
    expect(flat.split('[night action').length).toBe(2);
    const json = JSON.parse((await cli(['show', '--doc', path, '--gloss', '--json'])).stdout) as { source: string };
    expect(json.source).toContain('Niact [night action;');
  });

  it('checks clean: no error, no summary asked of a FRUS document', async () => {
    const { code, stdout, stderr } = await cli(['check', '--dir', dir]);
    expect(code).toBe(0);
    expect(stdout + stderr).not.toContain('missing-summary');
    expect(stdout + stderr).toMatch(/46 documents checked: 0 errors/);
  });
});

// Checked against the Office of the Historian's "Citing FRUS" page (archive) and CMOS 14.111 (chicago).
const CITATIONS: Array<[string, string, string]> = [
  [
    'frus1955-57v02-d1',
    'Foreign Relations of the United States, 1955–1957, Volume II, China, ed. Harriet D. Schwar (Washington: Government Printing Office, 1986), Document 1. https://history.state.gov/historicaldocuments/frus1955-57v02/d1',
    'Secretary of State to Lay, memorandum, Washington, January 4, 1955, in Foreign Relations of the United States, 1955–1957, vol. 2, China, ed. Harriet D. Schwar (Washington: Government Printing Office, 1986), doc. 1, https://history.state.gov/historicaldocuments/frus1955-57v02/d1.',
  ],
  [
    'frus1955-57v02-d3',
    'Foreign Relations of the United States, 1955–1957, Volume II, China, ed. Harriet D. Schwar (Washington: Government Printing Office, 1986), Document 3. https://history.state.gov/historicaldocuments/frus1955-57v02/d3',
    'Editorial note, in Foreign Relations of the United States, 1955–1957, vol. 2, China, ed. Harriet D. Schwar (Washington: Government Printing Office, 1986), doc. 3, https://history.state.gov/historicaldocuments/frus1955-57v02/d3.',
  ],
  [
    'frus1955-57v02-d11',
    'Foreign Relations of the United States, 1955–1957, Volume II, China, ed. Harriet D. Schwar (Washington: Government Printing Office, 1986), Document 11. https://history.state.gov/historicaldocuments/frus1955-57v02/d11',
    'Lodge to Department of State, telegram, New York, January 13, 1955—midnight, in Foreign Relations of the United States, 1955–1957, vol. 2, China, ed. Harriet D. Schwar (Washington: Government Printing Office, 1986), doc. 11, https://history.state.gov/historicaldocuments/frus1955-57v02/d11.',
  ],
  [
    'frus1969-76v19p1-d5',
    'Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972, eds. Daniel J. Lawler and Erin R. Mahan (Washington: Government Printing Office, 2009), Document 5. https://history.state.gov/historicaldocuments/frus1969-76v19p1/d5',
    'Memorandum of conversation, Washington, April 1, 1969, in Foreign Relations of the United States, 1969–1976, vol. 19, pt. 1, Korea, 1969–1972, ed. Daniel J. Lawler and Erin R. Mahan (Washington: Government Printing Office, 2009), doc. 5, https://history.state.gov/historicaldocuments/frus1969-76v19p1/d5.',
  ],
  [
    'frus1969-76v19p1-d7',
    'Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972, eds. Daniel J. Lawler and Erin R. Mahan (Washington: Government Printing Office, 2009), Document 7. https://history.state.gov/historicaldocuments/frus1969-76v19p1/d7',
    'Paper, Washington, April 15, 1969, in Foreign Relations of the United States, 1969–1976, vol. 19, pt. 1, Korea, 1969–1972, ed. Daniel J. Lawler and Erin R. Mahan (Washington: Government Printing Office, 2009), doc. 7, https://history.state.gov/historicaldocuments/frus1969-76v19p1/d7.',
  ],
  [
    'frus1969-76v19p1-d18',
    'Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972, eds. Daniel J. Lawler and Erin R. Mahan (Washington: Government Printing Office, 2009), Document 18. https://history.state.gov/historicaldocuments/frus1969-76v19p1/d18',
    'Embassy in Korea to Department of State, telegram, Seoul, April 18, 1969, 0300Z, in Foreign Relations of the United States, 1969–1976, vol. 19, pt. 1, Korea, 1969–1972, ed. Daniel J. Lawler and Erin R. Mahan (Washington: Government Printing Office, 2009), doc. 18, https://history.state.gov/historicaldocuments/frus1969-76v19p1/d18.',
  ],
];

describe('FRUS citations', () => {
  it.each(CITATIONS)('%s: the recommended citation and the Chicago note', async (id, archive, chicago) => {
    const path = join(dir, `${id}.md`);
    expect((await cli(['cite', '--doc', path, '--style', 'archive'])).stdout).toBe(`${archive}\n`);
    expect((await cli(['cite', '--doc', path, '--style', 'chicago'])).stdout).toBe(`${chicago}\n`);
  });

  it('pinpoints a numbered paragraph or a page', async () => {
    const path = join(dir, 'frus1969-76v19p1-d18.md');
    const para = await cli(['cite', '--doc', path, '--style', 'chicago-short', '--point', '2']);
    expect(para.stdout).toBe(
      'Embassy in Korea to Department of State, April 18, 1969, 0300Z, FRUS, 1969–1976, vol. 19, pt. 1, doc. 18, para. 2.\n',
    );
    const page = await cli(['cite', '--doc', path, '--style', 'chicago', '--page', '44']);
    expect(page.stdout).toContain('doc. 18, 44, https://');
    const shortPage = await cli(['cite', '--doc', path, '--style', 'chicago-short', '--page', '44']);
    expect(shortPage.stdout).toMatch(/doc\. 18, 44\.\n$/);
    const offPage = await cli(['cite', '--doc', path, '--style', 'chicago', '--page', '300']);
    expect(offPage.code).toBe(2);
    expect(offPage.stderr).toBe(
      'cable: document frus1969-76v19p1-d18 is not on page 300; it is printed on pages 43–44\n',
    );
  });

  it('cites pages for a volume that numbers no documents (before 1955–57)', async () => {
    const text = readFileSync(join(dir, 'frus1969-76v19p1-d5.md'), 'utf8').replace('document: "5"', 'document: ""');
    const path = join(tempDir(), 'unnumbered.md');
    writeFileSync(path, text);
    const note = await cli(['cite', '--doc', path, '--style', 'chicago']);
    expect(note.stdout).toContain('(Washington: Government Printing Office, 2009), 8–10, https://');
    const short = await cli(['cite', '--doc', path, '--style', 'chicago-short', '--page', '9']);
    expect(short.stdout).toBe('Memorandum of Conversation, April 1, 1969, FRUS, 1969–1976, vol. 19, pt. 1, 9.\n');
  });

  it.each(['apa', 'mla', 'bibtex', 'ris', 'csl-json', 'chicago-author-date'])(
    '%s: a part of an edited volume, never the Wilson Center, never n.d.',
    async (style) => {
      const { code, stdout } = await cli(['cite', '--doc', join(dir, 'frus1969-76v19p1-d18.md'), '--style', style]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/Lawler/);
      expect(stdout).not.toMatch(/Wilson|Digital Archive|n\.d\./);
      expect(stdout).toMatch(/2009/);
      const types: Record<string, RegExp> = {
        'csl-json': /"type": "chapter"/,
        ris: /^TY {2}- CHAP$/m,
        bibtex: /^@incollection\{/,
      };
      if (types[style]) expect(stdout).toMatch(types[style]);
    },
  );
});

describe('cable import: bad input', () => {
  it('refuses a malformed volume with its line and column, and imports nothing from it', async () => {
    const into = tempDir();
    const broken = join(tempDir(), 'frus1969-76v19p1.xml');
    const text = readFileSync(volumeFile('frus1969-76v19p1'), 'utf8');
    // Cut a closing tag in the middle of the volume: the first documents are well formed, the file is not.
    const at = text.indexOf('</p>', Math.floor(text.length * 0.7));
    writeFileSync(broken, `${text.slice(0, at)}</q>${text.slice(at + 4)}`);
    const { code, stdout, stderr } = await cli(['import', broken, '--dir', into]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^cable: ${broken.replace(/[.]/g, '\\.')}:\\d+:\\d+: `));
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
    expect(readdirSync(into)).toEqual([]);
  });

  it('refuses TEI that is not a FRUS volume, saying what it expected', async () => {
    const other = join(tempDir(), 'letters.xml');
    writeFileSync(
      other,
      '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letters</title></titleStmt></fileDesc></teiHeader><text><body><p>Dear Sir</p></body></text></TEI>',
    );
    const into = tempDir();
    const { code, stderr } = await cli(['import', other, '--dir', into]);
    expect(code).toBe(1);
    expect(stderr).toContain('not a FRUS volume');
    expect(stderr).toContain('idno type="frus"');
    expect(readdirSync(into)).toEqual([]);
  });

  it.each([
    [
      'a volume id that is a path',
      (t: string) => t.replace('>frus1955-57v02</idno>', '>../../escaped</idno>'),
      /not a FRUS volume id: "\.\.\/\.\.\/escaped"/,
    ],
    [
      'a document id that is a path',
      (t: string) => t.replace('xml:id="d2"', 'xml:id="../d2"'),
      /without a usable xml:id \("\.\.\/d2"\)/,
    ],
    [
      'two documents with one id',
      (t: string) => t.replace('xml:id="d2"', 'xml:id="d1"'),
      /a second document with xml:id "d1"/,
    ],
  ])('refuses %s, writing nothing anywhere', async (_, change, message) => {
    const home = tempDir();
    const into = join(home, 'a', 'b');
    mkdirSync(into, { recursive: true });
    const volume = join(home, 'volume.xml');
    writeFileSync(volume, change(readFileSync(volumeFile('frus1955-57v02'), 'utf8')));
    const { code, stderr } = await cli(['import', volume, '--dir', into]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(readdirSync(into)).toEqual([]);
    expect(readdirSync(home).sort()).toEqual(['a', 'volume.xml']);
  });

  it('sends a volume given to add to import', async () => {
    const { code, stderr } = await cli(['add', volumeFile('frus1955-57v02'), '--dir', tempDir()]);
    expect(code).toBe(1);
    expect(stderr).toContain('not added: it is XML, not a Markdown document; a FRUS volume is read with `cable import');
  });

  it('skips documents already present unless --force', async () => {
    const into = tempDir();
    await cli(['import', volumeFile('frus1955-57v02'), '--dir', into]);
    const path = join(into, 'frus1955-57v02-d1.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('John Foster Dulles', 'J. F. Dulles'));
    const again = await cli(['import', volumeFile('frus1955-57v02'), '--dir', into]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('20 already present (--force replaces them)');
    expect(readFileSync(path, 'utf8')).toContain('J. F. Dulles');
    const forced = await cli(['import', volumeFile('frus1955-57v02'), '--dir', into, '--force']);
    expect(forced.stdout).toContain('20 documents imported');
    expect(readFileSync(path, 'utf8')).toContain('John Foster Dulles');
  });
});
