import type { Db } from '../db/open.js';
import { listSources } from '../db/sources.js';
import { destinationStats } from '../db/outbox.js';
import { listWatches } from '../db/watches.js';
import { ok, type Reply } from './reply.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One screen on the whole bot: watches, sources (and the failing ones), moves, the outbox. */
export function statusReply(db: Db, configuredSinks: string[], now: Date = new Date()): Reply {
  const watches = listWatches(db);
  const sources = listSources(db);
  const enabled = sources.filter((s) => s.enabled);
  const failing = enabled.filter((s) => s.failures > 0);
  const disabled = sources.filter((s) => !s.enabled);
  const lastPoll = sources.map((s) => s.lastPolledAt).filter((t): t is string => !!t).sort().pop() ?? null;
  const moves = db.prepare('SELECT count(*) AS total, sum(created_at >= ?) AS week FROM moves').get(new Date(now.getTime() - 7 * 86_400_000).toISOString()) as { total: number; week: number | null };
  const sinks = destinationStats(db);
  const lines = [
    `Watching ${count(watches.filter((w) => w.kind === 'person').length, 'person', 'people')} and ${count(watches.filter((w) => w.kind === 'org').length, 'org', 'orgs')}.`,
    `Sources: ${enabled.length} on, ${disabled.length} off, ${failing.length} failing; last poll ${lastPoll ?? 'never'}.`,
    ...failing.slice(0, 5).map((s) => `  failing: ${s.name} (${s.failures} in a row): ${s.lastError ?? ''}`),
    ...disabled.filter((s) => s.disabledReason).slice(0, 5).map((s) => `  disabled: ${s.name}: ${s.disabledReason}`),
    `Moves: ${moves.total} recorded, ${moves.week ?? 0} in the last 7 days.`,
    `Outbox: ${sinks.reduce((n, s) => n + s.pending, 0)} queued, ${sinks.reduce((n, s) => n + s.sent, 0)} sent, ${sinks.reduce((n, s) => n + s.failed, 0)} given up.`,
    ...sinks.filter((s) => s.dead).map((s) => `  dead destination: ${s.name} (${s.reason ?? 'rejected'}); "labwatch sinks revive ${s.name}" after fixing it`),
    ...sinks.filter((s) => !configuredSinks.includes(s.name) && s.pending > 0).map((s) => `  ${s.name} is no longer in the config; its ${s.pending} queued alert(s) will be dropped`),
  ];
  return ok('labwatch status', lines);
}
