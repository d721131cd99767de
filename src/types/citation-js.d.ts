// The small part of citation-js 0.8 that cable uses (the packages ship no types).
declare module '@citation-js/core' {
  interface CiteItemRef {
    id: string;
    locator?: string;
    label?: string;
  }
  interface Citation {
    citationItems: CiteItemRef[];
    properties: { noteIndex: number };
  }
  interface FormatOptions {
    template?: string;
    format?: 'text' | 'html';
    lang?: string;
    entry?: Citation | CiteItemRef[] | string[];
    citationsPre?: Citation[];
  }
  class Cite {
    constructor(data: unknown);
    data: Array<Record<string, unknown>>;
    format(format: string, options?: FormatOptions): string;
  }
  const plugins: {
    config: {
      get(name: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } };
      /** plugin-bibtex's settings: asciiOnly turns every non-ASCII character into a LaTeX command, or drops it. */
      get(name: '@bibtex'): { format: { asciiOnly: boolean } };
    };
  };
  const core: { Cite: typeof Cite; plugins: typeof plugins };
  export default core;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module 'citeproc' {
  const CSL: unknown;
  export default CSL;
}
