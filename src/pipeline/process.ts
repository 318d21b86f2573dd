import type { Db } from '../db/open.js';
import type { Item, Move, Scope, Watch } from '../domain.js';
import type { OrgCatalog } from '../match/catalog.js';
import type { MatchIndex } from '../match/watch-index.js';
import { recognize } from '../match/recognize.js';
import { clusterMove } from '../moves/cluster.js';
import { routeMove, type Route, type RoutingOptions } from '../alerts/route.js';
import { buildAlert } from '../alerts/alert.js';
import { addReport, getMove, insertMove, mergeFacts, moveSources, recentMoves } from '../db/moves.js';
import { destinationsOf, enqueue } from '../db/outbox.js';

/** What processing needs to know, built once per watchlist version. */
export interface MatchContext {
  index: MatchIndex;
  watches: Watch[];
  catalog: OrgCatalog;
  routing: RoutingOptions;
  windowMs: number;
  /** The destinations (sink names) a scope's alerts go to. */
  destinations: (scope: Scope) => string[];
}

export interface ProcessResult {
  moves: Move[];
  alerts: number;
  followups: number;
}

function destinationsFor(routes: Route[], ctx: MatchContext): Map<string, Route['watched']> {
  const out = new Map<string, Route['watched']>();
  for (const r of routes) {
    for (const d of ctx.destinations(r.scope)) {
      const list = out.get(d) ?? [];
      for (const w of r.watched) if (!list.some((x) => x.kind === w.kind && x.name === w.name)) list.push(w);
      out.set(d, list);
    }
  }
  return out;
}

/**
 * Recognises an item's moves and records them: a new move queues one alert per
 * destination, a known move gains a report (and a follow-up when the report adds a fact).
 * Each move is recorded with its deliveries in one transaction, so a crash loses neither.
 */
export function processItem(db: Db, ctx: MatchContext, item: Item, now: Date): ProcessResult {
  const year = new Date(item.publishedAt ?? now).getUTCFullYear();
  const { moves } = recognize(`${item.title}\n${item.text}`, ctx.index, { year });
  const result: ProcessResult = { moves: [], alerts: 0, followups: 0 };
  for (const m of moves) {
    const routes = routeMove(m, ctx.watches, ctx.catalog, ctx.routing);
    if (!routes.length) continue;
    const wanted = destinationsFor(routes, ctx);
    db.transaction(() => {
      const decision = clusterMove(m, recentMoves(db, m.personKey, new Date(now.getTime() - ctx.windowMs)), now, ctx.windowMs);
      if (decision.kind === 'new') {
        // A denial of a move nobody reported is not news.
        if (m.status === 'denied') return;
        const id = insertMove(db, m, item.id, now);
        addReport(db, id, item.id, m.evidence, now);
        const stored = getMove(db, id)!;
        const sources = moveSources(db, id);
        for (const [dest, watched] of wanted) {
          enqueue(db, id, dest, buildAlert(stored, item, watched, sources, false, []), now);
          result.alerts++;
        }
        result.moves.push(m);
        return;
      }
      const id = decision.move.id;
      if (!addReport(db, id, item.id, m.evidence, now)) return;
      if (decision.changes.length) mergeFacts(db, id, m, now);
      const stored = getMove(db, id)!;
      const sources = moveSources(db, id);
      const already = new Set(destinationsOf(db, id));
      for (const [dest, watched] of wanted) {
        if (already.has(dest)) {
          if (!decision.changes.length) continue;
          enqueue(db, id, dest, buildAlert(stored, item, watched, sources, true, decision.changes), now);
          result.followups++;
        } else {
          // The new facts make the move matter to a destination that had not heard of it.
          enqueue(db, id, dest, buildAlert(stored, item, watched, sources, false, []), now);
          result.alerts++;
        }
      }
    })();
  }
  return result;
}
