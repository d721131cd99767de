import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { STYLE_NAMES } from './cite/styles.js';
import { openDocument } from './commands/shared.js';
import type { Io } from './io.js';
import { SORT_KEYS } from './query/filter.js';
import { SECTION_KEYS } from './render/sections.js';
import { listDocumentPaths, resolveCollection } from './store/collection.js';
import { loadDocument } from './store/load.js';

/** What each option's value can be, where cable knows. */
const VALUES: Record<string, (words: string[], io: Io) => string[]> = {
  '--style': () => [...STYLE_NAMES],
  '--section': () => [...SECTION_KEYS],
  '-s': () => [...SECTION_KEYS],
  '--sort': () => [...SORT_KEYS],
  '--format': () => ['table', 'tsv'],
  '--doc': (words, io) => documentIds(words, io),
  '-d': (words, io) => documentIds(words, io),
  '--point': (words, io) => pointNumbers(words, io),
  '-p': (words, io) => pointNumbers(words, io),
};

function optionValue(words: string[], name: string): string | undefined {
  const i = words.lastIndexOf(name);
  return i === -1 ? undefined : words[i + 1];
}

/** Ids of the collection in use: the names of its files, which `cable add` makes the ids. */
function documentIds(words: string[], io: Io): string[] {
  const collection = resolveCollection(optionValue(words, '--dir'), io.env, io.cwd);
  return listDocumentPaths(collection.dir).map((p) => (p.split('/').pop() ?? p).replace(/\.md$/, ''));
}

function pointNumbers(words: string[], io: Io): string[] {
  const doc = optionValue(words, '--doc') ?? optionValue(words, '-d');
  const dir = optionValue(words, '--dir');
  const loaded =
    doc !== undefined && existsSync(doc)
      ? loadDocument(doc)
      : openDocument({ ...(doc ? { doc } : {}), ...(dir ? { dir } : {}) }, io);
  return [...new Set(loaded.document.points.map((p) => String(p.number)))];
}

/**
 * Candidates for the last word of a command line (`words` are the words after
 * "cable", the last one being completed). Never throws: a completion that
 * fails offers nothing.
 */
export function complete(program: Command, words: string[], io: Io): string[] {
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  const name = before.find((w) => !w.startsWith('-'));
  const command = program.commands.find((c) => c.name() === name);
  let candidates: string[];
  try {
    const previous = before[before.length - 1];
    const values = previous === undefined ? undefined : VALUES[previous];
    if (command === undefined) {
      candidates = current.startsWith('-')
        ? ['--help', '--version']
        : program.commands.map((c) => c.name()).filter((n) => !n.startsWith('_'));
    } else if (values) {
      candidates = values(before, io);
    } else if (current.startsWith('-')) {
      candidates = command.options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined));
    } else if (name === 'point' || name === 'quote') {
      candidates = pointNumbers(before, io);
    } else if (name === 'completion') {
      candidates = ['bash', 'zsh', 'fish'];
    } else {
      candidates = [];
    }
  } catch {
    candidates = [];
  }
  return candidates.filter((c) => c.startsWith(current));
}
