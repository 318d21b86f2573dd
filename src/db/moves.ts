import { createHash } from 'node:crypto';
import type { Db } from './open.js';
import { prepared } from './prepared.js';
import type { ChannelId, KnownMove, Move, MoveEvent, MoveReader, MoveStatus, StoredMove, WatchRef } from '../domain.js';

export type { StoredMove };

interface MoveRow {
  id: string;
  person: string;
  person_key: string;
  read_by: MoveReader;
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

/** A move row with what SELECT adds: its report count and its first report's publication. */
type StoredMoveRow = MoveRow & { reports: number; reported_at: string | null };

function toStored(r: StoredMoveRow): StoredMove {
  return {
    id: r.id,
    person: r.person,
    personKey: r.person_key,
    personWatchId: null,
    discovered: r.discovered === 1,
    bySurname: false,
    contextOrgs: [],
    event: r.event,
    from: r.from_org ? { org: r.from_org, unit: r.from_unit } : null,
    to: r.to_org ? { org: r.to_org, unit: r.to_unit } : null,
    role: r.role,
    tenure: r.tenure,
    status: r.status,
    confidence: r.confidence,
    evidence: r.evidence,
    reasons: [],
    readBy: r.read_by,
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
  const rows = prepared(db, 'SELECT * FROM moves WHERE person_key = ? AND created_at >= ?').all(personKey, since.toISOString()) as MoveRow[];
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

/** Records a new move under the id its plan gave it (`moveId` of its first report). */
export function insertMove(db: Db, m: StoredMove, itemId: number, now: Date): string {
  const id = m.id;
  prepared(
    db,
    `INSERT INTO moves (id, person, person_key, event, from_org, from_unit, to_org, to_unit, role, tenure, status, discovered, confidence, evidence, first_item_id, created_at, updated_at, read_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    m.person,
    m.personKey,
    m.event,
    m.from?.org ?? null,
    m.from?.unit ?? null,
    m.to?.org ?? null,
    m.to?.unit ?? null,
    m.role,
    m.tenure,
    m.status,
    m.discovered ? 1 : 0,
    m.confidence,
    m.evidence,
    itemId,
    now.toISOString(),
    now.toISOString(),
    m.readBy,
  );
  return id;
}

/** Records that an item reports a move; false when it already did. */
export function addReport(db: Db, moveId: string, itemId: number, evidence: string, now: Date): boolean {
  return prepared(db, 'INSERT OR IGNORE INTO move_reports (move_id, item_id, evidence, created_at) VALUES (?, ?, ?, ?)').run(moveId, itemId, evidence, now.toISOString()).changes > 0;
}

export function getMove(db: Db, id: string): StoredMove | null {
  const row = prepared(db, `${SELECT} WHERE id = ?`).get(id) as StoredMoveRow | undefined;
  return row ? toStored(row) : null;
}

/** The moves a channel's watches matched since a date, newest report first. */
export function channelMovesSince(db: Db, channel: ChannelId, since: Date): StoredMove[] {
  return (
    prepared(db, `${SELECT} JOIN move_channels mc ON mc.move_id = moves.id AND mc.channel_id = ? WHERE moves.created_at >= ? ORDER BY coalesce(reported_at, moves.created_at) DESC`).all(
      channel,
      since.toISOString(),
    ) as StoredMoveRow[]
  ).map(toStored);
}

/** A person's recorded moves, newest first (what /watch shows as their history). */
export function movesOfPerson(db: Db, personKey: string, limit: number): StoredMove[] {
  return (prepared(db, `${SELECT} WHERE person_key = ? ORDER BY coalesce(reported_at, created_at) DESC LIMIT ?`).all(personKey, limit) as StoredMoveRow[]).map(toStored);
}

/** Moves to or from an org (or one of its units), newest first. */
export function movesOfOrg(db: Db, orgs: readonly string[], limit: number): StoredMove[] {
  if (!orgs.length) return [];
  const list = JSON.stringify(orgs);
  return (
    prepared(
      db,
      `${SELECT} WHERE from_org IN (SELECT value FROM json_each(?)) OR to_org IN (SELECT value FROM json_each(?))
            OR from_unit IN (SELECT value FROM json_each(?)) OR to_unit IN (SELECT value FROM json_each(?))
          ORDER BY coalesce(reported_at, created_at) DESC LIMIT ?`,
    ).all(list, list, list, list, limit) as StoredMoveRow[]
  ).map(toStored);
}

/** Records that a move matched a channel's watches (what /recent there shows). */
export function recordMoveChannel(db: Db, moveId: string, channel: ChannelId, watched: WatchRef[], now: Date): void {
  prepared(
    db,
    `INSERT INTO move_channels (move_id, channel_id, watched, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel_id, move_id) DO UPDATE SET watched = excluded.watched`,
  ).run(moveId, channel, JSON.stringify(watched), now.toISOString());
}

/** Counts of moves: all, and recorded since a date. */
export function moveCounts(db: Db, since: Date): { total: number; recent: number } {
  const r = prepared(db, 'SELECT count(*) AS total, coalesce(sum(created_at >= ?), 0) AS recent FROM moves').get(since.toISOString()) as { total: number; recent: number };
  return r;
}

/** Whether an item is already recorded as a report of a move (reading it again adds nothing). */
export function hasReport(db: Db, moveId: string, itemId: number): boolean {
  return !!prepared(db, 'SELECT 1 FROM move_reports WHERE move_id = ? AND item_id = ?').get(moveId, itemId);
}

/** Writes a move's facts as merged from a new report. */
export function updateFacts(db: Db, m: StoredMove, now: Date): void {
  prepared(db, 'UPDATE moves SET from_org = ?, from_unit = ?, to_org = ?, to_unit = ?, role = ?, tenure = ?, status = ?, confidence = ?, updated_at = ? WHERE id = ?').run(
    m.from?.org ?? null,
    m.from?.unit ?? null,
    m.to?.org ?? null,
    m.to?.unit ?? null,
    m.role,
    m.tenure,
    m.status,
    m.confidence,
    now.toISOString(),
    m.id,
  );
}

/** The outlets that reported a move, first report first. */
export function moveSources(db: Db, id: string): { source: string; url: string; itemId: number }[] {
  return prepared(
    db,
    `SELECT coalesce(items.publisher, sources.name, sources.url) AS source, coalesce(items.url, '') AS url, items.id AS itemId
         FROM move_reports JOIN items ON items.id = move_reports.item_id JOIN sources ON sources.id = items.source_id
        WHERE move_id = ? ORDER BY move_reports.created_at, items.id`,
  ).all(id) as { source: string; url: string; itemId: number }[];
}

/**
 * Records a syndicated copy of an item as a report of every move the original reported.
 * Returns how many moves it joined (0 when the original has none yet).
 */
export function copyReports(db: Db, originalItemId: number, copyItemId: number, now: Date): number {
  return prepared(
    db,
    `INSERT OR IGNORE INTO move_reports (move_id, item_id, evidence, created_at)
       SELECT move_id, ?, evidence, ? FROM move_reports WHERE item_id = ?`,
  ).run(copyItemId, now.toISOString(), originalItemId).changes;
}
