import os from 'node:os';
import type { Db } from './open.js';
import { LabwatchError } from '../errors.js';

/** Another labwatch already polls and delivers from this database. */
export class LockedError extends LabwatchError {
  override name = 'LockedError';
}

const STALE_MS = 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface InstanceLock {
  release(): void;
}

/**
 * Takes the database's single poller/dispatcher lock, or throws LockedError naming the holder.
 * On this host a living pid keeps its lock however long its event loop stalls (the heartbeat
 * runs on that loop), and a dead one is replaced at once; a holder on another host is replaced
 * only when its heartbeat is a minute old.
 */
export function acquireLock(db: Db, command: string, now: () => Date = () => new Date()): InstanceLock {
  const host = os.hostname();
  db.transaction(() => {
    const held = db.prepare('SELECT pid, host, command, heartbeat_at FROM instance_lock WHERE id = 1').get() as { pid: number; host: string; command: string; heartbeat_at: string } | undefined;
    if (held && held.pid !== process.pid) {
      const fresh = now().getTime() - new Date(held.heartbeat_at).getTime() < STALE_MS;
      const living = held.host === host ? alive(held.pid) : fresh;
      if (living) throw new LockedError(`another labwatch (${held.command}, pid ${held.pid} on ${held.host}) is polling this database; stop it first, or point this one at another database`);
    }
    db.prepare('INSERT OR REPLACE INTO instance_lock (id, pid, host, command, heartbeat_at) VALUES (1, ?, ?, ?, ?)').run(process.pid, host, command, now().toISOString());
  }).immediate();
  const beat = setInterval(() => {
    try {
      db.prepare('UPDATE instance_lock SET heartbeat_at = ? WHERE id = 1 AND pid = ?').run(now().toISOString(), process.pid);
    } catch {
      // A failing heartbeat (disk full) only risks the lock being taken over later.
    }
  }, STALE_MS / 4);
  beat.unref();
  return {
    release() {
      clearInterval(beat);
      try {
        db.prepare('DELETE FROM instance_lock WHERE id = 1 AND pid = ?').run(process.pid);
      } catch {
        // The database may already be closed.
      }
    },
  };
}
