import type { CitationFields } from '../cite/fields.js';
import type { CitationOutput } from '../cite/index.js';
import type { Renderer } from './renderer.js';
import { safeText } from './safe.js';

/** `cable cite`: the citation on its own; `--json` gives the fields it was built from, and the citation. */
export const citationRenderer: Renderer<CitationOutput & { fields: CitationFields }> = {
  text: ({ text }) => safeText(text),
  json: ({ fields, text, constructed }) => ({ ...fields, citation: text, constructed: constructed !== null }),
};

/** `cable cite --all`: the bibliography; `--json` gives each document's fields. */
export const bibliographyRenderer: Renderer<{ text: string; fields: CitationFields[] }> = {
  text: ({ text }) => safeText(text),
  json: ({ fields }) => fields,
};
