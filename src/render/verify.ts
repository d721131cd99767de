import { unitLabel } from '../search/units.js';
import type { Op } from '../verify/align.js';
import type { VerifyResult } from '../verify/check.js';
import type { Renderer } from './renderer.js';
import { safeText } from './safe.js';
import type { Style } from './style.js';

/** The quotation against its source, as git's word diff writes one: [-the source's-]{+the quotation's+}. */
export function wordDiff(ops: Op[], style: Style): string {
  return ops
    .map((o) => {
      switch (o.op) {
        case 'equal':
          return o.text;
        case 'replace':
          return style.highlight(`[-${o.source}-]{+${o.quote}+}`);
        case 'added':
          return style.highlight(`{+${o.quote}+}`);
        case 'dropped':
          return style.highlight(`[-${o.source}-]`);
        case 'elided':
          return '…';
        default:
          return `[${o.quote}]`;
      }
    })
    .join(' ');
}

const LABEL = {
  exact: 'exact',
  altered: 'altered',
  'elided-meaning': 'elided meaning',
  misattributed: 'misattributed',
  'not-found': 'not found',
} as const;

/** A compiler's report: file:line:column: verdict: where, and under an alteration its word diff; then a summary. */
export function renderVerify(result: VerifyResult, style: Style): string {
  const lines: string[] = result.notes.map((n) => `${safeText(n.file)}: note: ${safeText(n.note)}`);
  for (const c of result.checks) {
    const at = `${safeText(c.file)}:${c.quotation.line}:${c.quotation.column}`;
    const source =
      c.source === null ? 'in no document of the collection' : `${safeText(c.source.docId)} ${unitLabel(c.source)}`;
    const why = c.reason === null ? '' : ` (${safeText(c.reason)})`;
    lines.push(`${at}: ${style.label(LABEL[c.verdict])}: ${source}${why}`);
    if (
      c.verdict === 'altered' ||
      (c.verdict === 'misattributed' && c.ops.some((o) => o.op !== 'equal' && o.op !== 'elided'))
    )
      lines.push(`    ${safeText(wordDiff(c.ops, style))}`);
    if (c.verdict === 'not-found') lines.push(`    “${safeText(c.quotation.text)}”`);
    if (c.citation !== null) lines.push(`    ${safeText(c.citation)}`);
  }
  const count = (v: string) => result.checks.filter((c) => c.verdict === v).length;
  const parts = (['exact', 'altered', 'elided-meaning', 'misattributed', 'not-found'] as const)
    .map((v) => [count(v), LABEL[v]] as const)
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}`);
  for (const f of result.fixed) {
    lines.push(
      `${safeText(f.copy)}: a corrected copy of ${safeText(f.file)}, ${f.changes.length} change${f.changes.length === 1 ? '' : 's'}`,
    );
    for (const change of f.changes) lines.push(`    ${safeText(change)}`);
  }
  lines.push(
    `${result.checks.length} quotation${result.checks.length === 1 ? '' : 's'} in ${result.files.length} file${result.files.length === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`,
  );
  return lines.join('\n');
}

export const verifyRenderer: Renderer<VerifyResult> = {
  text: (result, ctx) => renderVerify(result, ctx.style),
  json: (result) => ({
    fixed: result.fixed,
    notes: result.notes,
    quotations: result.checks.map((c) => ({
      file: c.file,
      line: c.quotation.line,
      column: c.quotation.column,
      quotation: c.quotation.text,
      kind: c.quotation.kind,
      cited: c.quotation.citation,
      verdict: c.verdict,
      reason: c.reason,
      negation: c.negation,
      number: c.number,
      source: c.source,
      citation: c.citation,
      operations: c.ops,
    })),
  }),
};
