import type { Diagnostic, Finding, LoadedDocument } from '../model/index.js';
import { RULES } from './rules.js';

/** Everything `cable check` reports for one document: the parser's diagnostics, then each rule's, by line. */
export function lintDocument(loaded: LoadedDocument): Diagnostic[] {
  // A document the parser could not use (fatal) has nothing more to check.
  const fatal = loaded.diagnostics.filter((d) => d.fatal);
  if (fatal.length > 0) return fatal;
  return [...loaded.diagnostics, ...RULES.flatMap((rule) => rule.check(loaded))].sort((a, b) => a.line - b.line);
}

/** Findings in the order a compiler prints them: by path, then line. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
}

/**
 * The exit code is a function of the findings alone (as @arethetypeswrong's
 * getExitCode): 1 when any is an error, else 0. A warning never fails a run.
 */
export const hasErrors = (findings: readonly Diagnostic[]): boolean => findings.some((f) => f.severity === 'error');
