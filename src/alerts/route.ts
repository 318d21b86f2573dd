import type { Move, Scope, Watch, WatchRef } from '../domain.js';
import type { OrgCatalog } from '../match/catalog.js';
import { personKey } from '../match/watch-index.js';

/** Who wants a move: each scope with the watches that matched there. */
export interface Route {
  scope: Scope;
  watched: WatchRef[];
}

export interface RoutingOptions {
  minConfidence: number;
  /** Alert on people not on the watchlist when an end of the move is a watched org. */
  discover: boolean;
}

function orgLineage(m: Move, catalog: OrgCatalog): Set<string> {
  const out = new Set<string>();
  for (const end of [m.from, m.to]) {
    if (!end) continue;
    for (const o of catalog.lineage(end.unit ?? end.org)) out.add(o);
    out.add(end.org);
  }
  return out;
}

/** The scopes a move goes to: person watches by name, org watches by either end (or a parent of it). */
export function routeMove(m: Move, watches: readonly Watch[], catalog: OrgCatalog, opts: RoutingOptions): Route[] {
  if (m.confidence < opts.minConfidence) return [];
  const orgs = orgLineage(m, catalog);
  const byScope = new Map<Scope, WatchRef[]>();
  const hit = (scope: Scope, ref: WatchRef) => {
    const list = byScope.get(scope) ?? [];
    if (!list.some((r) => r.kind === ref.kind && r.name === ref.name)) list.push(ref);
    byScope.set(scope, list);
  };
  for (const w of watches) {
    if (w.kind === 'person') {
      if (personKey(w.name) === m.personKey) hit(w.scope, { kind: 'person', name: w.name });
      continue;
    }
    if (m.discovered && !opts.discover) continue;
    const canonical = catalog.find(w.name)?.name ?? w.name;
    if (orgs.has(canonical)) hit(w.scope, { kind: 'org', name: w.name });
  }
  return [...byScope.entries()].map(([scope, watched]) => ({ scope, watched }));
}
