import { CSL_STYLE_IDS, type StyleName } from '../cite/index.js';

/** The style a manuscript's sources are cited in, unless --style says; and a note when its own cannot be used. */
export interface ManuscriptStyle {
  style: StyleName;
  note: string | null;
}

// Pandoc's YAML metadata block at the top of the file, and its csl field (citation-style is pandoc's other name).
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const CSL_FIELD = /^(?:csl|citation-style):[ \t]*["']?([^"'\r\n#]+?)["']?[ \t]*(?:#.*)?$/m;
// A pandoc citation anywhere: [@key], [see @key, p. 4].
const PANDOC_CITATION = /\[[^\]\n]*@[\p{L}\p{N}_][^\]\n]*\]/u;

/**
 * The manuscript's own style: the one its `csl:` names (a path or URL to a CSL file of the official repository:
 * chicago-author-date.csl, apa.csl, …); with pandoc citations and no `csl:`, pandoc's own default, Chicago
 * author-date; else Chicago's notes. Pure.
 */
export function manuscriptStyle(text: string): ManuscriptStyle {
  const csl = CSL_FIELD.exec(FRONT_MATTER.exec(text)?.[1] ?? '')?.[1]?.trim();
  if (csl !== undefined && csl !== '') {
    const id = (csl.split(/[/\\]/).at(-1) ?? '').replace(/\.csl$/i, '').toLowerCase();
    const style = CSL_STYLE_IDS[id];
    if (style !== undefined) return { style, note: null };
    return {
      style: 'chicago',
      note: `its csl: ${csl} is no style cable has (${Object.keys(CSL_STYLE_IDS).join(', ')}): the sources are cited in chicago (--style to choose)`,
    };
  }
  return { style: PANDOC_CITATION.test(text) ? 'chicago-author-date' : 'chicago', note: null };
}
