import { NoSectionError } from '../errors.js';
import type { ArchiveDocument, Section } from '../model/index.js';
import type { Renderer } from './renderer.js';

export interface DocumentView {
  document: ArchiveDocument;
  /** One section, or the whole document. */
  section: Section | null;
}

/** `cable show`: the document (or a section) for the terminal; `--json` prints the model, or the section's value. */
export const documentRenderer: Renderer<DocumentView> = {
  async text({ document, section }, ctx) {
    // marked-terminal is heavy: only `show` loads it.
    const { renderDocument, renderSection } = await import('./terminal.js');
    const options = { style: ctx.style, width: ctx.width, hyperlinks: await ctx.hyperlinks() };
    if (section === null) return renderDocument(document, options);
    const text = await renderSection(document, section, options);
    if (text === null) throw new NoSectionError(document.id, section.key);
    return text;
  },
  json: ({ document, section }) => (section === null ? document : (section.value(document) ?? null)),
};
