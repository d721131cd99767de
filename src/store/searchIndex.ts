import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexStatus } from '../model/index.js';
import type { DocumentFilter } from '../query/filter.js';
import { documentUnits } from '../search/units.js';
import { foldText } from '../text/fold.js';
import { VERSION } from '../version.js';
import type { Collection } from './collection.js';
import { listDocumentPaths } from './collection.js';
import { indexPath } from './indexPath.js';
import { Database, openDatabase } from './sqlite.js';

export { indexPath } from './indexPath.js';

import { type DocumentProblem, tryLoad } from './load.js';

/**
 * The full-text index: SQLite FTS5, one row per point or paragraph. It is
 * only a cache of the collection: built on first use, brought up to date
 * from each file's size and modification time, rebuilt when missing,
 * corrupt or from another version, and safe to delete.
 */
const SCHEMA = '1';

type Db = Database.Database;

export interface RefreshStats {
  added: number;
  updated: number;
  removed: number;
  documents: number;
  /** Why the index was built from nothing, when it was. */
  rebuilt: string | null;
  problems: DocumentProblem[];
}

export type Progress = (done: number, total: number) => void;

function removeIndexFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

function createSchema(db: Db): void {
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE files (
      id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime REAL NOT NULL,
      doc_id TEXT, date TEXT, title TEXT, language TEXT
    );
    CREATE TABLE units (
      id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files(id),
      part TEXT NOT NULL, number INTEGER NOT NULL, marker TEXT, text TEXT NOT NULL
    );
    CREATE INDEX units_by_file ON units(file_id);
    CREATE VIRTUAL TABLE units_fts USING fts5(folded, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
  `);
  const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  meta.run('schema', SCHEMA);
  meta.run('cable', VERSION);
}

/** Why an existing index cannot be used, or null when it can. */
function unusable(db: Db): string | null {
  try {
    const rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
    const meta = new Map(rows.map((r) => [r.key, r.value]));
    if (meta.get('schema') !== SCHEMA || meta.get('cable') !== VERSION)
      return 'it was made by another version of cable';
    return null;
  } catch {
    return 'it is damaged';
  }
}

function open(path: string): Db {
  const db = openDatabase(path);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -32000');
  db.pragma('temp_store = MEMORY');
  return db;
}

/** Opens the index, making it anew when it is missing, corrupt or from another version. */
function openOrCreate(path: string, rebuild: boolean): { db: Db; rebuilt: string | null } {
  mkdirSync(join(path, '..'), { recursive: true });
  let reason: string | null = rebuild ? 'a rebuild was asked for' : existsSync(path) ? null : 'there was none';
  if (reason === null) {
    try {
      const db = open(path);
      reason = unusable(db);
      if (reason === null) return { db, rebuilt: null };
      db.close();
    } catch {
      reason = 'it is damaged';
    }
  }
  removeIndexFiles(path);
  const db = open(path);
  createSchema(db);
  return { db, rebuilt: reason };
}

interface FileRow {
  id: number;
  path: string;
  size: number;
  mtime: number;
}

/**
 * Brings the index up to date with the collection's files, by size and
 * modification time: all of them, or only `only` (the files `cable add` just wrote).
 */
function refresh(db: Db, dir: string, progress: Progress | undefined, only?: string[]): Omit<RefreshStats, 'rebuilt'> {
  const known = new Map<string, FileRow>();
  const rows =
    only === undefined
      ? db.prepare('SELECT id, path, size, mtime FROM files').raw(true).iterate()
      : only.flatMap((p) => db.prepare('SELECT id, path, size, mtime FROM files WHERE path = ?').raw(true).all(p));
  for (const [id, path, size, mtime] of rows as Iterable<[number, string, number, number]>) {
    known.set(path, { id, path, size, mtime });
  }
  const onDisk: Array<{ path: string; size: number; mtime: number }> = [];
  for (const path of only ?? listDocumentPaths(dir)) {
    try {
      const stat = statSync(path);
      if (stat.isFile()) onDisk.push({ path, size: stat.size, mtime: stat.mtimeMs });
    } catch {
      // Gone since the listing, or a broken link: not a document now.
    }
  }
  const changed = onDisk.filter((f) => {
    const row = known.get(f.path);
    return row === undefined || row.size !== f.size || row.mtime !== f.mtime;
  });
  const present = new Set(onDisk.map((f) => f.path));
  const removed = [...known.values()].filter((f) => !present.has(f.path));
  const documents =
    only === undefined
      ? onDisk.length
      : (db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n +
        onDisk.filter((f) => !known.has(f.path)).length;
  const stats = { added: 0, updated: 0, removed: removed.length, documents, problems: [] as DocumentProblem[] };
  if (changed.length === 0 && removed.length === 0) return stats;

  const deleteUnits = db.prepare('DELETE FROM units_fts WHERE rowid IN (SELECT id FROM units WHERE file_id = ?)');
  const deleteUnitRows = db.prepare('DELETE FROM units WHERE file_id = ?');
  const deleteFile = db.prepare('DELETE FROM files WHERE id = ?');
  const upsertFile = db.prepare(
    `INSERT INTO files (path, size, mtime, doc_id, date, title, language) VALUES (@path, @size, @mtime, @docId, @date, @title, @language)
     ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, doc_id = excluded.doc_id,
       date = excluded.date, title = excluded.title, language = excluded.language
     RETURNING id`,
  );
  const insertUnit = db.prepare('INSERT INTO units (file_id, part, number, marker, text) VALUES (?, ?, ?, ?, ?)');
  const insertFts = db.prepare('INSERT INTO units_fts (rowid, folded) VALUES (?, ?)');

  const forget = (fileId: number): void => {
    deleteUnits.run(fileId);
    deleteUnitRows.run(fileId);
  };
  db.transaction(() => {
    for (const file of removed) {
      forget(file.id);
      deleteFile.run(file.id);
    }
    changed.forEach((file, i) => {
      const before = known.get(file.path);
      if (before) forget(before.id);
      // A problem is recorded without text, so an unreadable file is not read again until it changes.
      const loaded = tryLoad(file.path);
      const doc = 'document' in loaded ? loaded.document : null;
      if (!('document' in loaded)) stats.problems.push(loaded);
      const { id } = upsertFile.get({
        path: file.path,
        size: file.size,
        mtime: file.mtime,
        docId: doc?.id ?? null,
        date: doc?.isoDate ?? null,
        title: doc?.title ?? null,
        language: doc?.originalLanguage === null || doc === null ? null : foldText(doc.originalLanguage),
      }) as { id: number };
      for (const unit of doc === null ? [] : documentUnits(doc)) {
        const unitId = insertUnit.run(id, unit.part, unit.number, unit.marker, unit.text).lastInsertRowid;
        insertFts.run(unitId, foldText(unit.text));
      }
      if (before) stats.updated++;
      else stats.added++;
      if (progress && (i % 100 === 0 || i === changed.length - 1)) progress(i + 1, changed.length);
    });
  })();
  return stats;
}

export interface SearchIndex {
  path: string;
  stats: RefreshStats;
  candidates(match: string | null, filter: DocumentFilter, limit: number | null): Iterable<CandidateRow>;
  close(): void;
}

export interface CandidateRow {
  unitId: number;
  docId: string;
  path: string;
  date: string | null;
  title: string | null;
  part: 'point' | 'preamble' | 'closing' | 'notes';
  number: number;
  marker: string | null;
  text: string;
  rank: number;
}

function filterSql(filter: DocumentFilter): { sql: string; params: Record<string, string> } {
  const clauses: string[] = ['f.doc_id IS NOT NULL'];
  const params: Record<string, string> = {};
  if (filter.from !== undefined) {
    clauses.push('f.date >= @from');
    params.from = filter.from;
  }
  if (filter.to !== undefined) {
    clauses.push('substr(f.date, 1, length(@to)) <= @to');
    params.to = filter.to;
  }
  if (filter.language !== undefined) {
    clauses.push('f.language = @language');
    params.language = foldText(filter.language);
  }
  if (filter.hasPoints) clauses.push("EXISTS (SELECT 1 FROM units p WHERE p.file_id = f.id AND p.part = 'point')");
  return { sql: clauses.join(' AND '), params };
}

export function openSearchIndex(
  collection: Collection,
  env: Record<string, string | undefined>,
  options: { rebuild?: boolean; progress?: Progress | undefined; only?: string[] } = {},
): SearchIndex {
  const path = indexPath(collection, env);
  let { db, rebuilt } = openOrCreate(path, options.rebuild === true);
  let stats: Omit<RefreshStats, 'rebuilt'>;
  try {
    // A new index must take in everything; `only` narrows an update of one that exists.
    stats = refresh(db, collection.dir, options.progress, rebuilt === null ? options.only : undefined);
  } catch (error) {
    // A file damaged in a way the first look missed shows up here: start again, once.
    if (!(error instanceof Database.SqliteError)) throw error;
    db.close();
    ({ db, rebuilt } = openOrCreate(path, true));
    rebuilt = 'it is damaged';
    stats = refresh(db, collection.dir, options.progress);
  }
  return {
    path,
    stats: { ...stats, rebuilt },
    *candidates(match, filter, limit) {
      const where = filterSql(filter);
      const select = `SELECT u.id AS unitId, f.doc_id AS docId, f.path AS path, f.date AS date, f.title AS title,
        u.part AS part, u.number AS number, u.marker AS marker, u.text AS text`;
      const limited = limit === null ? '' : `LIMIT ${Math.floor(limit)}`;
      let sql: string;
      if (match === null) {
        sql = `${select}, 0 AS rank FROM units u JOIN files f ON f.id = u.file_id WHERE ${where.sql} ORDER BY f.date, f.doc_id, u.id ${limited}`;
      } else if (Object.keys(where.params).length === 0 && !filter.hasPoints) {
        // No filter on the documents: let FTS5 rank and cut before anything is joined.
        sql = `${select}, hit.rank AS rank FROM (SELECT rowid, rank FROM units_fts WHERE units_fts MATCH @match ORDER BY rank ${limited}) hit
          JOIN units u ON u.id = hit.rowid JOIN files f ON f.id = u.file_id WHERE ${where.sql} ORDER BY hit.rank, f.date`;
      } else {
        sql = `${select}, units_fts.rank AS rank FROM units_fts JOIN units u ON u.id = units_fts.rowid JOIN files f ON f.id = u.file_id
          WHERE units_fts MATCH @match AND ${where.sql} ORDER BY units_fts.rank, f.date ${limited}`;
      }
      const statement = db.prepare(sql);
      yield* statement.iterate(match === null ? where.params : { ...where.params, match }) as Iterable<CandidateRow>;
    },
    close: () => db.close(),
  };
}

export type { IndexStatus };

/** What `cable index --status` reports, without changing anything. */
export function indexStatus(collection: Collection, env: Record<string, string | undefined>): IndexStatus {
  const path = indexPath(collection, env);
  const status: IndexStatus = { path, exists: existsSync(path), bytes: 0, documents: 0, units: 0, stale: 0 };
  if (!status.exists) return status;
  status.bytes = statSync(path).size;
  const db = openDatabase(path, { readonly: true, fileMustExist: true });
  try {
    status.documents = (db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n;
    status.units = (db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
    const known = new Map(
      (db.prepare('SELECT path, size, mtime FROM files').all() as FileRow[]).map((f) => [f.path, f]),
    );
    const paths = listDocumentPaths(collection.dir);
    for (const p of paths) {
      const row = known.get(p);
      const stat = statSync(p, { throwIfNoEntry: false });
      if (!row || !stat || row.size !== stat.size || row.mtime !== stat.mtimeMs) status.stale++;
    }
    status.stale += [...known.keys()].filter((p) => !paths.includes(p)).length;
  } finally {
    db.close();
  }
  return status;
}
