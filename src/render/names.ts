import type { NamesResult } from '../query/names.js';
import type { Renderer } from './renderer.js';
import { wrapOnTerminal } from './renderer.js';
import { safeText } from './safe.js';

/**
 * `cable names`: one person a line, spellings joined by ≈, what a persons list says of them, and how many
 * documents declare or name them; with words, the documents and points under each.
 */
export const namesRenderer: Renderer<NamesResult> = {
  text: ({ entries }, ctx) => {
    const blocks = entries.map((entry) => {
      const spellings = entry.spellings.map(safeText).join(' ≈ ');
      const about = entry.description === null ? '' : `  ${ctx.style.dim(safeText(entry.description))}`;
      const declared =
        entry.documents.length === 0
          ? ctx.style.dim('  (names.yaml)')
          : ctx.style.dim(`  (${entry.documents.length} ${entry.documents.length === 1 ? 'document' : 'documents'})`);
      const head = `${ctx.style.label(spellings)}${about}${declared}`;
      if (entry.places === undefined) return head;
      const places = entry.places.map((p) => `    ${safeText(p.id)}  ${p.where}`);
      return [head, ...(places.length > 0 ? places : ['    (in no document’s text)'])].join('\n');
    });
    return wrapOnTerminal(blocks.join(entries.some((e) => e.places !== undefined) ? '\n\n' : '\n'), ctx);
  },
  json: ({ entries }) => entries,
};
