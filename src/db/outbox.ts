import type { Db } from './open.js';
import { prepared } from './prepared.js';
import type { Alert } from '../domain.js';

/** One message to one destination: the outbox row. */
export interface Delivery {
  id: number;
  moveId: string;
  destination: string;
  followup: boolean;
  alert: Alert;
  state: 'pending' | 'sending' | 'sent' | 'dead';
  attempts: number;
  nextAttemptAt: string;
  messageId: string | null;
}

interface DeliveryRow {
  id: number;
  move_id: string;
  destination: string;
  followup: number;
  payload: string;
  state: Delivery['state'];
  attempts: number;
  next_attempt_at: string;
  message_id: string | null;
}

function toDelivery(r: DeliveryRow): Delivery {
  return {
    id: r.id,
    moveId: r.move_id,
    destination: r.destination,
    followup: r.followup === 1,
    alert: JSON.parse(r.payload) as Alert,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    messageId: r.message_id,
  };
}

/** Queues one message; call inside the transaction that records the move. */
export function enqueue(db: Db, moveId: string, destination: string, alert: Alert, now: Date): void {
  prepared(db, 'INSERT INTO deliveries (move_id, destination, followup, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    moveId,
    destination,
    alert.followup ? 1 : 0,
    JSON.stringify(alert),
    now.toISOString(),
    now.toISOString(),
  );
}

/** Destinations that already carry this move (a follow-up goes where the alert went). */
export function destinationsOf(db: Db, moveId: string): string[] {
  return (prepared(db, 'SELECT DISTINCT destination FROM deliveries WHERE move_id = ? AND followup = 0').all(moveId) as { destination: string }[]).map((r) => r.destination);
}

/**
 * Rows left 'sending' by a process that died mid-send go back to pending. The platform
 * may have received that one message: the only way a message can arrive twice.
 */
export function resumeInterrupted(db: Db): number {
  return prepared(db, "UPDATE deliveries SET state = 'pending' WHERE state = 'sending'").run().changes;
}

/**
 * The next due row of each live destination, oldest first (one in flight per destination keeps
 * order). Each destination's head comes from the open-rows index, so a long backlog costs one
 * index walk, not a subquery per row.
 */
export function dueDeliveries(db: Db, now: Date): Delivery[] {
  const rows = prepared(
    db,
    `SELECT d.* FROM deliveries d
        WHERE d.id IN (SELECT min(id) FROM deliveries WHERE state IN ('pending', 'sending') GROUP BY destination)
          AND d.state = 'pending' AND d.next_attempt_at <= ?
          AND NOT EXISTS (SELECT 1 FROM destinations x WHERE x.name = d.destination AND (x.dead = 1 OR x.paused_reason IS NOT NULL))
        ORDER BY d.id`,
  ).all(now.toISOString()) as DeliveryRow[];
  return rows.map(toDelivery);
}

/** A destination's head row, if it is due now and the destination is live. */
export function nextDue(db: Db, destination: string, now: Date): Delivery | null {
  const row = prepared(
    db,
    `SELECT d.* FROM deliveries d WHERE d.destination = ? AND d.state IN ('pending', 'sending')
          AND NOT EXISTS (SELECT 1 FROM destinations x WHERE x.name = d.destination AND (x.dead = 1 OR x.paused_reason IS NOT NULL))
        ORDER BY d.id LIMIT 1`,
  ).get(destination) as DeliveryRow | undefined;
  return row && row.state === 'pending' && row.next_attempt_at <= now.toISOString() ? toDelivery(row) : null;
}

export function markSending(db: Db, id: number): void {
  prepared(db, "UPDATE deliveries SET state = 'sending', attempts = attempts + 1 WHERE id = ?").run(id);
}

export function markSent(db: Db, id: number, messageId: string | null, now: Date): void {
  prepared(db, "UPDATE deliveries SET state = 'sent', message_id = ?, sent_at = ?, last_error = NULL WHERE id = ?").run(messageId, now.toISOString(), id);
}

export function markRetry(db: Db, id: number, error: string, at: Date): void {
  prepared(db, "UPDATE deliveries SET state = 'pending', last_error = ?, next_attempt_at = ? WHERE id = ?").run(error, at.toISOString(), id);
}

/** A rate-limited attempt does not count toward maxAttempts: the platform only asked us to wait. */
export function markRateLimited(db: Db, id: number, error: string, at: Date): void {
  prepared(db, "UPDATE deliveries SET state = 'pending', last_error = ?, next_attempt_at = ?, attempts = max(0, attempts - 1) WHERE id = ?").run(error, at.toISOString(), id);
}

export function markDead(db: Db, id: number, error: string): void {
  prepared(db, "UPDATE deliveries SET state = 'dead', last_error = ? WHERE id = ?").run(error, id);
}

/** The platform's id of the message that first announced a move at a destination (for threading follow-ups). */
export function parentMessageId(db: Db, moveId: string, destination: string): string | null {
  const row = prepared(db, "SELECT message_id FROM deliveries WHERE move_id = ? AND destination = ? AND followup = 0 AND state = 'sent' ORDER BY id LIMIT 1").get(moveId, destination) as
    { message_id: string | null } | undefined;
  return row?.message_id ?? null;
}

export function pendingCount(db: Db): number {
  return (
    prepared(
      db,
      "SELECT count(*) AS n FROM deliveries WHERE state IN ('pending', 'sending') AND destination NOT IN (SELECT name FROM destinations WHERE dead = 1 OR paused_reason IS NOT NULL)",
    ).get() as { n: number }
  ).n;
}

/** Counts a client error against a destination; marks it dead at `deadAfter` in a row. Returns whether it is now dead. */
export function recordClientError(db: Db, destination: string, reason: string, deadAfter: number, now: Date): boolean {
  prepared(
    db,
    `INSERT INTO destinations (name, client_errors, updated_at) VALUES (?, 1, ?)
     ON CONFLICT(name) DO UPDATE SET client_errors = client_errors + 1, updated_at = excluded.updated_at`,
  ).run(destination, now.toISOString());
  const row = prepared(db, 'SELECT client_errors FROM destinations WHERE name = ?').get(destination) as { client_errors: number };
  if (row.client_errors >= deadAfter) {
    prepared(db, 'UPDATE destinations SET dead = 1, dead_reason = ? WHERE name = ?').run(reason, destination);
    return true;
  }
  return false;
}

/** Brings a dead destination back: its queued alerts are sent on the next dispatch. */
export function reviveDestination(db: Db, destination: string): boolean {
  return prepared(db, 'UPDATE destinations SET dead = 0, dead_reason = NULL, client_errors = 0 WHERE name = ? AND dead = 1').run(destination).changes > 0;
}

/** Per destination: queued, sent and given-up counts, and whether it is dead. */
export function destinationStats(db: Db): { name: string; pending: number; sent: number; failed: number; dead: boolean; reason: string | null; paused: string | null; lastError: string | null }[] {
  return prepared(
    db,
    `SELECT d.destination AS name,
              sum(d.state IN ('pending', 'sending')) AS pending, sum(d.state = 'sent') AS sent, sum(d.state = 'dead') AS failed,
              coalesce(x.dead, 0) AS dead, x.dead_reason AS reason, x.paused_reason AS paused,
              (SELECT last_error FROM deliveries e WHERE e.destination = d.destination AND e.state = 'pending' AND e.last_error IS NOT NULL ORDER BY e.id DESC LIMIT 1) AS lastError
         FROM deliveries d LEFT JOIN destinations x ON x.name = d.destination GROUP BY d.destination ORDER BY d.destination`,
  )
    .all()
    .map((r) => {
      const row = r as { name: string; pending: number; sent: number; failed: number; dead: number; reason: string | null; paused: string | null; lastError: string | null };
      return { ...row, dead: row.dead === 1 };
    });
}

export function recordDestinationSuccess(db: Db, destination: string): void {
  prepared(db, 'UPDATE destinations SET client_errors = 0 WHERE name = ? AND dead = 0').run(destination);
}

export function deadDestinations(db: Db): { name: string; reason: string | null }[] {
  return prepared(db, 'SELECT name, dead_reason AS reason FROM destinations WHERE dead = 1').all() as { name: string; reason: string | null }[];
}
