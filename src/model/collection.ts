/** Where the collection in use was found: --dir, $CABLE_DIR, ./documents, the data folder, or the sample. */
export type CollectionSource = 'flag' | 'env' | 'cwd' | 'user' | 'sample';

export interface Collection {
  dir: string;
  source: CollectionSource;
  /** The sample shipped inside the package is never written to. */
  readOnly: boolean;
}

/** What `cable index --status` reports of the search index. */
export interface IndexStatus {
  path: string;
  exists: boolean;
  bytes: number;
  documents: number;
  units: number;
  /** Documents changed, added or removed since the index was last brought up to date. */
  stale: number;
  /** Why the index cannot be used, and what happens or what to do, or null. */
  damaged: string | null;
}
