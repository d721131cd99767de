import type { Diagnostic } from '../model/index.js';
import { loadYaml } from './yaml.js';

export interface FrontMatterResult {
  data: Record<string, unknown>;
  /** The text after the front matter. */
  content: string;
  /** How many lines the front matter took, so later stages can report real line numbers. */
  lineOffset: number;
  diagnostics: Diagnostic[];
}

/** `---`, or `---yaml`, `---js`…, alone on the first line: a line of four dashes, or `--- CONFIDENTIAL ---`, is text. */
const OPENING = /^---([A-Za-z]*)[ \t]*\n/;
const MAX_FRONT_MATTER = 64 * 1024;

/**
 * Splits optional YAML front matter from the document and reads it with the
 * `yaml` parser. Only YAML is read: `---js` and friends are reported as a
 * fatal diagnostic and never evaluated. Aliases (`*name`) are refused from
 * the parser's own syntax tree, not by a pattern over the text: an alias
 * repeats an anchored node, and nested, a few lines can stand for billions.
 * Custom tags (`!!js/function`) are errors, and the front matter must be a
 * mapping (`key: value`), whose keys are kept as written, `__proto__` too.
 */
export function splitFrontMatter(text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, content: text, lineOffset: 0, diagnostics: [] };
  const language = (opening[1] ?? '').toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return fatal(
      text,
      `front matter in "${language}" is not allowed: cable reads YAML front matter only; remove the "---${language}" block or rewrite it as YAML`,
    );
  }
  const close = /\n---[ \t]*(\n|$)/.exec(text.slice(opening[0].length - 1));
  if (!close) return { data: {}, content: text, lineOffset: 0, diagnostics: [] };
  const yamlText = text.slice(opening[0].length, opening[0].length - 1 + close.index);
  const end = opening[0].length - 1 + close.index + close[0].length;
  if (yamlText.length > MAX_FRONT_MATTER) {
    return fatal(
      text,
      `front matter is ${Math.round(yamlText.length / 1024)} KB; cable reads at most ${MAX_FRONT_MATTER / 1024} KB of it: shorten it`,
    );
  }
  const YAML = loadYaml();
  const doc = YAML.parseDocument(yamlText, { prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const reason = problem.message.split('\n')[0];
    return fatal(text, `front matter is not valid YAML (${reason}); fix or remove the block between the "---" lines`);
  }
  let aliases = false;
  YAML.visit(doc, {
    Alias() {
      aliases = true;
      return YAML.visit.BREAK;
    },
  });
  if (aliases) {
    return fatal(
      text,
      'front matter uses YAML aliases (*name), which cable does not read: write the values out in full',
    );
  }
  const data: unknown = doc.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return fatal(text, 'front matter must be YAML "key: value" lines, not a list or a single value');
  }
  const content = text.slice(end);
  return {
    data: (data ?? {}) as Record<string, unknown>,
    content,
    lineOffset: text.slice(0, end).split('\n').length - 1,
    diagnostics: [],
  };
}

function fatal(text: string, message: string): FrontMatterResult {
  return {
    data: {},
    content: text,
    lineOffset: 0,
    diagnostics: [{ severity: 'error', line: 1, code: 'front-matter', message, fatal: true }],
  };
}
