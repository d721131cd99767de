export interface Bundle {
  name: string;
  entry: string;
  synchronous?: { module: string; loader: string };
  loadedBy: string[] | null;
  /** The other bundles its `loadedBy` command loads. */
  alsoLoads?: string[];
  warm(scratch: string, root: string): string[][];
}
export const BUNDLES: Bundle[];
export const DEFERRED: string[];
