// marked-terminal imports cli-highlight (with parse5 and highlight.js) for code blocks and
// node-emoji (with its whole emoji table) for :shortcodes:. cable renders neither: documents carry
// no code, and emoji replacement is off, since ":word:" in a document is text. These stand in for
// both in the terminal bundle, so `cable show` does not load about 600 KiB it never uses.
export const highlight = (code) => code;
export const get = () => undefined;
