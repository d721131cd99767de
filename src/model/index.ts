/**
 * The model: plain, JSON-serialisable types, and the table of a document's
 * sections. `cable show --json` prints an ArchiveDocument as it is, so these
 * names are a public interface.
 */
export * from './collection.js';
export * from './document.js';
export {
  SECTION_KEYS,
  SECTIONS,
  type Section,
  type SectionKey,
  sectionByKey,
  sectionKey,
  sectionText,
} from './sections.js';
export { SOURCES, type Source, sourceOf } from './source.js';
