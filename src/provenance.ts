import { builtin } from './builtin.js';
import { splitFrontMatter } from './parse/frontMatter.js';
import { normaliseNewlines } from './parse/text.js';
import { loadYaml } from './parse/yaml.js';

/** What cable records about where a stored document came from, under `cable:` in its front matter. */
export interface Provenance {
  source: string;
  added: string;
  sha256: string;
}

export function sha256(text: string): string {
  return builtin<typeof import('node:crypto')>('node:crypto').createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The document's own text as cable stores it: LF newlines, front matter
 * removed, ending in a newline. Its SHA-256 is what `check` verifies.
 */
export function documentText(text: string): string {
  const content = splitFrontMatter(normaliseNewlines(text)).content;
  return content.endsWith('\n') ? content : `${content}\n`;
}

export function readProvenance(frontMatter: Record<string, unknown>): Partial<Provenance> {
  const cable = frontMatter.cable;
  if (!cable || typeof cable !== 'object') return {};
  const { source, added, sha256: hash } = cable as Record<string, unknown>;
  return {
    ...(typeof source === 'string' ? { source } : {}),
    ...(typeof added === 'string' ? { added } : added instanceof Date ? { added: added.toISOString() } : {}),
    ...(typeof hash === 'string' ? { sha256: hash } : {}),
  };
}

/** The file cable stores: the original front matter with provenance added, then the document's text. */
export function withProvenance(frontMatter: Record<string, unknown>, body: string, provenance: Provenance): string {
  if (Object.keys(frontMatter).length === 0) {
    // The usual case needs no YAML library: JSON strings are valid YAML scalars.
    const { source, added, sha256: hash } = provenance;
    return `---\ncable:\n  source: ${JSON.stringify(source)}\n  added: ${JSON.stringify(added)}\n  sha256: ${hash}\n---\n${body}`;
  }
  return `---\n${loadYaml().stringify({ ...frontMatter, cable: { ...provenance } }, { aliasDuplicateObjects: false })}---\n${body}`;
}
