import type { Db } from './open.js';
import { prepared } from './prepared.js';
import type { FeedEntry, Item, Language } from '../domain.js';

/** How an entry is told apart: within its feed (key), and across feeds (canonical URL, title fingerprint). */
export interface EntryKeys {
  key: string;
  canonical: string | null;
  fingerprint: string | null;
}

export interface StoredEntry {
  item: Item;
  /** The first item of the same story from another source (same canonical URL or fingerprint), if any. */
  duplicateOf: number | null;
}

interface ItemRow {
  id: number;
  full_text: string | null;
  source_id: number;
  title: string;
  url: string | null;
  publisher: string | null;
  published_at: string | null;
  language: string | null;
  text: string;
  source_name: string | null;
  source_url: string;
}

function toItem(r: ItemRow): Item {
  return {
    id: r.id,
    sourceId: r.source_id,
    sourceName: r.publisher ?? r.source_name ?? new URL(r.source_url).hostname,
    title: r.title,
    url: r.url,
    publishedAt: r.published_at,
    language: r.language === 'en' || r.language === 'zh' ? r.language : null,
    // The article's own text when it was fetched, else the feed's.
    text: r.full_text ?? r.text,
  };
}

const SELECT_ITEM = `SELECT items.*, sources.name AS source_name, sources.url AS source_url FROM items JOIN sources ON sources.id = items.source_id`;

export function getItem(db: Db, id: number): Item | null {
  const row = prepared(db, `${SELECT_ITEM} WHERE items.id = ?`).get(id) as ItemRow | undefined;
  return row ? toItem(row) : null;
}

/**
 * Stores an entry unless its source already has it; returns null for an entry seen before.
 * An entry that may alert stays unprocessed until markProcessed, so a crash in between is recovered.
 */
export function storeEntry(db: Db, sourceId: number, e: FeedEntry, keys: EntryKeys, language: Language | null, now: Date, alertable = true): StoredEntry | null {
  const { key, canonical, fingerprint } = keys;
  const info = prepared(
    db,
    `INSERT INTO items (source_id, dedup_key, canonical_url, fingerprint, title, url, publisher, published_at, language, text, first_seen_at, alertable, processed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, dedup_key) DO NOTHING`,
  ).run(
    sourceId,
    key,
    canonical,
    fingerprint,
    e.title,
    e.url,
    e.publisher,
    e.published?.toISOString() ?? null,
    language,
    e.text,
    now.toISOString(),
    alertable ? 1 : 0,
    alertable ? null : now.toISOString(),
  );
  if (info.changes === 0) return null;
  const id = Number(info.lastInsertRowid);
  const dup = prepared(
    db,
    `SELECT id FROM items WHERE id <> ? AND source_id <> ? AND duplicate_of IS NULL
         AND ((? IS NOT NULL AND canonical_url = ?) OR (? IS NOT NULL AND fingerprint = ?)) ORDER BY id LIMIT 1`,
  ).get(id, sourceId, canonical, canonical, fingerprint, fingerprint) as { id: number } | undefined;
  if (dup) prepared(db, 'UPDATE items SET duplicate_of = ? WHERE id = ?').run(dup.id, id);
  return { item: getItem(db, id)!, duplicateOf: dup?.id ?? null };
}

/** Records an article fetch: its text, or why there is none (either way it is not fetched again). */
export function setFullText(db: Db, id: number, result: { text: string } | { error: string }): void {
  prepared(db, 'UPDATE items SET full_text = ?, full_text_error = ? WHERE id = ?').run('text' in result ? result.text : null, 'error' in result ? result.error : null, id);
}

/** Whether the item's article page was fetched before (successfully or not). */
export function fullTextTried(db: Db, id: number): boolean {
  return !!prepared(db, 'SELECT 1 FROM items WHERE id = ? AND (full_text IS NOT NULL OR full_text_error IS NOT NULL)').get(id);
}

export function markProcessed(db: Db, id: number, now: Date): void {
  prepared(db, 'UPDATE items SET processed_at = ? WHERE id = ?').run(now.toISOString(), id);
}

/** Items stored to be read for moves but not read yet (the process stopped in between). */
export function unprocessedItems(db: Db): { item: Item; duplicateOf: number | null }[] {
  const rows = prepared(db, `${SELECT_ITEM} WHERE items.alertable = 1 AND items.processed_at IS NULL ORDER BY items.id`).all() as (ItemRow & { duplicate_of: number | null })[];
  return rows.map((r) => ({ item: toItem(r), duplicateOf: r.duplicate_of }));
}

/** Counts a failed reading; returns how many there have been. */
export function recordReadFailure(db: Db, id: number): number {
  return (prepared(db, 'UPDATE items SET read_attempts = read_attempts + 1 WHERE id = ? RETURNING read_attempts').get(id) as { read_attempts: number }).read_attempts;
}

/**
 * Drops the text of items first seen before `cutoff` and already read. The rows stay, so a feed
 * that still carries them does not bring them back as new; moves keep their own evidence.
 */
export function forgetOldText(db: Db, cutoff: Date): number {
  return prepared(db, "UPDATE items SET text = '', full_text = NULL WHERE first_seen_at < ? AND processed_at IS NOT NULL AND (text <> '' OR full_text IS NOT NULL)").run(cutoff.toISOString()).changes;
}

/** How many stored items name any of these (case-insensitively): what /watch reports as mentions. */
export function countItemsNaming(db: Db, names: readonly string[]): number {
  const wanted = [...new Set(names.map((n) => n.toLowerCase()).filter(Boolean))];
  if (!wanted.length) return 0;
  return (
    prepared(
      db,
      `SELECT count(*) AS n FROM items WHERE EXISTS (SELECT 1 FROM json_each(?) WHERE instr(lower(items.title || ' ' || items.text || ' ' || coalesce(items.full_text, '')), value) > 0)`,
    ).get(JSON.stringify(wanted)) as { n: number }
  ).n;
}
