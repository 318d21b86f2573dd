import type { Db } from '../db/open.js';
import { parseChatDestination } from '../domain.js';
import { destinationStats, reviveDestination } from '../db/outbox.js';
import { fail, ok, type Reply } from './reply.js';

export function listSinksReply(db: Db, configured: string[]): Reply {
  const stats = new Map(destinationStats(db).map((s) => [s.name, s]));
  const names = [...new Set([...configured, ...stats.keys()])];
  return ok(
    `${names.length} destination(s):`,
    names.map((n) => {
      const s = stats.get(n);
      const state = s?.dead ? `DEAD (${s.reason ?? 'rejected'})` : s?.paused ? `paused (${s.paused})` : configured.includes(n) || parseChatDestination(n) ? 'ok' : 'not in the config';
      return `${n}: ${state} · ${s?.sent ?? 0} sent · ${s?.pending ?? 0} queued · ${s?.failed ?? 0} given up`;
    }),
  );
}

export function reviveSinkReply(db: Db, name: string): Reply {
  return reviveDestination(db, name) ? ok(`Revived ${name}: its queued alerts go out on the next run.`) : fail(`${name} is not marked dead. See "sinks list".`);
}
