import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CableError, DocumentError } from '../errors.js';
import type { ArchiveDocument } from '../model.js';
import { type Collection, userCollectionDir } from './collection.js';
import { loadDocument, parseOrFail } from './load.js';
import { documentText, readProvenance, sha256, withProvenance } from './provenance.js';
import { writeFileAtomic } from './write.js';

export type AddOutcome = 'added' | 'replaced' | 'already-present';

export interface AddResult {
  outcome: AddOutcome;
  id: string;
  path: string;
  document: ArchiveDocument;
}

/**
 * Stores one document in a collection as <id>.md. Never overwrites a
 * different document unless `force`; an identical one is left as it is.
 */
export function addDocument(
  collection: Collection,
  source: string,
  text: string,
  options: { force: boolean; now: Date; env: Record<string, string | undefined>; id?: string },
): AddResult {
  const { force, now, env } = options;
  if (collection.readOnly) {
    throw new CableError(
      `${collection.dir}: this is the sample collection shipped with cable, which is read-only; choose your own with --dir PATH or $CABLE_DIR, or create ${userCollectionDir(env)}`,
    );
  }
  const parsed = parseOrFail(source, text);
  const diagnostics = parsed.diagnostics;
  const document = options.id === undefined ? parsed.document : { ...parsed.document, id: options.id };
  const missing = diagnostics.filter((d) => d.code === 'missing-title' || d.code === 'missing-date');
  if (missing.length > 0) {
    throw new DocumentError(source, `not added: ${missing.map((d) => d.message).join('; ')}`);
  }
  if (source === '(stdin)' && options.id === undefined && document.url === null) {
    throw new DocumentError(source, 'not added: it has no citation URL to take an id from; give one with --id ID');
  }
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(document.id)) {
    throw new DocumentError(
      source,
      `not added: "${document.id}" cannot be a file name; give an id with --id ID (letters, digits, . _ -)`,
    );
  }
  const body = documentText(text);
  const hash = sha256(body);
  const path = join(collection.dir, `${document.id}.md`);
  const stored = { ...document, path };
  if (existsSync(path)) {
    const existing = loadDocument(path);
    const existingHash = readProvenance(existing.document.frontMatter).sha256 ?? sha256(documentText(existing.text));
    if (existingHash === hash) return { outcome: 'already-present', id: document.id, path, document: stored };
    if (!force) {
      throw new CableError(
        `${source}: a different document with id ${document.id} is already in the collection (${path}); pass --force to replace it`,
      );
    }
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
    throw new CableError(
      `${source}: a document with id ${document.id} was added to the collection meanwhile (${path}); pass --force to replace it`,
    );
  }
  return { outcome: existed ? 'replaced' : 'added', id: document.id, path, document: stored };
}
