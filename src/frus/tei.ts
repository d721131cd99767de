import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * Reads a volume of Foreign Relations of the United States, as the Office of
 * the Historian publishes it (TEI XML, one file a volume), as a stream: text
 * goes in chunk by chunk, and each document comes out as soon as its
 * `<div type="document">` closes, so memory stays bounded whatever the
 * volume's size. Pure: no files here (the store streams the file in).
 */

/** What the volume's header says, for the recommended citation. */
export interface FrusVolume {
  id: string;
  series: string;
  subSeries: string;
  volumeNumber: string;
  volumeTitle: string;
  /** Editors with role "primary" (the General Editor is left out, as the Citing FRUS page says). */
  editors: string[];
  year: string;
  place: string;
}

export interface FrusParagraph {
  /** The paragraph's text, footnote calls as "[n]", page breaks as "[Page n]". */
  text: string;
  /** Where it stands: before the numbered text, in it, or after it. */
  part: 'preamble' | 'body' | 'closing';
}

export interface FrusDocument {
  /** The volume's own id for it: d18. */
  xmlId: string;
  /** Its number in the volume ("18"), or null where the volume has none. */
  n: string | null;
  editorialNote: boolean;
  /** The head without its notes: "Telegram From the Embassy in Korea to the Department of State". */
  title: string;
  from: string | null;
  to: string | null;
  place: string | null;
  /** The dateline's date as printed ("April 18, 1969, 0300Z"), or null. */
  printedDate: string | null;
  /** ISO from the dateline's @when (or @from), else frus:doc-dateTime-min; time kept where given. */
  when: string | null;
  /** The source note ("Source: Department of State, Central Files…"), never among the footnotes. */
  source: string | null;
  paragraphs: FrusParagraph[];
  footnotes: Array<{ n: string; text: string }>;
  /** Pages the document stands on (from <pb n>), in order. */
  pages: string[];
  /** The terms and persons the document refers to, from the volume's lists: id → text. */
  glossary: Record<string, string>;
  persons: Record<string, string>;
}

export interface VolumeReader {
  write(chunk: string): void;
  close(): void;
}

/** A malformed volume: the XML parser's message, with its line and column. */
export class TeiError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** A FRUS volume or document id: letters, digits, - and _, at most 100 characters (it names a file). */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/**
 * An old volume's title, where the header gives only the complete title: "Foreign Relations of the United States,
 * 1894, Nicaragua (Mosquito Territory)" after the series "Foreign Relations of the United States, 1894".
 */
function volumeTitleFrom(complete: string, series: string): string {
  return series !== '' && complete.startsWith(series) ? complete.slice(series.length).replace(/^[\s,]+/, '') : '';
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

interface Frame {
  name: string;
  attributes: Record<string, string>;
}

/** Text being gathered: a paragraph, a head, a note. */
interface Sink {
  text: string;
}

export function createVolumeReader(handlers: {
  volume(volume: FrusVolume): void;
  document(document: FrusDocument, volume: FrusVolume): void;
}): VolumeReader {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Frame[] = [];
  const header: Record<string, string> = {};
  const editors: string[] = [];
  const terms = new Map<string, string>();
  const persons = new Map<string, string>();
  const seenIds = new Set<string>();
  let volume: FrusVolume | null = null;
  let listItem: { kind: 'terms' | 'names'; id: string | null; text: string } | null = null;
  let doc: (FrusDocument & { depth: number; seenBody: boolean; dated: boolean }) | null = null;
  const sinks: Sink[] = [];
  let headerText: { key: string; text: string } | null = null;
  let noteDepth = 0;
  let note: { n: string; source: boolean; text: string } | null = null;

  const inside = (name: string): boolean => stack.some((f) => f.name === name);
  const attr = (tag: SaxesTagPlain, name: string): string => String(tag.attributes[name] ?? '');

  const addText = (text: string): void => {
    if (headerText) headerText.text += text;
    if (listItem) listItem.text += text;
    if (note) note.text += text;
    else for (const sink of sinks) sink.text += text;
  };

  const ensureVolume = (): FrusVolume => {
    if (volume) return volume;
    volume = {
      id: header.idno ?? '',
      series: header.series ?? 'Foreign Relations of the United States',
      subSeries: header['sub-series'] ?? '',
      volumeNumber: header['volume-number'] ?? '',
      volumeTitle: header.volume || volumeTitleFrom(header.complete ?? '', header.series ?? ''),
      editors,
      year: header.year ?? '',
      place: header.pubPlace ?? 'Washington',
    };
    if (volume.id === '') throw new TeiError('not a FRUS volume: the header has no <idno type="frus">', 1, 1);
    // The id names files: only what FRUS ids are made of (frus1969-76v19p1), never a path.
    if (!SAFE_ID.test(volume.id)) {
      throw new TeiError(`not a FRUS volume id: "${volume.id.slice(0, 80)}"`, parser.line, parser.column);
    }
    handlers.volume(volume);
    return volume;
  };

  parser.on('opentag', (tag) => {
    const frame: Frame = { name: tag.name, attributes: tag.attributes as Record<string, string> };
    if (stack.length === 0 && tag.name !== 'TEI') {
      throw new TeiError(`not a TEI file: the root element is <${tag.name}>, not <TEI>`, 1, 1);
    }
    stack.push(frame);
    if (inside('teiHeader')) {
      if (tag.name === 'title' && inside('titleStmt')) headerText = { key: attr(tag, 'type'), text: '' };
      else if (tag.name === 'editor' && attr(tag, 'role') === 'primary') headerText = { key: 'editor', text: '' };
      else if (tag.name === 'idno' && attr(tag, 'type') === 'frus') headerText = { key: 'idno', text: '' };
      else if (tag.name === 'pubPlace' && inside('publicationStmt')) headerText = { key: 'pubPlace', text: '' };
      else if (tag.name === 'date' && inside('publicationStmt') && !inside('sourceDesc')) {
        const type = attr(tag, 'type');
        if (type === '' || type === 'publication-date') headerText = { key: 'year', text: '' };
      }
      return;
    }
    if (tag.name === 'list' && (attr(tag, 'type') === 'terms' || attr(tag, 'type') === 'names') && !doc) {
      listItem = null;
    }
    if (tag.name === 'item' && !doc) {
      const list = [...stack].reverse().find((f) => f.name === 'list');
      const kind = list?.attributes.type;
      if (kind === 'terms' || kind === 'names') listItem = { kind, id: null, text: '' };
    }
    if (listItem && (tag.name === 'term' || tag.name === 'persName') && attr(tag, 'xml:id') !== '') {
      listItem.id = attr(tag, 'xml:id');
    }
    if (tag.name === 'div' && attr(tag, 'type') === 'document' && !doc) {
      ensureVolume();
      const n = attr(tag, 'n');
      const xmlId = attr(tag, 'xml:id');
      if (!SAFE_ID.test(xmlId)) {
        throw new TeiError(
          `a <div type="document"> without a usable xml:id ("${xmlId.slice(0, 80)}")`,
          parser.line,
          parser.column,
        );
      }
      if (seenIds.has(xmlId))
        throw new TeiError(`a second document with xml:id "${xmlId}"`, parser.line, parser.column);
      seenIds.add(xmlId);
      doc = {
        xmlId,
        n: n === '' ? null : n,
        editorialNote: attr(tag, 'subtype') === 'editorial-note',
        title: '',
        from: null,
        to: null,
        place: null,
        printedDate: null,
        // Without a dateline date, the volume's own date for the document: its day, not a time of day.
        when: attr(tag, 'frus:doc-dateTime-min').slice(0, 10) || null,
        source: null,
        paragraphs: [],
        footnotes: [],
        // The page the document begins on: the last page break before it.
        pages: lastPage === '' ? [] : [lastPage],
        glossary: {},
        persons: {},
        depth: stack.length,
        seenBody: false,
        dated: false,
      };
      return;
    }
    if (tag.name === 'pb' && !doc) lastPage = attr(tag, 'n') || lastPage;
    if (!doc) return;
    if (tag.name === 'note') {
      noteDepth++;
      if (noteDepth === 1) {
        const source = attr(tag, 'type') === 'source';
        note = { n: attr(tag, 'n'), source, text: '' };
        if (!source && note.n !== '') for (const sink of sinks) sink.text += `[${note.n}]`;
      }
      return;
    }
    if (tag.name === 'pb') {
      const page = attr(tag, 'n');
      if (page !== '') {
        lastPage = page;
        if (!doc.pages.includes(page)) doc.pages.push(page);
        // Inside a paragraph, where it falls; between paragraphs, at the end of the one before (never before a marker).
        if (note) return;
        if (sinks.length > 0) for (const sink of sinks) sink.text += ` [Page ${page}] `;
        else {
          const last = doc.paragraphs.at(-1);
          if (last) last.text += ` [Page ${page}]`;
        }
      }
      return;
    }
    const target = attr(tag, 'target').replace(/^#/, '');
    if (tag.name === 'gloss' && target !== '') doc.glossary[target] = '';
    const corresp = attr(tag, 'corresp').replace(/^#/, '');
    if (tag.name === 'persName' && corresp !== '') doc.persons[corresp] = '';
    if (note) return;
    if (tag.name === 'lb') {
      // A line break inside a head or dateline ("No. 2.<lb/>Mr. Gresham…"): a space.
      for (const sink of sinks) sink.text += ' ';
      return;
    }
    if (tag.name === 'head' && stack.length === doc.depth + 1) sinks.push({ text: '' });
    else if (tag.name === 'head' && inside('frus:attachment') && !inside('list')) sinks.push({ text: '' });
    else if (tag.name === 'seg' && inside('opener') && !inside('dateline')) sinks.push({ text: '' });
    else if (tag.name === 'gloss' && inside('head') && (attr(tag, 'type') === 'from' || attr(tag, 'type') === 'to')) {
      sinks.push({ text: '' });
    } else if (
      tag.name === 'persName' &&
      inside('head') &&
      (attr(tag, 'type') === 'from' || attr(tag, 'type') === 'to')
    ) {
      sinks.push({ text: '' });
    } else if (tag.name === 'dateline') sinks.push({ text: '' });
    else if (tag.name === 'placeName' && inside('dateline')) sinks.push({ text: '' });
    else if (tag.name === 'date' && inside('dateline')) {
      const when = attr(tag, 'when') || attr(tag, 'from') || attr(tag, 'notBefore');
      // The document's own dateline, not that of an enclosure printed with it.
      if (when !== '' && !doc.dated && !inside('frus:attachment')) {
        doc.when = when;
        doc.dated = true;
      }
      sinks.push({ text: '' });
    } else if (
      (tag.name === 'p' || tag.name === 'item' || tag.name === 'signed' || tag.name === 'salute') &&
      !inside('head')
    ) {
      // A paragraph, or a list item: a paragraph of its own (a <label> before it opens it).
      if (!sinks.some((s) => s === paragraphSink)) {
        paragraphSink = { text: pendingLabel };
        pendingLabel = '';
        sinks.push(paragraphSink);
      }
    } else if (tag.name === 'label' && !inside('head')) {
      sinks.push({ text: '' });
    } else if (tag.name === 'head' && inside('list')) {
      sinks.push({ text: '' });
    } else if (tag.name === 'list' && paragraphSink) {
      // A list inside a paragraph ("four major steps: <list>…"): the words before it are a
      // paragraph, each item one of its own, and the words after it another.
      flushParagraph();
    }
  });

  const flushParagraph = (): void => {
    if (!doc || !paragraphSink) return;
    const index = sinks.indexOf(paragraphSink);
    if (index !== -1) sinks.splice(index, 1);
    const text = squash(paragraphSink.text);
    paragraphSink = null;
    if (text !== '') doc.paragraphs.push({ text, part: partOf() });
  };

  let paragraphSink: Sink | null = null;
  let lastPage = '';
  let pendingLabel = '';

  const partOf = (): FrusParagraph['part'] => {
    if (inside('closer') || inside('postscript')) return 'closing';
    if (inside('opener') || inside('dateline')) return 'preamble';
    const list = [...stack].reverse().find((f) => f.name === 'list');
    if (list && (list.attributes.type === 'subject' || list.attributes.type === 'participants')) return 'preamble';
    return 'body';
  };

  parser.on('text', addText);

  parser.on('closetag', (tag) => {
    if (headerText && inside('teiHeader')) {
      const { key, text } = headerText;
      const closes =
        (tag.name === 'title' && key !== 'editor' && key !== 'idno' && key !== 'pubPlace' && key !== 'year') ||
        (tag.name === 'editor' && key === 'editor') ||
        (tag.name === 'idno' && key === 'idno') ||
        (tag.name === 'pubPlace' && key === 'pubPlace') ||
        (tag.name === 'date' && key === 'year');
      if (closes) {
        if (key === 'editor') {
          // An old volume may name no editor: <editor role="primary"/>.
          if (squash(text) !== '') editors.push(squash(text));
        } else if (key === 'year') header.year ??= /\d{4}/.exec(text)?.[0] ?? squash(text);
        else header[key] ??= squash(text);
        headerText = null;
      }
    }
    if (tag.name === 'teiHeader') ensureVolume();
    if (listItem && tag.name === 'item' && !doc) {
      if (listItem.id) (listItem.kind === 'terms' ? terms : persons).set(listItem.id, squash(listItem.text));
      listItem = null;
    }
    stack.pop();
    if (tag.name === 'pb' && !doc) lastPage = attr(tag, 'n') || lastPage;
    if (!doc) return;
    if (tag.name === 'note') {
      noteDepth--;
      if (noteDepth === 0 && note) {
        const text = squash(note.text);
        if (note.source) doc.source = text;
        else doc.footnotes.push({ n: note.n, text });
        note = null;
      }
      return;
    }
    if (note) return;
    const sinkText = (): string => squash(sinks.pop()?.text ?? '');
    if (tag.name === 'head' && stack.length === doc.depth) {
      doc.title = sinkText()
        .replace(/^(?:No\.\s*)?\d+[A-Za-z]?\.\s*/, '')
        .replace(/\s*\[\d+\]\s*$/, '');
    } else if (tag.name === 'gloss' && inside('head') && tag.attributes.type) {
      const text = sinkText();
      if (tag.attributes.type === 'from') doc.from ??= text;
      if (tag.attributes.type === 'to') doc.to ??= text;
    } else if (
      tag.name === 'persName' &&
      inside('head') &&
      (tag.attributes.type === 'from' || tag.attributes.type === 'to')
    ) {
      const text = sinkText();
      if (tag.attributes.type === 'from') doc.from ??= text;
      if (tag.attributes.type === 'to') doc.to ??= text;
    } else if (tag.name === 'placeName' && inside('dateline')) {
      const text = sinkText();
      if (!inside('frus:attachment')) doc.place ??= text;
    } else if (tag.name === 'date' && inside('dateline')) {
      const text = sinkText();
      if (!inside('frus:attachment')) doc.printedDate ??= text;
    } else if (
      (tag.name === 'head' && inside('frus:attachment') && !inside('list')) ||
      (tag.name === 'seg' && inside('opener') && !inside('dateline'))
    ) {
      // An enclosure's head ("Mr. Herbert to Mr. Gresham."), an opener's "[Telegram.]": paragraphs as printed.
      const text = sinkText();
      if (text !== '') doc.paragraphs.push({ text, part: partOf() });
    } else if (tag.name === 'dateline') {
      const text = sinkText();
      if (text !== '') doc.paragraphs.push({ text, part: 'preamble' });
    } else if (tag.name === 'label' && !inside('head')) {
      pendingLabel = `${sinkText()} `;
    } else if (tag.name === 'head' && inside('list')) {
      const text = sinkText();
      if (text !== '') doc.paragraphs.push({ text: text.endsWith(':') ? text : `${text}:`, part: partOf() });
    } else if (
      (tag.name === 'p' || tag.name === 'item' || tag.name === 'signed' || tag.name === 'salute') &&
      paragraphSink
    ) {
      flushParagraph();
    } else if (tag.name === 'list' && !inside('head') && (inside('p') || inside('item'))) {
      paragraphSink = { text: '' };
      sinks.push(paragraphSink);
    }
    if (tag.name === 'div' && stack.length === doc.depth - 1) {
      const { depth: _depth, seenBody: _seen, dated: _dated, ...document } = doc;
      for (const id of Object.keys(document.glossary)) document.glossary[id] = terms.get(id) ?? '';
      for (const id of Object.keys(document.persons)) document.persons[id] = persons.get(id) ?? '';
      handlers.document(document, ensureVolume());
      doc = null;
      sinks.length = 0;
    }
  });

  parser.on('error', (error) => {
    throw new TeiError(error.message.replace(/^(?:.*?:)?\d+:\d+: /, '').replace(/\.$/, ''), parser.line, parser.column);
  });

  return {
    write: (chunk) => void parser.write(chunk),
    close: () => {
      parser.close();
      if (!volume) throw new TeiError('not a FRUS volume: no <teiHeader> with <idno type="frus">', parser.line, 1);
    },
  };
}
