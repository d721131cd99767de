// string-width and wrap-ansi, in a bundle of their own: string-width's Unicode property regexes
// (\p{RGI_Emoji} among them) take tens of milliseconds just to compile, which English text never needs.
export { default as stringWidth } from 'string-width';
export { default as wrapAnsi } from 'wrap-ansi';
