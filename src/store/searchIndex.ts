import { lstatSync, mkdirSync, rmSync, type Stats, statSync, unlinkSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { builtin } from '../builtin.js';
import { IndexPathError } from '../errors.js';
import { type ArchiveDocument, type IndexStatus, type ListEntry, sourceOf } from '../model/index.js';
import { sha256 } from '../provenance.js';
import type { DocumentFilter } from '../query/filter.js';
import { readPerson } from '../query/names.js';
import { searchFold } from '../search/fold.js';
import { documentUnits } from '../search/units.js';
import { foldText } from '../text/fold.js';
import { VERSION } from '../version.js';
import type { Collection } from './collection.js';
import { listDocumentPaths } from './collection.js';
import { indexPath } from './indexPath.js';
import { readDocumentText } from './read.js';
import { Database, openDatabase } from './sqlite.js';

export { indexPath } from './indexPath.js';

import { type DocumentProblem, tryLoad } from './load.js';

/**
 * The full-text index: SQLite FTS5, one row per point or paragraph. It is
 * only a cache of the collection, and safe to delete: built on first use,
 * rebuilt when it is from another version or damaged, and brought up to date
 * before every search from each file's signature: its size, modification
 * time, change time and inode. An edit that keeps the size and puts the old
 * modification time back still changes the change time, which no user can
 * set; so the next search sees it. `index --status --verify` compares the
 * text itself, by its SHA-256.
 *
 * Several cable processes may use one index at once: every read-and-update
 * happens inside one `BEGIN IMMEDIATE` transaction (one writer at a time, the
 * others wait), the schema is made inside one too, and a unit is unique by
 * its file and place, so no update can be counted twice.
 */
const SCHEMA = '8';
const INDEX_FILES = ['', '-wal', '-shm', '-journal'];

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

/**
 * Never follows a link at the index's paths, nor writes through one into
 * another file: a link there is removed (the link, not its target), and a
 * folder there is an error that names it.
 */
function clearThePath(path: string): void {
  for (const suffix of INDEX_FILES) {
    const stat = lstatSync(path + suffix, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink()) unlinkSync(path + suffix);
    else if (stat?.isDirectory()) throw new IndexPathError(path + suffix);
  }
}

function removeIndexFiles(path: string): void {
  for (const suffix of INDEX_FILES) rmSync(path + suffix, { force: true });
}

const TABLES = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, signature TEXT NOT NULL, sha256 TEXT,
    doc_id TEXT, date TEXT, title TEXT, language TEXT, source TEXT, spellings TEXT,
    language_shown TEXT, points INTEGER
  );
  CREATE INDEX IF NOT EXISTS files_date ON files (date, doc_id);
  CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files(id), ord INTEGER NOT NULL,
    part TEXT NOT NULL, number INTEGER NOT NULL, marker TEXT, text TEXT NOT NULL,
    UNIQUE (file_id, ord)
  );
  CREATE VIRTUAL TABLE IF NOT EXISTS units_fts USING fts5(folded, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
`;

const DROP =
  'DROP TABLE IF EXISTS units_fts; DROP TABLE IF EXISTS units; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS meta;';

function open(path: string): Db {
  const db = openDatabase(path);
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -32000');
  db.pragma('temp_store = MEMORY');
  return db;
}

/**
 * Inside the write transaction: makes the schema when there is none, or anew
 * when it is another version's or a rebuild is asked for. Returns why it
 * was made, or null when the index was usable as it was.
 */
function ensureSchema(db: Db, rebuild: boolean): string | null {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
  let reason: string | null = rebuild ? 'a rebuild was asked for' : hasMeta ? null : 'there was none';
  if (reason === null) {
    const rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
    const meta = new Map(rows.map((r) => [r.key, r.value]));
    if (meta.get('schema') !== SCHEMA || meta.get('cable') !== VERSION)
      reason = 'it was made by another version of cable';
  }
  if (reason === null) return null;
  db.exec(DROP);
  db.exec(TABLES);
  const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  meta.run('schema', SCHEMA);
  meta.run('cable', VERSION);
  return reason;
}

interface FileRow {
  id: number;
  path: string;
  signature: string;
  /** Not a usable document when last read (its problem is said again each time: it is not kept). */
  broken?: boolean;
}

/** What cable compares to see whether a file changed: size, modification time, change time, inode. */
export function signature(stat: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}

function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const fileStem = (path: string): string => basename(path).replace(/\.md$/i, '');

/**
 * Brings the index up to date with the collection's files, by their
 * signatures: all of them, or only `only` (the files `cable add` just wrote).
 * Runs inside the caller's transaction.
 */
function refresh(db: Db, dir: string, progress: Progress | undefined, only?: string[]): Omit<RefreshStats, 'rebuilt'> {
  const onDisk: Array<{ path: string; signature: string }> = [];
  const notFiles: string[] = [];
  // Every file's signature, and one digest of them all in order: when it is the digest of the last refresh, no file
  // was added, removed, renamed or changed, and nothing more is read (a search or list of 10,000 documents pays
  // 10,000 stat calls and this, not a comparison row by row).
  const digest = builtin<typeof import('node:crypto')>('node:crypto').createHash('sha1');
  for (const path of only ?? listDocumentPaths(dir)) {
    const stat = statOrNothing(path);
    // Gone since the listing, a broken link or a loop of them, a pipe: not a document now.
    if (stat?.isFile()) {
      const sig = signature(stat);
      onDisk.push({ path, signature: sig });
      digest.update(path).update('\0').update(sig).update('\n');
    } else notFiles.push(path);
  }
  const seen = digest.digest('hex');
  const previous = db.prepare("SELECT value FROM meta WHERE key = 'files'").pluck().get() as string | undefined;
  if (only === undefined && previous === seen) {
    const stats = { added: 0, updated: 0, removed: 0, documents: 0, problems: [] as DocumentProblem[] };
    const broken = db.prepare('SELECT path FROM files WHERE doc_id IS NULL').pluck().all() as string[];
    sayProblems(stats, [...notFiles, ...broken]);
    stats.documents = (db.prepare('SELECT count(*) FROM files').pluck().get() as number) ?? 0;
    return stats;
  }
  const known = new Map<string, FileRow>();
  const rows =
    only === undefined
      ? db.prepare('SELECT id, path, signature, doc_id IS NULL FROM files').raw(true).all()
      : only.flatMap((p) =>
          db.prepare('SELECT id, path, signature, doc_id IS NULL FROM files WHERE path = ?').raw(true).all(p),
        );
  for (const [id, path, sig, broken] of rows as Iterable<[number, string, string, number]>)
    known.set(path, { id, path, signature: sig, broken: broken === 1 });
  const changed = onDisk.filter((f) => known.get(f.path)?.signature !== f.signature);
  const present = new Set(onDisk.map((f) => f.path));
  const removed = only === undefined ? [...known.values()].filter((f) => !present.has(f.path)) : [];
  const stats = { added: 0, updated: 0, removed: removed.length, documents: 0, problems: [] as DocumentProblem[] };
  const deleteUnits = db.prepare('DELETE FROM units_fts WHERE rowid IN (SELECT id FROM units WHERE file_id = ?)');
  const deleteUnitRows = db.prepare('DELETE FROM units WHERE file_id = ?');
  const deleteFile = db.prepare('DELETE FROM files WHERE id = ?');
  // An insert or an update, never an upsert with RETURNING: a statement that returns rows opens a savepoint, at
  // which FTS5 writes out what it holds in memory, a new segment for every file (an index build twice as slow).
  const insertFile = db.prepare(
    `INSERT INTO files (path, signature, sha256, doc_id, date, title, language, source, spellings, language_shown, points)
       VALUES (@path, @signature, @sha256, @docId, @date, @title, @language, @source, @spellings, @languageShown, @points)`,
  );
  const updateFile = db.prepare(
    `UPDATE files SET signature = @signature, sha256 = @sha256, doc_id = @docId, date = @date, title = @title,
       language = @language, source = @source, spellings = @spellings, language_shown = @languageShown,
       points = @points WHERE path = @path`,
  );
  const insertUnit = db.prepare(
    'INSERT INTO units (file_id, ord, part, number, marker, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertFts = db.prepare('INSERT INTO units_fts (rowid, folded) VALUES (?, ?)');
  const forget = (fileId: number): void => {
    deleteUnits.run(fileId);
    deleteUnitRows.run(fileId);
  };
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
    const row = {
      path: file.path,
      signature: file.signature,
      sha256: 'document' in loaded ? sha256(loaded.text) : null,
      docId: doc?.id ?? null,
      date: doc?.isoDate ?? null,
      title: doc?.title ?? null,
      language: doc?.originalLanguage === null || doc === null ? null : foldText(doc.originalLanguage),
      source: doc === null ? null : sourceOf(doc),
      // The spellings its FRUS persons list declares for one person ("Park Chung Hee (Pak Chong-hui)"), for search.
      spellings: doc === null ? null : declaredSpellingsJson(doc),
      // What `cable list` shows (model ListEntry).
      languageShown: doc?.originalLanguage ?? null,
      points: doc?.points.length ?? 0,
    };
    let id: number | bigint;
    if (before) {
      updateFile.run(row);
      id = before.id;
    } else id = insertFile.run(row).lastInsertRowid;
    (doc === null ? [] : documentUnits(doc)).forEach((unit, ord) => {
      const unitId = insertUnit.run(id, ord, unit.part, unit.number, unit.marker, unit.text).lastInsertRowid;
      insertFts.run(unitId, searchFold(unit.text));
    });
    if (before) stats.updated++;
    else stats.added++;
    if (progress && (i % 100 === 0 || i === changed.length - 1)) progress(i + 1, changed.length);
  });
  if (changed.length > 0) uniqueIds(db);
  // What is wrong with the collection is said at every use, as when each file is read: the entries that are no
  // file (a folder, a loop of links, a pipe), and the files that were no usable document and have not changed.
  const unchanged = onDisk.filter((f) => known.get(f.path)?.signature === f.signature && known.get(f.path)?.broken);
  sayProblems(stats, [...notFiles, ...unchanged.map((f) => f.path)]);
  // The digest of the whole collection as now indexed (a refresh of some files leaves the others unseen: none).
  if (only === undefined) db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('files', ?)").run(seen);
  else db.prepare("DELETE FROM meta WHERE key = 'files'").run();
  stats.documents = (db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n;
  return stats;
}

/** The problem of each path that is no usable document, said again (see refresh). */
function sayProblems(stats: { problems: DocumentProblem[] }, paths: string[]): void {
  for (const path of paths) {
    const loaded = tryLoad(path);
    if (!('document' in loaded)) stats.problems.push(loaded);
  }
}

/**
 * Two files whose citations name the same document would share an id: the
 * one whose file name is the id keeps it, the others are known by their file
 * names (as `list` and `--doc` know them: see store/collection.ts).
 */
function uniqueIds(db: Db): void {
  const shared = db
    .prepare(
      'SELECT id, path, doc_id AS docId FROM files WHERE doc_id IN (SELECT doc_id FROM files WHERE doc_id IS NOT NULL GROUP BY doc_id HAVING count(*) > 1)',
    )
    .all() as Array<{ id: number; path: string; docId: string }>;
  const rename = db.prepare('UPDATE files SET doc_id = ? WHERE id = ?');
  for (const row of shared) if (fileStem(row.path) !== row.docId) rename.run(fileStem(row.path), row.id);
}

/** The groups of spellings a document's persons list declares, two or more each, as JSON; null for none. */
function declaredSpellingsJson(doc: ArchiveDocument): string | null {
  const frus = doc.frontMatter.frus as { persons?: Record<string, unknown> } | undefined;
  const groups = Object.values(frus?.persons ?? {})
    .filter((v): v is string => typeof v === 'string')
    .map((v) => readPerson(v).spellings)
    .filter((g) => g.length > 1);
  return groups.length === 0 ? null : JSON.stringify(groups);
}

export interface SearchIndex {
  path: string;
  stats: RefreshStats;
  candidates(match: string | null, filter: DocumentFilter, limit: number | null): Iterable<CandidateRow>;
  /** Every group of spellings the collection's FRUS persons lists declare. */
  declaredSpellings(): string[][];
  /** What `cable list` shows of each document that passes the filter, in no order. */
  entries(filter: DocumentFilter): ListEntry[];
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
  if (filter.source !== undefined) {
    clauses.push('f.source = @source');
    params.source = filter.source;
  }
  if (filter.hasPoints) clauses.push('f.points > 0');
  return { sql: clauses.join(' AND '), params };
}

export function openSearchIndex(
  collection: Collection,
  env: Record<string, string | undefined>,
  options: { rebuild?: boolean; progress?: Progress | undefined; only?: string[] } = {},
): SearchIndex {
  const path = indexPath(collection, env);
  mkdirSync(dirname(path), { recursive: true });
  clearThePath(path);
  const update = (db: Db, rebuild: boolean) =>
    db
      .transaction(() => {
        const rebuilt = ensureSchema(db, rebuild);
        // A new index must take in everything; `only` narrows an update of one that exists.
        return {
          rebuilt,
          stats: refresh(db, collection.dir, options.progress, rebuilt === null ? options.only : undefined),
        };
      })
      .immediate();
  let db: Db;
  let result: { rebuilt: string | null; stats: Omit<RefreshStats, 'rebuilt'> };
  try {
    db = open(path);
    result = update(db, options.rebuild === true);
  } catch (error) {
    // Not a database (random bytes, a half-written file): it is a cache, so start again, once.
    if (!(error instanceof Database.SqliteError) || error.code === 'SQLITE_BUSY') throw error;
    removeIndexFiles(path);
    db = open(path);
    result = update(db, true);
    result.rebuilt = 'it was damaged';
  }
  const { stats, rebuilt } = result;
  return {
    path,
    stats: { ...stats, rebuilt },
    declaredSpellings() {
      const rows = db.prepare('SELECT DISTINCT spellings FROM files WHERE spellings IS NOT NULL').all() as {
        spellings: string;
      }[];
      const seen = new Set<string>();
      return rows
        .flatMap((row) => JSON.parse(row.spellings) as string[][])
        .filter((group) => !seen.has(group.join('\u0000')) && seen.add(group.join('\u0000')));
    },
    entries(filter) {
      const where = filterSql(filter);
      return db
        .prepare(
          `SELECT f.doc_id AS id, f.date AS isoDate, f.language_shown AS language, f.points AS points, f.title AS title
           FROM files f WHERE ${where.sql}`,
        )
        .all(where.params) as ListEntry[];
    },
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

/** What `cable index --status` reports, without changing anything; with `verify`, the text of every file too. */
export function indexStatus(
  collection: Collection,
  env: Record<string, string | undefined>,
  options: { verify?: boolean } = {},
): IndexStatus {
  const path = indexPath(collection, env);
  const status: IndexStatus = { path, exists: false, bytes: 0, documents: 0, units: 0, stale: 0, damaged: null };
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return status;
  status.exists = true;
  if (!stat.isFile()) {
    status.damaged = stat.isDirectory()
      ? 'a folder is where the index goes; move it away'
      : 'a link or another kind of file is where the index goes; the next search replaces it';
    return status;
  }
  status.bytes = stat.size;
  let db: Db | undefined;
  try {
    db = openDatabase(path, { readonly: true, fileMustExist: true });
    status.documents = (db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n;
    status.units = (db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
    const known = new Map(
      (db.prepare('SELECT path, signature, sha256 FROM files').all() as Array<FileRow & { sha256: string | null }>).map(
        (f) => [f.path, f],
      ),
    );
    const paths = listDocumentPaths(collection.dir);
    for (const p of paths) {
      const row = known.get(p);
      const file = statOrNothing(p);
      if (!row || !file || row.signature !== signature(file)) status.stale++;
      else if (options.verify && row.sha256 !== null && row.sha256 !== sha256(readTextOrNothing(p))) status.stale++;
    }
    const onDisk = new Set(paths);
    status.stale += [...known.keys()].filter((p) => !onDisk.has(p)).length;
  } catch (error) {
    if (!(error instanceof Database.SqliteError)) throw error;
    status.damaged = 'it is not an index cable can read; the next search rebuilds it';
  } finally {
    db?.close();
  }
  return status;
}

function readTextOrNothing(path: string): string {
  try {
    return readDocumentText(path);
  } catch {
    return '';
  }
}
