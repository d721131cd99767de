import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AddRefusedError, CableError, CollectionError, FileError } from '../errors.js';
import type { ArchiveDocument, LoadedDocument } from '../model/index.js';
import { documentText, readProvenance, sha256, withProvenance } from '../provenance.js';
import type { Collection } from './collection.js';
import { indexPath } from './indexPath.js';
import { loadDocument, parseText, usable } from './load.js';
import { writeFileAtomic } from './write.js';

/** The longest id, in bytes: with ".md", a file name fits the 255 bytes file systems allow. */
const MAX_ID_BYTES = 200;

export type AddOutcome = 'added' | 'replaced' | 'already-present';

export interface AddResult {
  outcome: AddOutcome;
  id: string;
  path: string;
  document: ArchiveDocument;
}

export interface AddOptions {
  force: boolean;
  now: Date;
  /** Store under this id instead of the one the document gives. */
  id?: string;
}

/** Where a document comes from: `(stdin)` or a file name, and how to read it. */
export interface AddInput {
  source: string;
  read(): Promise<string>;
}

/** What happened to each input, in order: a result, or the error that stopped it. */
export type AddItem = { source: string; result: AddResult } | { source: string; error: CableError };

/**
 * Stores one document in a collection as <id>.md. Never overwrites a
 * different document unless `force`; an identical one is left as it is.
 */
export function addDocument(collection: Collection, source: string, text: string, options: AddOptions): AddResult {
  const { force, now } = options;
  if (collection.readOnly) throw new CollectionError(collection.dir, 'read-only');
  // XML is not a Markdown document: a FRUS volume is imported, not added.
  if (/^\uFEFF?\s*<(?:\?xml|TEI\b)/.test(text)) throw new AddRefusedError(source, 'xml');
  const parsed = usable(parseText(source, text));
  const document = options.id === undefined ? parsed.document : { ...parsed.document, id: options.id };
  const missing = parsed.diagnostics.filter((d) => d.code === 'missing-title' || d.code === 'missing-date');
  if (missing.length > 0) throw new AddRefusedError(source, 'incomplete', { diagnostics: missing });
  if (source === '(stdin)' && options.id === undefined && document.url === null) {
    throw new AddRefusedError(source, 'no-id');
  }
  // A file name of at most 255 bytes: <id>.md, with room to spare.
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(document.id) || Buffer.byteLength(document.id) > MAX_ID_BYTES) {
    throw new AddRefusedError(source, 'bad-id', { id: document.id });
  }
  const body = documentText(text);
  const hash = sha256(body);
  const path = join(collection.dir, `${document.id}.md`);
  const stored = { ...document, path };
  if (existsSync(path) && !force) {
    // Compared with what is stored, not with the hash it records: a stored copy edited or damaged since
    // is not "already present", and the original it was added from restores it (with --force).
    let existing: LoadedDocument;
    try {
      existing = loadDocument(path);
    } catch (error) {
      // A stored file cable cannot read at all: --force replaces it.
      if (error instanceof FileError) throw new AddRefusedError(source, 'conflict', { id: document.id, path });
      throw error;
    }
    if (sha256(documentText(existing.text)) === hash) {
      return { outcome: 'already-present', id: document.id, path, document: stored };
    }
    const recorded = readProvenance(existing.document.frontMatter).sha256;
    const reason = recorded === hash ? 'stored-copy-differs' : 'conflict';
    throw new AddRefusedError(source, reason, { id: document.id, path });
  }
  const sourceFrontMatter = { ...document.frontMatter };
  delete sourceFrontMatter.cable;
  const file = withProvenance(sourceFrontMatter, body, {
    source: basename(source),
    added: now.toISOString(),
    sha256: hash,
  });
  const existed = existsSync(path);
  if (!writeFileAtomic(path, file, force)) {
    // Another cable added the same id between the check above and this write.
    throw new AddRefusedError(source, 'conflict-meanwhile', { id: document.id, path });
  }
  return { outcome: existed ? 'replaced' : 'added', id: document.id, path, document: stored };
}

/**
 * Adds several documents, one after another: a bad one does not stop the
 * others. Then keeps an existing search index current with what was written,
 * so that the next search need not catch up (a missing index is built by the
 * first search instead).
 */
export async function addDocuments(
  collection: Collection,
  inputs: AddInput[],
  options: AddOptions,
  env: Record<string, string | undefined>,
): Promise<AddItem[]> {
  // Said once, before any file is read, however many files there are.
  if (collection.readOnly) throw new CollectionError(collection.dir, 'read-only');
  const items: AddItem[] = [];
  for (const input of inputs) {
    try {
      items.push({ source: input.source, result: addDocument(collection, input.source, await input.read(), options) });
    } catch (error) {
      if (!(error instanceof CableError)) throw error;
      items.push({ source: input.source, error });
    }
  }
  const written = items.flatMap((i) =>
    'result' in i && i.result.outcome !== 'already-present' ? [i.result.path] : [],
  );
  if (written.length > 0 && existsSync(indexPath(collection, env))) {
    const { openSearchIndex } = await import('./searchIndex.js');
    openSearchIndex(collection, env, { only: written }).close();
  }
  return items;
}
