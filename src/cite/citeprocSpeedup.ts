import CSL from 'citeproc';

/**
 * citeproc looks up every macro by walking the whole style tree
 * (XmlJSON.getNodesByName), once per expansion: with Chicago's 6,000-line
 * style that is seconds of start-up. This indexes each tree's macros by name
 * on first use and answers later look-ups from the index. The results are
 * the same nodes, in the same order, that the walk returns.
 */
interface XmlNode {
  name?: string;
  attrs?: Record<string, string>;
  children?: unknown[];
}

type GetNodesByName = (this: unknown, tree: XmlNode, name: string, nameAttr?: string, ret?: XmlNode[]) => XmlNode[];

const proto = (CSL as unknown as { XmlJSON: { prototype: { getNodesByName: GetNodesByName } } }).XmlJSON.prototype;
const walk = proto.getNodesByName;
const macroIndex = new WeakMap<XmlNode, Map<string, XmlNode[]>>();

proto.getNodesByName = function getNodesByName(tree, name, nameAttr, ret) {
  if (name !== 'macro' || nameAttr === undefined || ret !== undefined || tree === null || typeof tree !== 'object') {
    return walk.call(this, tree, name, nameAttr, ret);
  }
  let index = macroIndex.get(tree);
  if (index === undefined) {
    index = new Map();
    for (const node of walk.call(this, tree, 'macro')) {
      const key = node.attrs?.name ?? '';
      const list = index.get(key) ?? [];
      list.push(node);
      index.set(key, list);
    }
    macroIndex.set(tree, index);
  }
  return [...(index.get(nameAttr) ?? [])];
};

/**
 * The sort keys. citeproc builds a macro once for citations and bibliographies and runs it by reference, but a
 * macro a `<sort>` key calls it copies into the key, with every macro that macro calls, each time: Chicago's
 * bibliography sort becomes ~180,000 tokens, most of a citation's time and heap. This builds each such macro once
 * per sort area and runs it by reference, as citeproc does outside sorting (the change of Juris-M/citeproc-js pull
 * request #276). The reuse is keyed by the sort area (bibliography_sort, citation_sort), the macro's name and the
 * depth of `<substitute>` it sits in, since citeproc builds a macro's tokens differently there.
 *
 * It replaces `CSL.expandMacro` only when that function is exactly the one this was written against (citeproc
 * 2.4.63, pinned in package.json): any other version runs unpatched, slower and the same. tests/core/citeproc.test.ts
 * checks that every shipped style sorts and prints the same with and without it.
 */
type Token = { execs: unknown[] };
interface Engine {
  build: {
    extension: string;
    root: string;
    macro_stack: string[];
    current_default_locale: string;
    substitute_level: { value(): number };
  };
  cslXml: {
    dataObj: unknown;
    getNodesByName(tree: unknown, name: string, attr: string): unknown[];
    getAttributeValue(node: unknown, name: string): string | false;
    getNodeValue(nodes: unknown): unknown;
  };
  opt: { update_mode: unknown };
  configureTokenList(tokens: Token[]): void;
  cableSortMacros?: Map<string, Token[]>;
}
export interface CitEngineModule {
  expandMacro: (
    this: Engine,
    token: Token & { postponed_macro: string; strings: Record<string, unknown> },
    target: Token[],
  ) => void;
  [name: string]: unknown;
}

/** FNV-1a of the source of citeproc 2.4.63's `CSL.expandMacro`. */
export const EXPAND_MACRO_HASH = 'ad5bdf30';

export function sourceHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16);
}

/**
 * Patches `csl.expandMacro` when it is the function expected (`hash`: of its source, as citeproc ships it); says
 * whether it did.
 */
export function reuseSortMacros(csl: CitEngineModule, hash = sourceHash(csl.expandMacro.toString())): boolean {
  const original = csl.expandMacro;
  if (hash !== EXPAND_MACRO_HASH) return false;
  const C = csl as unknown as {
    Token: new (
      name: string,
      type: unknown,
    ) => Token & { strings: Record<string, unknown>; cslid?: unknown; juris?: string };
    START: unknown;
    END: unknown;
    SINGLETON: unknown;
    MODULE_MACROS: Record<string, unknown>;
    POSITION: unknown;
    Node: { group: { build: { call(token: Token, state: Engine, target: Token[], real: boolean): void } } };
    buildMacro: { call(state: Engine, target: Token[], nodes: unknown[]): void };
    tokenExec: { call(state: Engine, token: Token | undefined, Item: unknown, item: unknown): number };
    error(message: string): void;
  };
  csl.expandMacro = function expandMacro(macroKeyToken, target) {
    // Outside a sort key citeproc already builds each macro once.
    if (!this.build.extension) return original.call(this, macroKeyToken, target);
    // From here, citeproc's own steps (2.4.63), but for where the macro's tokens go.
    let mkey = macroKeyToken.postponed_macro;
    const sortDirection = macroKeyToken.strings.sort_direction;
    const start = new C.Token('group', C.START);
    const nodes = this.cslXml.getNodesByName(this.cslXml.dataObj, 'macro', mkey);
    let id: string | false = false;
    let hasDate: string | false = false;
    if (nodes.length) {
      id = this.cslXml.getAttributeValue(nodes[0], 'cslid');
      hasDate = this.cslXml.getAttributeValue(nodes[0], 'macro-has-date');
    }
    if (hasDate) {
      mkey = `${mkey}@${this.build.current_default_locale}`;
      start.execs.push((state: { tmp: Record<string, unknown> }) => {
        if (state.tmp.extension) state.tmp['doing-macro-with-date'] = true;
      });
    }
    if (this.build.macro_stack.indexOf(mkey) > -1)
      C.error(`CSL processor error: call to macro "${mkey}" would cause an infinite loop`);
    else this.build.macro_stack.push(mkey);
    start.cslid = id;
    if (C.MODULE_MACROS[mkey]) {
      start.juris = mkey;
      this.opt.update_mode = C.POSITION;
    }
    C.Node.group.build.call(start, this, target, true);
    if (!this.cslXml.getNodeValue(nodes)) C.error(`CSL style error: undefined macro "${mkey}"`);
    // The macro's tokens: built once per sort area, name and depth of <substitute>, then run by reference.
    this.cableSortMacros ??= new Map();
    const key = `${this.build.root}${this.build.extension}\u0000${mkey}\u0000${this.build.substitute_level.value()}`;
    let tokens = this.cableSortMacros.get(key);
    if (tokens === undefined) {
      tokens = [];
      C.buildMacro.call(this, tokens, nodes);
      this.configureTokenList(tokens);
      this.cableSortMacros.set(key, tokens);
    }
    const program = tokens;
    const run = Object.assign(new C.Token('text', C.SINGLETON), { cableProgram: program });
    run.execs.push((state: Engine, Item: unknown, item: unknown) => {
      let next = 0;
      while (next < program.length) next = C.tokenExec.call(state, program[next], Item, item);
    });
    target.push(run);
    const end = new C.Token('group', C.END);
    end.strings.sort_direction = sortDirection;
    if (hasDate)
      end.execs.push((state: { tmp: Record<string, unknown> }) => {
        if (state.tmp.extension) state.tmp['doing-macro-with-date'] = false;
      });
    if (start.juris) end.juris = mkey;
    C.Node.group.build.call(end, this, target, true);
    this.build.macro_stack.pop();
  };
  return true;
}

/** citeproc's own `expandMacro`, before any patch: tests compare the two. */
export const ORIGINAL_EXPAND_MACRO = (CSL as unknown as CitEngineModule).expandMacro;

// In dist, citeproc is minified, so its source is not what it ships: the build measures the source before
// (scripts/build.mjs defines this constant); run from source, the function is measured here.
declare const CABLE_EXPAND_MACRO_HASH: string | undefined;
reuseSortMacros(
  CSL as unknown as CitEngineModule,
  typeof CABLE_EXPAND_MACRO_HASH === 'string' ? CABLE_EXPAND_MACRO_HASH : undefined,
);
