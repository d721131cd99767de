import { type Diagnostic, type LoadedDocument, sourceOf } from '../model/index.js';
import { deriveId } from '../parse/index.js';
import { documentText, readProvenance, sha256 } from '../provenance.js';

/**
 * What `cable check` looks for beyond the parser's structural diagnostics.
 * Each rule sees one document as read from its file, and returns findings.
 */
export interface Rule {
  /** The diagnostic codes this rule can report. */
  codes: readonly string[];
  check(loaded: LoadedDocument): Diagnostic[];
}

/** Numbering that skips or repeats: a warning, since the transcription may be right. */
const numbering: Rule = {
  codes: ['numbering-gap', 'numbering-repeat'],
  check({ document: { points } }) {
    const found: Diagnostic[] = [];
    for (let i = 1; i < points.length; i++) {
      const previous = points[i - 1];
      const point = points[i];
      if (!previous || !point || point.number === 1) continue;
      if (point.number === previous.number) {
        found.push({
          severity: 'warning',
          line: point.line,
          code: 'numbering-repeat',
          message: `point ${point.number} ("${point.marker}") is numbered the same as the point before it`,
        });
      } else if (point.number > previous.number + 1) {
        const from = previous.number + 1;
        const missing = from === point.number - 1 ? `${from}` : `${from}–${point.number - 1}`;
        found.push({
          severity: 'warning',
          line: point.line,
          code: 'numbering-gap',
          message: `numbering skips from ${previous.number} to ${point.number}: point ${missing} is missing or lost its marker (after line ${previous.line})`,
        });
      }
    }
    return found;
  },
};

/** The line of the first `# Title` heading, where a missing summary would go. */
function titleLine(text: string): number {
  const at = text.split('\n').findIndex((line) => /^#[ \t]/.test(line));
  return at === -1 ? 1 : at + 1;
}

const summary: Rule = {
  codes: ['missing-summary'],
  check({ document, text }) {
    // A FRUS volume gives its documents no summary: its source note and head say what they are.
    if (document.summary !== null || sourceOf(document) === 'frus') return [];
    const line = document.title === null ? 1 : titleLine(text);
    return [
      { severity: 'warning', line, code: 'missing-summary', message: 'no summary: add a "### Summary:" section' },
    ];
  },
};

function fileStem(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.(md|markdown)$/i, '');
}

/** A numeric file name is the archive's id: the citation's URL must name the same document. */
const urlMatchesFile: Rule = {
  codes: ['url-id-mismatch'],
  check({ document }) {
    if (document.url === null) return [];
    const urlId = deriveId('', document.url);
    const stem = fileStem(document.path);
    if (urlId === '' || !/^\d+$/.test(stem) || stem === urlId) return [];
    return [
      {
        severity: 'error',
        line: 1,
        code: 'url-id-mismatch',
        message: `the citation's URL names document ${urlId}, but the file is ${stem}.md; rename the file or correct the URL`,
      },
    ];
  },
};

/** The SHA-256 recorded when the document was added must still match its text. */
const recordedHash: Rule = {
  codes: ['sha256-mismatch'],
  check({ document, text }) {
    const recorded = readProvenance(document.frontMatter).sha256;
    if (recorded === undefined || recorded === sha256(documentText(text))) return [];
    return [
      {
        severity: 'error',
        line: 1,
        code: 'sha256-mismatch',
        message: 'the text no longer matches the SHA-256 recorded when it was added',
      },
    ];
  },
};

/** What the parser decided that a reader should look at: a list that starts late, one lone point, an OCR'd marker. */
const undecided: Rule = {
  codes: ['list-starts-late', 'single-point', 'ocr-marker'],
  check({ document: { points } }) {
    const found: Diagnostic[] = [];
    const first = points[0];
    if (first && first.number > 1) {
      found.push({
        severity: 'warning',
        line: first.line,
        code: 'list-starts-late',
        message: `the numbered points start at ${first.number} ("${first.marker}"): an excerpt, or points before it lost their markers`,
      });
    }
    if (points.length === 1 && first) {
      found.push({
        severity: 'warning',
        line: first.line,
        code: 'single-point',
        message: `one numbered paragraph ("${first.marker}") was read as the only point; if it is not a list, the document has no points`,
      });
    }
    for (const point of points) {
      if (/^\d+,$/.test(point.marker)) {
        found.push({
          severity: 'warning',
          line: point.line,
          code: 'ocr-marker',
          message: `"${point.marker}" was read as point ${point.number} ("${point.number}."): probably OCR damage`,
        });
      }
    }
    return found;
  },
};

export const RULES: readonly Rule[] = [numbering, summary, urlMatchesFile, recordedHash, undecided];
