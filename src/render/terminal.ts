import { Chalk } from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { type ArchiveDocument, type Point, SECTIONS, type Section, sectionText } from '../model/index.js';
import { escapeMarkdown } from './safe.js';
import type { Style } from './style.js';
import { linkUrls, wrapLines } from './wrap.js';

export interface TerminalOptions {
  style: Style;
  width: number;
  /** Whether the terminal understands OSC 8 hyperlinks. */
  hyperlinks: boolean;
}

const contentsList = (doc: ArchiveDocument): string => doc.contents.map((c) => `- ${escapeMarkdown(c)}`).join('\n');

function pointsMarkdown(points: Point[]): string[] {
  return points.flatMap((point) => {
    const [first = '', ...rest] = point.text.split('\n\n');
    return [`**${escapeMarkdown(point.marker)}** ${escapeMarkdown(first)}`, ...rest.map(escapeMarkdown)];
  });
}

/** Replaced by a rule of the output's width after rendering (marked-terminal would measure process.stdout). */
const RULE = '\uE000rule\uE000';

function bodyMarkdown(doc: ArchiveDocument): string[] {
  const notes = doc.notes.length > 0 ? [RULE, ...doc.notes.map(escapeMarkdown)] : [];
  return [
    ...doc.preamble.map(escapeMarkdown),
    ...pointsMarkdown(doc.points),
    ...doc.closing.map(escapeMarkdown),
    ...notes,
  ];
}

/** The whole document as Markdown: our structure, the document's words escaped so they print as published. */
export function documentMarkdown(doc: ArchiveDocument): string {
  const parts: string[] = [`# ${escapeMarkdown(doc.title ?? '(untitled)')}`];
  if (doc.date) parts.push(`*${escapeMarkdown(doc.date)}*`);
  // The header sections under their headings, in the archive's order.
  for (const section of SECTIONS) {
    if (section.heading === null) continue;
    const markdown = sectionMarkdown(doc, section);
    if (markdown !== null) parts.push(`## ${section.heading}`, markdown);
  }
  parts.push(RULE);
  for (const part of bodyMarkdown(doc)) parts.push(part);
  return `${parts.join('\n\n')}\n`;
}

/** One section as Markdown, drawn by its shape, or null when the document lacks it. */
export function sectionMarkdown(doc: ArchiveDocument, section: Section): string | null {
  const paragraphs = (values: string[]): string | null =>
    values.length === 0 ? null : values.map(escapeMarkdown).join('\n\n');
  switch (section.shape) {
    case 'text': {
      const value = sectionText(doc, section);
      return value === null ? null : escapeMarkdown(value);
    }
    case 'list':
      return doc.contents.length === 0 ? null : contentsList(doc);
    case 'paragraphs':
      return paragraphs(section.value(doc) as string[]);
    case 'points':
      return doc.points.length === 0 ? null : pointsMarkdown(doc.points).join('\n\n');
    case 'body':
      return bodyMarkdown(doc).join('\n\n');
  }
}

/**
 * Renders Markdown for the terminal with marked-terminal, in cable's colours
 * (none when colour is off), then wraps it by display width and links URLs.
 * marked-terminal's own reflow counts UTF-16 units, which breaks Chinese and
 * Vietnamese lines, so it is off and wrapLines does the wrapping.
 */
export async function renderMarkdown(markdown: string, { style, width, hyperlinks }: TerminalOptions): Promise<string> {
  const c = new Chalk({ level: style.level });
  const marked = new Marked(
    // No GFM: a bare URL in a document stays text here, and is linked below only where the terminal can.
    { gfm: false },
    markedTerminal({
      width,
      reflowText: false,
      showSectionPrefix: false,
      emoji: false,
      tab: 2,
      firstHeading: c.bold.underline,
      heading: c.bold,
      strong: c.bold,
      em: c.italic,
      blockquote: c.italic,
      hr: (s: string) => c.dim(s),
      code: c.reset,
      codespan: c.reset,
      html: c.reset,
      del: c.strikethrough,
      link: c.blue,
      href: c.blue.underline,
      listitem: c.reset,
      paragraph: c.reset,
      table: c.reset,
    }),
  );
  const rendered = (marked.parse(markdown, { async: false }) as string).replace(/\n{3,}/g, '\n\n').trimEnd();
  // The rule goes in after wrapping: it is exactly as wide as the lines, and measuring it costs more than drawing it.
  return (await wrapLines(hyperlinks ? linkUrls(rendered) : rendered, width)).replaceAll(
    RULE,
    c.dim('─'.repeat(width)),
  );
}

export function renderDocument(doc: ArchiveDocument, options: TerminalOptions): Promise<string> {
  return renderMarkdown(documentMarkdown(doc), options);
}

export async function renderSection(
  doc: ArchiveDocument,
  key: Section,
  options: TerminalOptions,
): Promise<string | null> {
  const markdown = sectionMarkdown(doc, key);
  return markdown === null ? null : renderMarkdown(markdown, options);
}
