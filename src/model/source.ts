import type { ArchiveDocument } from './document.js';

/**
 * Where a document comes from, for `--source`: a FRUS volume (imported, or a
 * history.state.gov URL), the Wilson Center Digital Archive, or anywhere else.
 */
export const SOURCES = ['wilson', 'frus', 'other'] as const;
export type Source = (typeof SOURCES)[number];

export function sourceOf(doc: Pick<ArchiveDocument, 'url' | 'frontMatter'>): Source {
  const frus = doc.frontMatter.frus;
  if ((typeof frus === 'object' && frus !== null) || /^https?:\/\/history\.state\.gov\//i.test(doc.url ?? '')) {
    return 'frus';
  }
  if (/^https?:\/\/(?:[\w-]+\.)*wilsoncenter\.org\//i.test(doc.url ?? '')) return 'wilson';
  return 'other';
}
