import type { CitationFields } from '../cite/fields.js';
import type { CitationOutput } from '../cite/index.js';
import { type Renderer, wrapOnTerminal } from './renderer.js';
import { safeText } from './safe.js';

/** `cable cite`: the citation on its own; `--json` gives the fields it was built from, and the citation. */
export const citationRenderer: Renderer<CitationOutput & { fields: CitationFields }> = {
  // On a terminal it wraps between words, as `point` does; in a pipe it stays one line, to paste.
  text: ({ text }, ctx) => wrapOnTerminal(safeText(text), ctx),
  json: ({ fields, text, constructed }) => ({ ...fields, citation: text, constructed: constructed !== null }),
};

/** `cable cite --all`: the bibliography; `--json` gives each document's fields. */
export const bibliographyRenderer: Renderer<{ text: string; fields: CitationFields[] }> = {
  text: ({ text }, ctx) => wrapOnTerminal(safeText(text), ctx),
  json: ({ fields }) => fields,
};
