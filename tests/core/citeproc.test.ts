// #18: citeproc builds the macros a sort key calls once and runs them by reference (src/cite/citeprocSpeedup.ts).
// Every shipped style must sort and print exactly as citeproc does without the patch, and the patch must stand
// aside when citeproc is not the version it was written for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import core from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../bench/generate.mjs';
import {
  type CitEngineModule,
  EXPAND_MACRO_HASH,
  ORIGINAL_EXPAND_MACRO,
  reuseSortMacros,
  sourceHash,
} from '../../src/cite/citeprocSpeedup.js';
import { toCsl } from '../../src/cite/csl.js';
import { bareCitation, bibliographyPart, citationPart } from '../../src/cite/format.js';
import { parseDocument } from '../../src/parse/index.js';
import { CORPUS, parseFixture, ROOT } from '../helpers.js';

const module = CSL as unknown as CitEngineModule;
const PATCHED = module.expandMacro;
const STYLES = readdirSync(join(ROOT, 'styles')).filter((f) => f.endsWith('.csl'));
const items = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.md'))
  .map((f) => toCsl(parseFixture(join('corpus', f)).document));
const byId = new Map(items.map((item) => [item.id, item]));
// The locales citation-js gives citeproc (plugin-csl's).
const locale = (core.plugins.config.get('@csl') as unknown as { locales: { get(lang: string): string | undefined } })
  .locales;

interface Token {
  name: string;
  tokentype: number;
  variables: string[];
  strings: Record<string, unknown>;
  decorations?: unknown[];
  execs?: ((...args: unknown[]) => unknown)[];
  tests?: ((...args: unknown[]) => unknown)[];
  cableProgram?: Token[];
}
interface Engine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]];
  registry: { registry: Record<string, { sortkeys: unknown }> };
  bibliography_sort: { tokens: Token[] };
  citation_sort: { tokens: Token[] };
  appendCitationCluster(citation: unknown): [number, string, string][];
}

const styleText = (file: string): string => readFileSync(join(ROOT, 'styles', file), 'utf8');

/** A citeproc engine for a style's text, built with or without the patch. */
function engine(xml: string, expandMacro: CitEngineModule['expandMacro']): Engine {
  module.expandMacro = expandMacro;
  try {
    const sys = {
      retrieveItem: (id: string) => byId.get(id),
      retrieveLocale: (lang: string) => locale.get(lang) ?? locale.get('en-US'),
    };
    return new (CSL as unknown as { Engine: new (sys: unknown, style: string) => Engine }).Engine(sys, xml);
  } finally {
    module.expandMacro = PATCHED;
  }
}

/** A citation of one item as a note (its updates as [index, text]: the third field is a random id). */
const cite = (e: Engine | undefined, id: string, noteIndex: number, locator?: string) =>
  e
    ?.appendCitationCluster({ citationItems: [{ id, ...(locator ? { locator } : {}) }], properties: { noteIndex } })
    .map(([index, text]) => [index, text]);

/**
 * A function's source; the two the patch writes itself (it marks a macro with a date, as citeproc's own do) by
 * what they do.
 */
const execSource = (f: (...args: unknown[]) => unknown): string => {
  const source = f.toString();
  return source.includes('doing-macro-with-date') ? `doing-macro-with-date = ${/=\s*true/.test(source)}` : source;
};

/** A sort program with each macro the patch runs by reference put back in place, as citeproc inlines it. */
const flat = (tokens: Token[]): string[] =>
  tokens.flatMap((t) =>
    t.cableProgram
      ? flat(t.cableProgram)
      : [
          [
            t.name,
            t.tokentype,
            (t.variables ?? []).join(),
            JSON.stringify(t.strings ?? {}),
            JSON.stringify(t.decorations ?? []),
            // What the token does and tests, by the functions' source (their closures are not comparable).
            (t.execs ?? []).map(execSource).join('|'),
            (t.tests ?? []).map((f) => f.toString()).join('|'),
          ].join('\u0001'),
        ].map(sourceHash),
  );

describe('citeproc builds the macros of a sort key once (src/cite/citeprocSpeedup.ts)', () => {
  it('is applied: this citeproc is the version the patch was written for', () => {
    expect(sourceHash(ORIGINAL_EXPAND_MACRO.toString())).toBe(EXPAND_MACRO_HASH);
    expect(PATCHED).not.toBe(ORIGINAL_EXPAND_MACRO);
  });

  it.each(STYLES)('%s: the same sort programs, sort keys, bibliography and notes', (style) => {
    const ids = [...byId.keys()];
    const [original, patched] = [ORIGINAL_EXPAND_MACRO, PATCHED].map((expand) => engine(styleText(style), expand));
    for (const area of ['bibliography_sort', 'citation_sort'] as const) {
      const mine = flat(patched?.[area].tokens ?? []);
      const theirs = flat(original?.[area].tokens ?? []);
      // Where the two first differ (-1: nowhere); a diff of 180,000 tokens would say less.
      const differs = mine.findIndex((t, i) => t !== theirs[i]);
      expect({ length: mine.length, differs }).toEqual({ length: theirs.length, differs: -1 });
      // The patch makes the program shorter, or it did nothing.
      if (mine.length > 100) expect(patched?.[area].tokens.length).toBeLessThan(mine.length);
    }
    for (const e of [original, patched]) e?.updateItems(ids);
    for (const id of ids)
      expect(patched?.registry.registry[id]?.sortkeys).toEqual(original?.registry.registry[id]?.sortkeys);
    expect(patched?.makeBibliography()[1]).toEqual(original?.makeBibliography()[1]);
    for (const [n, id] of ids.entries()) expect(cite(patched, id, n + 1, '3')).toEqual(cite(original, id, n + 1, '3'));
  });

  it("a note needs only the style's citation: the notes of every document are the same without its bibliography", () => {
    const xml = styleText('chicago-notes-bibliography.csl');
    const [whole, part] = [xml, citationPart(xml)].map((style) => engine(style, PATCHED));
    expect(xml).toContain('<bibliography');
    expect(citationPart(xml)).not.toContain('<bibliography');
    for (const [n, id] of [...byId.keys()].entries())
      for (const locator of [undefined, '3'])
        expect(cite(part, id, n + 1, locator)).toEqual(cite(whole, id, n + 1, locator));
  });

  // 300 documents of the benchmarks' kind (few senders, many short forms alike) beside the corpus's.
  const generated = Array.from({ length: 300 }, (_, i) =>
    toCsl(parseDocument(makeDocument(i), { path: `${100000 + i}.md` }).document),
  );

  it.each(STYLES)('%s: a bibliography alone, with the bare citation where that cannot change it', (style) => {
    const xml = styleText(style);
    const part = bibliographyPart(xml);
    // Chicago and MLA print nothing a citation's disambiguation decides; APA and author-date add year suffixes.
    expect(part === xml).toBe(/apa|author-date/.test(style));
    for (const item of generated) byId.set(item.id, item);
    try {
      const [whole, alone] = [xml, part].map((text) => engine(text, PATCHED));
      const ids = [...byId.keys()];
      for (const e of [whole, alone]) e?.updateItems(ids);
      expect(alone?.makeBibliography()[1]).toEqual(whole?.makeBibliography()[1]);
    } finally {
      for (const item of generated) byId.delete(item.id);
    }
  });

  it.each(STYLES)('%s: one entry alone is the same with a bare citation', (style) => {
    const xml = styleText(style);
    const [whole, bare] = [xml, bareCitation(xml)].map((text) => engine(text, PATCHED));
    for (const id of byId.keys()) {
      for (const e of [whole, bare]) e?.updateItems([id]);
      expect(bare?.makeBibliography()[1]).toEqual(whole?.makeBibliography()[1]);
    }
  });

  it('stands aside for any other citeproc: the function is left as it is', () => {
    const other = { ...module, expandMacro: function expandMacro() {} } as unknown as CitEngineModule;
    const before = other.expandMacro;
    expect(reuseSortMacros(other)).toBe(false);
    expect(other.expandMacro).toBe(before);
    // The same function under a hash that is not the one expected (as a minified build of another version).
    const renamed = { ...module, expandMacro: ORIGINAL_EXPAND_MACRO } as unknown as CitEngineModule;
    expect(reuseSortMacros(renamed, '0')).toBe(false);
    expect(renamed.expandMacro).toBe(ORIGINAL_EXPAND_MACRO);
  });
});
