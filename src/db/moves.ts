import { createHash } from 'node:crypto';
import type { Db } from './open.js';
import type { Move, MoveEvent, MoveStatus } from '../domain.js';
import type { KnownMove } from '../moves/cluster.js';

interface MoveRow {
  id: string;
  person: string;
  person_key: string;
  event: MoveEvent;
  from_org: string | null;
  from_unit: string | null;
  to_org: string | null;
  to_unit: string | null;
  role: string | null;
  tenure: string | null;
  status: MoveStatus;
  discovered: number;
  confidence: number;
  evidence: string;
  first_item_id: number | null;
  created_at: string;
  updated_at: string;
}

/** A move as stored, with its report count. */
export interface StoredMove extends Move {
  id: string;
  createdAt: string;
  /** When the first report was published (else recorded): the date people know the move by. */
  reportedAt: string;
  updatedAt: string;
  firstItemId: number | null;
  reports: number;
}

/** A move row with what SELECT adds: its report count and its first report's publication. */
type StoredMoveRow = MoveRow & { reports: number; reported_at: string | null };

function toStored(r: StoredMoveRow): StoredMove {
  return {
    id: r.id,
    person: r.person,
    personKey: r.person_key,
    personWatchId: null,
    discovered: r.discovered === 1,
    event: r.event,
    from: r.from_org ? { org: r.from_org, unit: r.from_unit } : null,
    to: r.to_org ? { org: r.to_org, unit: r.to_unit } : null,
    role: r.role,
    tenure: r.tenure,
    status: r.status,
    confidence: r.confidence,
    evidence: r.evidence,
    reasons: [],
    createdAt: r.created_at,
    reportedAt: r.reported_at ?? r.created_at,
    updatedAt: r.updated_at,
    firstItemId: r.first_item_id,
    reports: r.reports,
  };
}

const SELECT = `SELECT moves.*, (SELECT count(*) FROM move_reports WHERE move_id = moves.id) AS reports,
  (SELECT published_at FROM items WHERE items.id = moves.first_item_id) AS reported_at FROM moves`;

/** A stable id: the same first report of the same person always gives the same move id. */
export function moveId(m: Move, itemId: number): string {
  return createHash('sha1').update(`${m.personKey}\n${m.event}\n${itemId}`).digest('hex').slice(0, 16);
}

export function recentMoves(db: Db, personKey: string, since: Date): KnownMove[] {
  const rows = db.prepare('SELECT * FROM moves WHERE person_key = ? AND created_at >= ?').all(personKey, since.toISOString()) as MoveRow[];
  return rows.map((r) => ({
    id: r.id,
    personKey: r.person_key,
    event: r.event,
    from: r.from_org ? { org: r.from_org, unit: r.from_unit } : null,
    to: r.to_org ? { org: r.to_org, unit: r.to_unit } : null,
    role: r.role,
    status: r.status,
    createdAt: new Date(r.created_at),
  }));
}

export function insertMove(db: Db, m: Move, itemId: number, now: Date): string {
  const id = moveId(m, itemId);
  db.prepare(
    `INSERT INTO moves (id, person, person_key, event, from_org, from_unit, to_org, to_unit, role, tenure, status, discovered, confidence, evidence, first_item_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, m.person, m.personKey, m.event, m.from?.org ?? null, m.from?.unit ?? null, m.to?.org ?? null, m.to?.unit ?? null, m.role, m.tenure, m.status, m.discovered ? 1 : 0, m.confidence, m.evidence, itemId, now.toISOString(), now.toISOString());
  return id;
}

/** Records that an item reports a move; false when it already did. */
export function addReport(db: Db, moveId: string, itemId: number, evidence: string, now: Date): boolean {
  return db.prepare('INSERT OR IGNORE INTO move_reports (move_id, item_id, evidence, created_at) VALUES (?, ?, ?, ?)').run(moveId, itemId, evidence, now.toISOString()).changes > 0;
}

/** Fills in what a new report added (destination, origin, role, status). */
export function mergeFacts(db: Db, id: string, m: Move, now: Date): void {
  db.prepare(
    `UPDATE moves SET from_org = coalesce(from_org, ?), from_unit = coalesce(from_unit, ?), to_org = coalesce(to_org, ?), to_unit = coalesce(to_unit, ?),
       role = coalesce(role, ?), tenure = coalesce(tenure, ?),
       status = CASE WHEN ? = 'denied' THEN 'denied' WHEN status = 'rumoured' AND ? = 'reported' THEN 'reported' ELSE status END,
       confidence = max(confidence, ?), updated_at = ? WHERE id = ?`,
  ).run(m.from?.org ?? null, m.from?.unit ?? null, m.to?.org ?? null, m.to?.unit ?? null, m.role, m.tenure, m.status, m.status, m.confidence, now.toISOString(), id);
}

export function getMove(db: Db, id: string): StoredMove | null {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as StoredMoveRow | undefined;
  return row ? toStored(row) : null;
}

export function movesSince(db: Db, since: Date): StoredMove[] {
  return (db.prepare(`${SELECT} WHERE created_at >= ? ORDER BY coalesce(reported_at, created_at) DESC`).all(since.toISOString()) as StoredMoveRow[]).map(toStored);
}

/** The outlets that reported a move, first report first. */
export function moveSources(db: Db, id: string): { source: string; url: string; itemId: number }[] {
  return db
    .prepare(
      `SELECT coalesce(items.publisher, sources.name, sources.url) AS source, coalesce(items.url, '') AS url, items.id AS itemId
         FROM move_reports JOIN items ON items.id = move_reports.item_id JOIN sources ON sources.id = items.source_id
        WHERE move_id = ? ORDER BY move_reports.created_at, items.id`,
    )
    .all(id) as { source: string; url: string; itemId: number }[];
}

/**
 * Records a syndicated copy of an item as a report of every move the original reported.
 * Returns how many moves it joined (0 when the original has none yet).
 */
export function copyReports(db: Db, originalItemId: number, copyItemId: number, now: Date): number {
  return db
    .prepare(
      `INSERT OR IGNORE INTO move_reports (move_id, item_id, evidence, created_at)
       SELECT move_id, ?, evidence, ? FROM move_reports WHERE item_id = ?`,
    )
    .run(copyItemId, now.toISOString(), originalItemId).changes;
}
