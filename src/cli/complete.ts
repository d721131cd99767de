import type { Command } from 'commander';
import { documentIds, locate } from '../app/collection.js';
import { appContext } from './command.js';
import type { Io } from './io.js';
import { OPTIONS } from './options.js';

const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u180e\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

function optionValue(words: string[], ...names: string[]): string | undefined {
  const i = Math.max(...names.map((name) => words.lastIndexOf(name)));
  return i === -1 ? undefined : words[i + 1];
}

/** The flags of each option in the table, and what its value can be: `--style` → the style names. */
function valuesAfter(flag: string, before: string[], io: Io): string[] | undefined {
  const spec = Object.values(OPTIONS).find((o) => o.flags.split(/[ ,]+/).includes(flag) && /[<[]/.test(o.flags));
  if (spec === undefined) return undefined;
  const ctx = appContext(io, optionValue(before, '--dir'));
  if (spec.complete === 'documents') return documentIds(ctx);
  if (spec.complete === 'points') return pointNumbers(before, io);
  return [...(spec.complete ?? spec.choices ?? [])];
}

function pointNumbers(words: string[], io: Io): string[] {
  const ctx = appContext(io, optionValue(words, '--dir'));
  const { points } = locate(ctx, optionValue(words, '--doc', '-d')).document;
  return [...new Set(points.map((p) => String(p.number)))];
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
    const values = previous === undefined || command === undefined ? undefined : valuesAfter(previous, before, io);
    if (command === undefined) {
      candidates = current.startsWith('-')
        ? ['--help', '--version']
        : program.commands.map((c) => c.name()).filter((n) => !n.startsWith('_'));
    } else if (values) {
      candidates = values;
    } else if (current.startsWith('-')) {
      candidates = command.options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined));
    } else if (name === 'point' || name === 'quote') {
      candidates = pointNumbers(before, io);
    } else if (name === 'help') {
      candidates = program.commands.map((c) => c.name()).filter((n) => !n.startsWith('_') && n !== 'help');
    } else {
      candidates = command.registeredArguments.flatMap((a) => a.argChoices ?? []);
    }
  } catch {
    candidates = [];
  }
  // A candidate is one line a shell inserts: none with a control character, a line break or an invisible one.
  return candidates.filter((c) => c.startsWith(current) && !UNSAFE.test(c));
}
