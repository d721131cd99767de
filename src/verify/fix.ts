import { type Check, placeLabel } from './check.js';

export interface Fixed {
  text: string;
  /** What was changed, one line each: "5:16: the quotation, as the source has it: …". */
  changes: string[];
}

/**
 * A manuscript with its altered quotations replaced by the source's own words and its misattributed citations
 * pointed at the passage the quotation is in (`keyOf`: a document's pandoc key). A block quote's new text is one
 * line after its `> ` (Markdown joins its lines all the same). A quotation with an ellipsis or [brackets] is left as
 * it is, and said: which words the author meant to leave out is theirs to say. Pure.
 */
export function fixManuscript(text: string, checks: Check[], keyOf: (docId: string) => string | undefined): Fixed {
  const edits: { start: number; end: number; by: string; note: string; order: number }[] = [];
  const notes: { note: string; order: number }[] = [];
  checks.forEach((c, order) => {
    const at = `${c.quotation.line}:${c.quotation.column}`;
    const span = c.quotation.span;
    if (c.verdict === 'altered' || (c.verdict === 'misattributed' && c.ops.some((o) => o.op !== 'equal'))) {
      if (span !== null && c.sourceText !== null)
        edits.push({
          ...span,
          // Paragraphs of the source (a quotation of two points): a block quote keeps them apart, inline run on.
          by: c.sourceText.replace(/\n\n+/g, c.quotation.kind === 'block' ? '\n>\n> ' : ' '),
          note: `${at}: the quotation, as the source has it: “${c.sourceText.replace(/\s+/g, ' ')}”`,
          order,
        });
      else
        notes.push({
          note: `${at}: left as it is (${span === null ? 'its citation is broken over lines' : 'it has an ellipsis or [brackets]'})`,
          order,
        });
    }
    if (c.verdict !== 'misattributed' || c.source === null) return;
    const cited = c.quotation.citation;
    if (c.quotation.citationSpan !== null) {
      const key = keyOf(c.source.docId);
      if (key === undefined) return;
      const last = c.source.through ?? c.source;
      const by =
        c.source.part !== 'point'
          ? `[@${key}]`
          : last.part === 'point' && last.number !== c.source.number
            ? `[@${key}, points ${c.source.number}–${last.number}]`
            : `[@${key}, point ${c.source.number}]`;
      edits.push({
        ...c.quotation.citationSpan,
        by,
        note: `${at}: the citation is now ${by} (${placeLabel(c.source)})`,
        order,
      });
    } else if (cited?.footnote !== undefined) {
      // A footnote or attribution line: its point's number mended, when the document is right and the note names
      // one point (a note two quotations share is mended once).
      const what = cited.key.startsWith('^attribution') ? 'the attribution' : `footnote [${cited.key}]`;
      const pointAt = cited.pointAt ?? null;
      if (
        c.wrong === 'point' &&
        c.source.part === 'point' &&
        pointAt !== null &&
        !edits.some((e) => e.start === pointAt.start)
      )
        edits.push({
          ...pointAt,
          by: String(c.source.number),
          note: `${at}: ${what} now names point ${c.source.number}`,
          order,
        });
      else
        notes.push({
          note: `${at}: ${what} left as it is (the quotation is in ${c.source.docId} ${placeLabel(c.source)})`,
          order,
        });
    }
  });
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.by + out.slice(e.end);
  // What changed, in the order of the quotations (a footnote's edit is far below its quotation).
  const changes = [...edits, ...notes].sort((a, b) => a.order - b.order).map((e) => e.note);
  return { text: out, changes };
}
