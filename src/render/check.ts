import type { Finding } from '../model/index.js';
import type { Renderer } from './renderer.js';
import { safeText } from './safe.js';

export interface CheckView {
  findings: Finding[];
  /** Paths print relative to this folder when they are below it, as a compiler prints them. */
  cwd: string;
}

function displayPath(path: string, cwd: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/** `cable check`: `path:line: severity: message`, one finding a line; `--json`, an array of them. */
export const checkRenderer: Renderer<CheckView> = {
  text: ({ findings, cwd }) =>
    findings
      .map((f) => `${safeText(displayPath(f.path, cwd))}:${f.line}: ${f.severity}: ${safeText(f.message)}`)
      .join('\n'),
  json: ({ findings }) =>
    findings.map(({ path, line, severity, code, message }) => ({ path, line, severity, code, message })),
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The count `check` prints on stderr: "20 documents checked: 0 errors, 1 warning". */
export function checkSummary(findings: Finding[], checked: number): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${plural(checked, 'document')} checked: ${plural(errors, 'error')}, ${plural(findings.length - errors, 'warning')}`;
}
