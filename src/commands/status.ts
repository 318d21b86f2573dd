import type { Db } from '../db/open.js';
import { parseChatDestination } from '../domain.js';
import { listSources } from '../db/sources.js';
import { ago } from './sources.js';
import { destinationStats } from '../db/outbox.js';
import { watchCounts } from '../db/watches.js';
import { moveCounts } from '../db/moves.js';
import { feedbackCounts } from '../db/feedback.js';
import { ok, type Reply } from './reply.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Failing and disabled sources named in full; the rest are counted. */
const SHOWN = 5;

/** One screen on the whole bot: watches, sources (and the failing ones), moves, the outbox. */
export function statusReply(db: Db, configuredSinks: string[], now: Date = new Date()): Reply {
  const watches = watchCounts(db);
  const sources = listSources(db);
  const enabled = sources.filter((s) => s.enabled);
  const failing = enabled.filter((s) => s.failures > 0);
  const disabled = sources.filter((s) => !s.enabled);
  const disabledWithReason = disabled.filter((s) => s.disabledReason);
  const lastPoll =
    sources
      .map((s) => s.lastPolledAt)
      .filter((t): t is string => !!t)
      .sort()
      .pop() ?? null;
  const moves = moveCounts(db, new Date(now.getTime() - 7 * 86_400_000));
  const feedback = feedbackCounts(db);
  const sinks = destinationStats(db);
  const lines = [
    `Watching ${count(watches.people, 'person', 'people')} and ${count(watches.orgs, 'org', 'orgs')}${watches.channels > 1 ? ` across ${watches.channels} channels` : ''}.`,
    `Sources: ${enabled.length} on, ${disabled.length} off, ${failing.length} failing; last poll ${lastPoll ? ago(lastPoll, now) : 'never'}.`,
    ...failing.slice(0, SHOWN).map((s) => `  failing: ${s.name} (${s.failures} in a row, last try ${ago(s.lastPolledAt, now)}): ${s.lastError ?? ''}`),
    ...(failing.length > SHOWN ? [`  …and ${failing.length - SHOWN} more failing: "labwatch sources list" shows them all`] : []),
    ...disabledWithReason.slice(0, SHOWN).map((s) => `  disabled: ${s.name}: ${s.disabledReason}`),
    ...(disabledWithReason.length > SHOWN ? [`  …and ${disabledWithReason.length - SHOWN} more disabled`] : []),
    `Moves: ${moves.total} recorded, ${moves.recent} in the last 7 days; flagged from chat: ${feedback['not-a-move']} not a move, ${feedback['wrong-person']} wrong person.`,
    `Outbox: ${sinks.reduce((n, s) => n + s.pending, 0)} queued, ${sinks.reduce((n, s) => n + s.sent, 0)} sent, ${sinks.reduce((n, s) => n + s.failed, 0)} given up.`,
    ...sinks.filter((s) => s.dead).map((s) => `  dead destination: ${s.name} (${s.reason ?? 'rejected'}); "labwatch sinks revive ${s.name}" after fixing it`),
    ...sinks.filter((s) => s.paused).map((s) => `  paused: ${s.name} (${s.paused}); ${s.pending} alert(s) kept until it is back`),
    ...sinks
      .filter((s) => !s.paused && !parseChatDestination(s.name) && !configuredSinks.includes(s.name) && s.pending > 0)
      .map((s) => `  ${s.name} is no longer in the config; its ${s.pending} queued alert(s) will be dropped`),
  ];
  return ok('labwatch status', lines);
}
