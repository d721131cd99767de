import { type ArchiveDocument, type Diagnostic, type ParseResult, SECTIONS } from '../model/index.js';
import { type Block, type ParagraphBlock, splitBlocks } from './blocks.js';
import { toIsoDate } from './dates.js';
import { splitFrontMatter } from './frontMatter.js';
import { layoutParagraphs } from './layout.js';
import { splitBody } from './points.js';
import { normaliseNewlines, oneLine, unwrapEmphasis } from './text.js';

export { toIsoDate } from './dates.js';
export { numberToRoman, ORDINALS, readMarker, romanToNumber } from './markers.js';

export interface ParseOptions {
  /** Where the text came from; gives the document its id when the URL does not. */
  path: string;
}

/** The archive's `### Heading:` names, lower-cased, to the model field each fills. */
const SECTION_HEADINGS = new Map(
  SECTIONS.filter((s) => s.fromHeading && s.heading !== null).map((s) => [(s.heading ?? '').toLowerCase(), s.field]),
);

/** An ISO 8601 date, partial or with a time: 1949, 1949-02, 1949-02-06, 1969-04-18T03:00:00+00:00. */
const ISO = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const URL_PATTERN = /<?(https?:\/\/[^\s<>]+)>?/g;

/** The archive's citation on one line, with "<url>" turned into a plain URL. */
function citationLine(raw: string): string {
  return oneLine(raw).replace(URL_PATTERN, '$1').replace(/\s+/g, ' ');
}

function lastUrl(text: string): string | null {
  const urls = [...text.matchAll(URL_PATTERN)].map((m) => m[1] ?? '');
  const url = urls[urls.length - 1];
  return url ? url.replace(/[.,;)]+$/, '') : null;
}

function listItems(raw: string): string[] {
  return raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => l.replace(/^([-*+]|\d+[.)])\s+/, ''));
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|markdown)$/i, '');
}

/**
 * A document's id: the archive's own number (the end of its URL, or a
 * numeric file name), else the file name without ".md".
 */
export function deriveId(path: string, url: string | null): string {
  const fromUrl = url ? (/\/document\/(\d+)\/?(?:[?#].*)?$/.exec(url) ?? /\/(\d+)\/?$/.exec(url)) : null;
  if (fromUrl?.[1]) return fromUrl[1];
  return baseName(path);
}

interface Header {
  title: string | null;
  date: string | null;
  dateLine: number;
  titleLine: number;
  sections: Partial<Record<string, string>>;
  bodyStart: number;
}

function readHeader(blocks: Block[]): Header {
  const header: Header = { title: null, date: null, dateLine: 0, titleLine: 0, sections: {}, bodyStart: 0 };
  let i = 0;
  for (; i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.kind !== 'heading') break;
    const text = unwrapEmphasis(block.text);
    if (block.level === 1 && header.title === null) {
      header.title = text;
      header.titleLine = block.line;
    } else if (block.level === 2 && header.date === null) {
      header.date = text;
      header.dateLine = block.line;
    } else if (block.level >= 3) {
      const section = SECTION_HEADINGS.get(text.replace(/:$/, '').trim().toLowerCase());
      const next = blocks[i + 1];
      // A section cable does not know, or one given twice, starts the body: no text is dropped.
      if (section === undefined || header.sections[section] !== undefined || next?.kind !== 'paragraph') break;
      header.sections[section] = next.text;
      i++;
    } else {
      break;
    }
  }
  header.bodyStart = i;
  return header;
}

/**
 * Parses one archive document. Pure: text in, model and diagnostics out.
 * It never throws on content; problems come back as diagnostics.
 */
export function parseDocument(source: string, options: ParseOptions): ParseResult {
  const text = normaliseNewlines(source);
  const front = splitFrontMatter(text);
  const diagnostics: Diagnostic[] = [...front.diagnostics];
  const blocks = splitBlocks(front.content, front.lineOffset + 1);
  const header = readHeader(blocks);
  const paragraphs = blocks
    .slice(header.bodyStart)
    .map((b) =>
      b.kind === 'paragraph' ? b : ({ kind: 'paragraph', text: b.raw, line: b.line } satisfies ParagraphBlock),
    );
  const body = splitBody(layoutParagraphs(paragraphs));
  for (const diagnostic of body.diagnostics) diagnostics.push(diagnostic);

  const s = header.sections;
  const citation = s.citation === undefined ? null : citationLine(s.citation);
  const url = citation === null ? null : lastUrl(citation);
  // A document may state its ISO date in its front matter (a FRUS import does, with the time): that wins.
  const declared = typeof front.data.isoDate === 'string' && ISO.test(front.data.isoDate) ? front.data.isoDate : null;
  const isoDate = declared ?? (header.date === null ? null : toIsoDate(header.date));

  if (header.title === null) {
    diagnostics.push({
      severity: 'error',
      line: 1,
      code: 'missing-title',
      message: 'no title: add a "# Title" heading',
    });
  }
  // A FRUS editorial note may have no date at all: the volume prints none.
  const frus = front.data.frus as { kind?: unknown } | undefined;
  const undatedNote = typeof frus === 'object' && frus !== null && frus.kind === 'editorial-note';
  if (header.date === null && !undatedNote) {
    diagnostics.push({
      severity: 'error',
      line: 1,
      code: 'missing-date',
      message: 'no date: add a "## Month DD, YYYY" heading',
    });
  } else if (header.date !== null && isoDate === null) {
    diagnostics.push({
      severity: 'error',
      line: header.dateLine,
      code: 'unreadable-date',
      message: `cannot read the date "${header.date}": write it like "February, 1949", "July 28, 1948" or "1956"`,
    });
  }

  const document: ArchiveDocument = {
    id: deriveId(options.path, url),
    path: options.path,
    title: header.title,
    date: header.date,
    isoDate,
    citation,
    url,
    summary: s.summary === undefined ? null : oneLine(s.summary),
    credits: s.credits === undefined ? null : oneLine(s.credits),
    ...(s.source === undefined ? {} : { source: oneLine(s.source) }),
    originalLanguage: s.originalLanguage === undefined ? null : oneLine(s.originalLanguage),
    contents: s.contents === undefined ? [] : listItems(s.contents),
    preamble: body.preamble,
    points: body.points,
    closing: body.closing,
    notes: body.notes,
    frontMatter: front.data,
  };
  return { document, diagnostics };
}
