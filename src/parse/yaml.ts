import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

/**
 * The YAML parser (the `yaml` package) loads only when a document has front
 * matter, or one is written. In dist it is a bundle of its own, and the build
 * replaces this module with a load of that bundle (scripts/bundles.mjs).
 */
export function loadYaml(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}
