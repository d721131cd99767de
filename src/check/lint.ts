import type { Diagnostic } from '../model.js';
import { deriveId } from '../parse/index.js';
import type { LoadedDocument } from '../store/load.js';
import { documentText, readProvenance, sha256 } from '../store/provenance.js';

function fileStem(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.(md|markdown)$/i, '');
}

/**
 * Everything `cable check` reports for one document: the parser's own
 * diagnostics, plus what needs the file around it (its name, its recorded hash).
 */
export function lintDocument(loaded: LoadedDocument): Diagnostic[] {
  const { document, diagnostics, text } = loaded;
  const found: Diagnostic[] = [...diagnostics];
  if (document.url !== null) {
    const urlId = deriveId('', document.url);
    const stem = fileStem(document.path);
    if (urlId !== '' && /^\d+$/.test(stem) && stem !== urlId) {
      found.push({
        severity: 'error',
        line: 1,
        code: 'url-id-mismatch',
        message: `the citation's URL names document ${urlId}, but the file is ${stem}.md; rename the file or correct the URL`,
      });
    }
  }
  const recorded = readProvenance(document.frontMatter).sha256;
  if (recorded !== undefined && recorded !== sha256(documentText(text))) {
    found.push({
      severity: 'error',
      line: 1,
      code: 'sha256-mismatch',
      message:
        'the text no longer matches the SHA-256 recorded when it was added; if the edit is intended, add it again with `cable add --force`',
    });
  }
  return found.sort((a, b) => a.line - b.line);
}
