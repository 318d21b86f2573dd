import type { Alert, ChannelId, Item, KnownMove, Move, StoredMove, WatchRef } from '../domain.js';
import type { ChannelMatch, MoveWrite } from '../db/commit.js';
import { moveId } from '../db/moves.js';
import type { OrgCatalog } from '../match/catalog.js';
import type { MatchIndex } from '../match/watch-index.js';
import { clusterMove, mergeFacts } from '../moves/cluster.js';
import { routeMove, type RoutingOptions, type WatchLookup } from '../alerts/route.js';
import { buildAlert } from '../alerts/alert.js';

/** What reading needs to know, built once per watchlist version. */
export interface MatchContext {
  index: MatchIndex;
  /** Every channel's watches (each carries its channel). */
  watches: WatchLookup;
  catalog: OrgCatalog;
  routing: RoutingOptions;
  windowMs: number;
  /** The destinations a channel's alerts go to. */
  destinations: (channel: ChannelId) => string[];
}

/** What the store knows about earlier moves; read before planning, never written by it. */
export interface PlanLookups {
  recentMoves(personKey: string, since: Date): KnownMove[];
  storedMove(id: string): StoredMove | null;
  sources(id: string): { source: string; url: string }[];
  /** Destinations that already had the move's first alert. */
  deliveredTo(id: string): string[];
  hasReport(moveId: string, itemId: number): boolean;
}

type Sent = { destination: string; alert: Alert };

function destinationsOf(channels: ChannelMatch[], ctx: MatchContext): Map<string, WatchRef[]> {
  const out = new Map<string, WatchRef[]>();
  for (const c of channels) {
    for (const d of ctx.destinations(c.channel)) {
      const list = out.get(d) ?? [];
      for (const w of c.watched) if (!list.some((x) => x.kind === w.kind && x.name === w.name)) list.push(w);
      out.set(d, list);
    }
  }
  return out;
}

/**
 * Plans what an item's recognised moves write: a new move queues one alert per destination; a
 * report of a known move queues a follow-up where it adds a fact, and a first alert where the
 * move now matters to a destination that had not heard of it. Pure apart from the lookups.
 */
export function planMoves(item: Item, moves: readonly Move[], ctx: MatchContext, lookups: PlanLookups, now: Date): MoveWrite[] {
  const writes: MoveWrite[] = [];
  const source = { source: item.sourceName, url: item.url ?? '' };
  for (const m of moves) {
    const channels = routeMove(m, ctx.watches, ctx.catalog, ctx.routing);
    if (!channels.length) continue;
    const wanted = destinationsOf(channels, ctx);
    const decision = clusterMove(m, lookups.recentMoves(m.personKey, new Date(now.getTime() - ctx.windowMs)), now, ctx.windowMs);
    if (decision.kind === 'new') {
      // A denial of a move nobody reported is not news.
      if (m.status === 'denied') continue;
      const stored: StoredMove = {
        ...m,
        id: moveId(m, item.id),
        createdAt: now.toISOString(),
        reportedAt: item.publishedAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
        firstItemId: item.id,
        reports: 1,
      };
      const deliveries: Sent[] = [...wanted].map(([destination, watched]) => ({ destination, alert: buildAlert(stored, item, watched, [source], false, []) }));
      writes.push({ kind: 'new', move: stored, evidence: m.evidence, channels, deliveries });
      continue;
    }
    const id = decision.move.id;
    const known = lookups.storedMove(id);
    if (!known || lookups.hasReport(id, item.id)) continue;
    const merged = decision.changes.length ? mergeFacts(known, m) : null;
    const current = { ...(merged ?? known), reports: known.reports + 1 };
    const sources = [...lookups.sources(id), source];
    const already = new Set(lookups.deliveredTo(id));
    const deliveries: Sent[] = [];
    for (const [destination, watched] of wanted) {
      if (!already.has(destination)) deliveries.push({ destination, alert: buildAlert(current, item, watched, sources, false, []) });
      else if (decision.changes.length) deliveries.push({ destination, alert: buildAlert(current, item, watched, sources, true, decision.changes) });
    }
    writes.push({ kind: 'report', moveId: id, merged, evidence: m.evidence, channels, deliveries });
  }
  return writes;
}
