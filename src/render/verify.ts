import type { Op } from '../verify/align.js';
import { placeLabel, type VerifyResult } from '../verify/check.js';
import type { Renderer } from './renderer.js';
import { safeText } from './safe.js';
import type { Style } from './style.js';

/**
 * The quotation against its source, as git's word diff writes one: [-the source's-]{+the quotation's+}, in git's
 * colours on a terminal. Each word is made safe before it is coloured (the colours are cable's, the words data).
 */
export function wordDiff(ops: Op[], style: Style): string {
  const removed = (words: string) => style.removed(`[-${safeText(words)}-]`);
  const added = (words: string) => style.added(`{+${safeText(words)}+}`);
  return ops
    .map((o) => {
      switch (o.op) {
        case 'equal':
          return safeText(o.text);
        case 'replace':
          return removed(o.source) + added(o.quote);
        case 'added':
          return added(o.quote);
        case 'dropped':
          return removed(o.source);
        case 'elided':
          return '…';
        default:
          return `[${safeText(o.quote)}]`;
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
      c.source === null ? 'in no document of the collection' : `${safeText(c.source.docId)} ${placeLabel(c.source)}`;
    if (c.elsewhere === true) {
      // A quotation from a book or an article: said, not judged.
      lines.push(
        `${at}: ${style.label('not checked')}: ${safeText(c.reason ?? 'cited to a source outside the collection')}`,
      );
      continue;
    }
    const why = c.reason === null ? '' : ` (${safeText(c.reason)})`;
    lines.push(`${at}: ${style.label(LABEL[c.verdict])}: ${source}${why}`);
    if (
      c.verdict === 'altered' ||
      (c.verdict === 'misattributed' && c.ops.some((o) => o.op !== 'equal' && o.op !== 'elided'))
    )
      lines.push(`    ${wordDiff(c.ops, style)}`);
    if (c.verdict === 'not-found') lines.push(`    “${safeText(c.quotation.text)}”`);
    // A citation may be two lines (APA's and MLA's in-text citation and the reference under it): each indented.
    if (c.citation !== null) for (const line of c.citation.split('\n')) lines.push(`    ${safeText(line)}`);
  }
  const count = (v: string) => result.checks.filter((c) => c.verdict === v && c.elsewhere !== true).length;
  const elsewhere = result.checks.filter((c) => c.elsewhere === true).length;
  const parts = [
    ...(['exact', 'altered', 'elided-meaning', 'misattributed', 'not-found'] as const).map(
      (v) => [count(v), LABEL[v]] as const,
    ),
    [elsewhere, 'cited elsewhere, not checked'] as const,
  ]
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
      elsewhere: c.elsewhere === true,
      reason: c.reason,
      negation: c.negation,
      number: c.number,
      source: c.source,
      citation: c.citation,
      operations: c.ops,
    })),
  }),
};
