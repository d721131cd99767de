// marked-terminal imports cli-highlight (with parse5 and highlight.js) for code blocks, cli-table3
// for tables, and node-emoji (with its whole emoji table) for :shortcodes:. cable needs none of them:
// documents carry no code, cable renders without GFM tables, and emoji replacement is off, since
// ":word:" in a document is text. These stand in for all three in the terminal bundle, so `cable show`
// does not load about 600 KiB it never uses.
export const highlight = (code) => code;
export const get = () => undefined;
// cli-table3 draws GFM tables; cable renders without GFM, so there are none.
export default class Table {
  push() {}
  toString() {
    return '';
  }
}
