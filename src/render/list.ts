import { type ArchiveDocument, type ListEntry, listEntry } from '../model/index.js';
import { compareDocuments } from '../query/filter.js';
import { widest } from '../text/widest.js';
import { truncate } from './plain.js';
import type { Renderer } from './renderer.js';
import { safeText } from './safe.js';
import type { Style } from './style.js';
import { fitLines } from './wrap.js';

/** Long slug ids are cut in the table; any unique prefix still works with --doc. */
const MAX_ID_WIDTH = 24;

const cell = (text: string, width: number): string => {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text + ' '.repeat(width - chars.length);
};

export interface ListRow {
  id: string;
  date: string;
  language: string;
  points: number;
  title: string;
}

export function listRow(entry: ListEntry): ListRow {
  return {
    id: safeText(entry.id),
    // The day: a FRUS telegram's isoDate has its time too.
    date: (entry.isoDate ?? '?').slice(0, 10),
    language: safeText(entry.language ?? '-'),
    points: entry.points,
    title: safeText(entry.title ?? '(untitled)'),
  };
}

/** `cable list`: a table with the title last, cut to the width when there is one. */
export function renderList(entries: ListEntry[], style: Style, width: number | undefined): string {
  const rows = entries.map(listRow);
  // On a terminal narrower than 80 columns a long slug id gives up columns to the title: a quarter of the width.
  const idCap = width === undefined || width >= 80 ? MAX_ID_WIDTH : Math.max(8, Math.floor(width / 4));
  const idWidth = Math.min(
    idCap,
    widest(
      rows.map((r) => [...r.id].length),
      2,
    ),
  );
  const languageWidth = Math.min(
    12,
    widest(
      rows.map((r) => [...r.language].length),
      8,
    ),
  );
  const head = `${cell('ID', idWidth)}  ${cell('DATE', 10)}  ${cell('LANGUAGE', languageWidth)}  PTS  TITLE`;
  const titleWidth =
    width === undefined ? undefined : Math.max(10, width - (idWidth + 2 + 10 + 2 + languageWidth + 2 + 3 + 2));
  const lines = rows.map((r) => {
    const title = titleWidth === undefined ? r.title : truncate(r.title, titleWidth);
    return `${cell(r.id, idWidth)}  ${cell(r.date, 10)}  ${cell(r.language, languageWidth)}  ${String(r.points).padStart(3)}  ${title}`;
  });
  return [style.dim(head), ...lines].join('\n');
}

/** Tab-separated, one line per document, a header first: for spreadsheets and `cut`. */
export function renderTsv(entries: ListEntry[]): string {
  const clean = (s: string): string => s.replace(/[\t\n]/g, ' ');
  const lines = entries
    .map(listRow)
    .map((r) => [r.id, r.date, r.language, String(r.points), r.title].map(clean).join('\t'));
  return ['id\tdate\tlanguage\tpoints\ttitle', ...lines].join('\n');
}

/** The documents an ambiguous --doc could mean, by date: id (cut, any unique prefix works), date, title. */
export function describeCandidates(docs: ArchiveDocument[]): string {
  const rows = [...docs].sort(compareDocuments('date')).map(listEntry).map(listRow);
  const idWidth = Math.min(MAX_ID_WIDTH, widest(rows.map((r) => [...r.id].length)));
  return rows.map((r) => `  ${cell(r.id, idWidth)}  ${cell(r.date, 10)}  ${r.title}`).join('\n');
}

/**
 * `cable list`: a table on a terminal or in a pipe, TSV for spreadsheets (both from the entries the index keeps),
 * the documents themselves for `--json`.
 */
export const listRenderer: Renderer<{ entries: ListEntry[]; documents: ArchiveDocument[] | null }> = {
  text: ({ entries }, ctx) => {
    const table = renderList(entries, ctx.style, ctx.tableWidth);
    // On a narrow terminal the fixed columns alone may not fit: no row may wrap.
    return ctx.tableWidth === undefined ? table : fitLines(table, ctx.tableWidth);
  },
  tsv: ({ entries }) => renderTsv(entries),
  json: ({ documents }) => documents ?? [],
};
