// A small declaration instead of @types/marked-terminal, which pulls in an old marked.
declare module 'marked-terminal' {
  import type { MarkedExtension } from 'marked';

  type StyleFn = (text: string) => string;
  export interface TerminalRendererOptions {
    width?: number;
    reflowText?: boolean;
    showSectionPrefix?: boolean;
    emoji?: boolean;
    unescape?: boolean;
    tab?: number | string;
    [style: string]: StyleFn | number | string | boolean | object | undefined;
  }
  export function markedTerminal(options?: TerminalRendererOptions, highlightOptions?: object): MarkedExtension;
}
