import type { Diagnostic } from '../model/index.js';
import { loadGrayMatter } from './grayMatter.js';

export interface FrontMatterResult {
  data: Record<string, unknown>;
  /** The text after the front matter. */
  content: string;
  /** How many lines the front matter took, so later stages can report real line numbers. */
  lineOffset: number;
  diagnostics: Diagnostic[];
}

const OPENING = /^---([^\n]*)\n/;
const MAX_FRONT_MATTER = 64 * 1024;
const YAML_ALIAS = /(^|[\s[{,:-])\*[^\s,[\]{}*]+/m;

function refuse(language: string): never {
  // gray-matter would eval() these; a document is data, so they are never run.
  throw new Error(`front matter in "${language}" is not allowed: cable reads YAML front matter only`);
}

const ENGINES = {
  js: { parse: () => refuse('js') },
  javascript: { parse: () => refuse('javascript') },
  coffee: { parse: () => refuse('coffee') },
  coffeescript: { parse: () => refuse('coffeescript') },
};

/**
 * Splits optional YAML front matter from the document. Only YAML is read;
 * `---js` and friends are reported as a fatal diagnostic and never evaluated.
 */
export function splitFrontMatter(text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, content: text, lineOffset: 0, diagnostics: [] };
  const language = (opening[1] ?? '').trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return fatal(
      text,
      `front matter in "${language}" is not allowed: cable reads YAML front matter only; remove the "---${language}" block or rewrite it as YAML`,
    );
  }
  const close = /\n---[ \t]*(\n|$)/.exec(text.slice(opening[0].length - 1));
  if (!close) return { data: {}, content: text, lineOffset: 0, diagnostics: [] };
  const yaml = text.slice(opening[0].length, opening[0].length - 1 + close.index);
  if (yaml.length > MAX_FRONT_MATTER) {
    return fatal(
      text,
      `front matter is ${Math.round(yaml.length / 1024)} KB; cable reads at most ${MAX_FRONT_MATTER / 1024} KB of it: shorten it`,
    );
  }
  // An alias (*name) repeats an anchored node: nested, a few lines can stand for billions of nodes.
  if (YAML_ALIAS.test(yaml)) {
    return fatal(
      text,
      'front matter uses YAML aliases (*name), which cable does not read: write the values out in full',
    );
  }
  try {
    const parsed = loadGrayMatter()(text, { engines: ENGINES, language: 'yaml' });
    const consumed = text.length - parsed.content.length;
    const lineOffset = text.slice(0, consumed).split('\n').length - 1;
    const data = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
    return { data, content: parsed.content, lineOffset, diagnostics: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fatal(text, `front matter is not valid YAML (${reason}); fix or remove the block between the "---" lines`);
  }
}

function fatal(text: string, message: string): FrontMatterResult {
  return {
    data: {},
    content: text,
    lineOffset: 0,
    diagnostics: [{ severity: 'error', line: 1, code: 'front-matter', message, fatal: true }],
  };
}
