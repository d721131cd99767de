import { UsageError } from '../errors.js';
import type { ArchiveDocument } from '../model.js';
import { describeCandidates } from '../render/list.js';

/** Lower-case, accents removed: "Grün" and "Grun" are the same word to a reader searching. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * Finds the one document that `--doc` names: an id, a unique prefix of an
 * id, or words of the title. Several matches is a usage error that lists them.
 */
export function selectDocument(docs: ArchiveDocument[], query: string): ArchiveDocument {
  const q = query.trim();
  const exact = docs.filter((d) => d.id === q);
  if (exact.length === 1 && exact[0]) return exact[0];
  const byPrefix = exact.length > 1 ? exact : docs.filter((d) => d.id.startsWith(q));
  const words = fold(q)
    .split(/\s+/)
    .filter((w) => w !== '');
  const byTitle =
    byPrefix.length > 0
      ? byPrefix
      : docs.filter((d) => {
          const title = fold(d.title ?? '');
          return words.length > 0 && words.every((w) => title.includes(w));
        });
  if (byTitle.length === 1 && byTitle[0]) return byTitle[0];
  if (byTitle.length === 0) {
    throw new UsageError(`no document matches "${q}"; run \`cable list\` to see ids and titles`);
  }
  throw new UsageError(
    `${byTitle.length} documents match "${q}"; choose one with --doc ID:\n${describeCandidates(byTitle)}`,
  );
}
