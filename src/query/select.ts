import { DocumentMatchError } from '../errors.js';
import type { ArchiveDocument } from '../model/index.js';
import { foldText } from '../text/fold.js';

/**
 * Finds the one document that `--doc` names: an id, a unique prefix of an
 * id, or words of the title. None or several is a DocumentMatchError that
 * carries the candidates.
 */
export function selectDocument(docs: ArchiveDocument[], query: string): ArchiveDocument {
  const q = query.trim();
  const exact = docs.filter((d) => d.id === q);
  if (exact.length === 1 && exact[0]) return exact[0];
  const byPrefix = exact.length > 1 ? exact : docs.filter((d) => d.id.startsWith(q));
  const words = foldText(q)
    .split(/\s+/)
    .filter((w) => w !== '');
  const byTitle =
    byPrefix.length > 0
      ? byPrefix
      : docs.filter((d) => {
          const title = foldText(d.title ?? '');
          return words.length > 0 && words.every((w) => title.includes(w));
        });
  if (byTitle.length === 1 && byTitle[0]) return byTitle[0];
  throw new DocumentMatchError(q, byTitle);
}
