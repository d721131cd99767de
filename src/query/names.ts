import type { ArchiveDocument } from '../model/index.js';
import { foldText } from '../text/fold.js';

/**
 * The people a collection declares, with their spellings: the senders and recipients its titles name, a FRUS
 * volume's list of persons, which the import keeps in each document's front matter ("Park Chung Hee (Pak Chong-hui), President of the ROK"; "Nixon, Richard M.,
 * President of the United States"; "Yi Hu-rak, see Lee Hu Rak"), and the collection's names.yaml. Pure.
 */
export interface NameEntry {
  /** As printed, the first the one declared first: ["Park Chung Hee", "Pak Chong-hui"]. */
  spellings: string[];
  /** What the list says of the person: "President of the ROK". */
  description: string | null;
  /**
   * The documents whose persons list declares the person, whose title names them as sender or recipient, or whose
   * text prints their name.
   */
  documents: string[];
}

const GIVEN = /^(?:\p{Lu}[\p{L}'’-]*\.?)(?:\s+\p{Lu}[\p{L}'’-]*\.?)*$/u;

/** One entry of a FRUS persons list, read: its spellings and its description. */
export function readPerson(text: string): { spellings: string[]; description: string | null } {
  const see = /^(.+?),?\s+see\s+(.+?)\.?$/i.exec(text.trim());
  if (see) return { spellings: [see[1] ?? '', see[2] ?? ''].map((s) => s.trim()), description: null };
  const m = /^([^,(]+?)\s*(?:\(([^)]+)\))?\s*(?:,\s*(.*))?$/.exec(text.trim());
  if (m === null) return { spellings: [text.trim()], description: null };
  let name = (m[1] ?? '').trim();
  let rest = m[3]?.trim() ?? null;
  // "Nixon, Richard M., President …": family, given, description.
  const [first, ...others] = rest === null ? [] : rest.split(/,\s*/);
  if (first !== undefined && GIVEN.test(first) && !name.includes(' ')) {
    name = `${first} ${name}`;
    rest = others.length > 0 ? others.join(', ') : null;
  }
  const alternates = (m[2] ?? '').split(/\s*(?:;|\bor\b)\s*/).filter((s) => /\p{Lu}/u.test(s));
  return { spellings: [name, ...alternates], description: rest };
}

const key = (spelling: string): string =>
  foldText(spelling)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Every person the documents' persons lists, their titles (`named`: a sender or recipient, by document) and the
 * names file declare, and those their texts print (`inText`: one person's spellings and the documents that print
 * them), one entry per person.
 */
export function declaredNames(
  documents: ArchiveDocument[],
  listed: string[][],
  named: { name: string; document: string }[] = [],
  inText: { spellings: string[]; documents: string[] }[] = [],
): NameEntry[] {
  const entries: NameEntry[] = [];
  const byKey = new Map<string, NameEntry>();
  const add = (spellings: string[], description: string | null, document: string | null) => {
    const keys = spellings.map(key).filter((k) => k !== '');
    // The person as declared first keeps the first place: a persons list's spelling before a title's.
    const known = [...new Set(keys.map((k) => byKey.get(k)).filter((e) => e !== undefined))].sort(
      (a, b) => entries.indexOf(a) - entries.indexOf(b),
    );
    let entry = known[0];
    if (entry === undefined) {
      entry = { spellings: [], description, documents: [] };
      entries.push(entry);
    }
    // Spellings that join two people found apart ("Zhou Enlai" in a title, "Chou En-lai" in a persons list): one.
    for (const other of known.slice(1)) {
      for (const spelling of other.spellings) {
        if (!entry.spellings.some((s) => key(s) === key(spelling))) entry.spellings.push(spelling);
        byKey.set(key(spelling), entry);
      }
      for (const document of other.documents) if (!entry.documents.includes(document)) entry.documents.push(document);
      entry.description ??= other.description;
      entries.splice(entries.indexOf(other), 1);
    }
    for (const spelling of spellings)
      if (!entry.spellings.some((s) => key(s) === key(spelling))) entry.spellings.push(spelling);
    entry.description ??= description;
    if (document !== null && !entry.documents.includes(document)) entry.documents.push(document);
    for (const k of keys) byKey.set(k, entry);
  };
  for (const doc of documents) {
    const frus = doc.frontMatter.frus as { persons?: Record<string, unknown> } | undefined;
    for (const value of Object.values(frus?.persons ?? {})) {
      if (typeof value !== 'string') continue;
      const person = readPerson(value);
      add(person.spellings, person.description, doc.id);
    }
  }
  for (const { name, document } of named) add([name], null, document);
  for (const group of inText) for (const document of group.documents) add(group.spellings, null, document);
  for (const group of listed) add(group, null, null);
  return entries.sort(
    (a, b) => b.documents.length - a.documents.length || (a.spellings[0] ?? '').localeCompare(b.spellings[0] ?? ''),
  );
}

export interface NamePlace {
  id: string;
  /** "point 3", "preamble ¶2". */
  where: string;
}

export interface NamesResult {
  entries: Array<NameEntry & { places?: NamePlace[] }>;
  dir: string;
  query: string | null;
}
