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
