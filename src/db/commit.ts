import type { Db } from './open.js';
import type { Alert, ChannelId, StoredMove, WatchRef } from '../domain.js';
import { addReport, insertMove, recordMoveChannel, updateFacts } from './moves.js';
import { enqueue } from './outbox.js';

/** One channel whose watches matched a move, with the watches. */
export interface ChannelMatch {
  channel: ChannelId;
  watched: WatchRef[];
}

/** What reading one report of a move writes: planned in memory, committed in one transaction. */
export type MoveWrite =
  | { kind: 'new'; move: StoredMove; evidence: string; channels: ChannelMatch[]; deliveries: { destination: string; alert: Alert }[] }
  /** A report of a known move; `merged` is set when the report added facts. */
  | { kind: 'report'; moveId: string; merged: StoredMove | null; evidence: string; channels: ChannelMatch[]; deliveries: { destination: string; alert: Alert }[] };

/**
 * Commits an item's planned moves: each move, its report, the channels it matched and one
 * delivery per destination, all or nothing. Idempotent: a report already recorded (an item read
 * again after a crash) writes nothing more.
 */
export function commitMoves(db: Db, itemId: number, writes: readonly MoveWrite[], now: Date): void {
  db.transaction(() => {
    for (const w of writes) {
      const id = w.kind === 'new' ? insertMove(db, w.move, itemId, now) : w.moveId;
      if (!addReport(db, id, itemId, w.evidence, now)) continue;
      if (w.kind === 'report' && w.merged) updateFacts(db, w.merged, now);
      for (const c of w.channels) recordMoveChannel(db, id, c.channel, c.watched, now);
      for (const d of w.deliveries) enqueue(db, id, d.destination, d.alert, now);
    }
  })();
}
