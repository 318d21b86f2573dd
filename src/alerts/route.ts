import type { ChannelId, Move, PersonWatch, Watch, WatchRef } from '../domain.js';
import type { OrgCatalog } from '../match/catalog.js';
import { personKey } from '../match/watch-index.js';

/** Who wants a move: each channel with the watches that matched there. */
export interface Route {
  channel: ChannelId;
  watched: WatchRef[];
}

export interface RoutingOptions {
  minConfidence: number;
  /** Alert on people not on the watchlist when an end of the move is a watched org. */
  discover: boolean;
  /** "channel:personKey" for each person a channel muted. */
  mutes?: ReadonlySet<string>;
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

const canonical = (name: string, catalog: OrgCatalog) => catalog.find(name)?.name ?? name;

/**
 * Whether a person watch takes this move. A full-name match on a loose watch always does; a
 * strict watch, or a match on the surname alone, needs the text to name one of the watch's
 * orgs or an org its own channel watches. Decided per watch, so one channel's strict watch on
 * a namesake never silences another channel's loose one.
 */
function personWatchTakes(w: PersonWatch, m: Move, channelOrgs: readonly string[], catalog: OrgCatalog): boolean {
  if (personKey(w.name) !== m.personKey) return false;
  if (!w.strict && !m.bySurname) return true;
  const wanted = new Set([...w.orgs.map((o) => canonical(o, catalog)), ...channelOrgs]);
  return m.contextOrgs.some((o) => wanted.has(o));
}

/** The channels a move goes to: person watches by name, org watches by either end (or a parent of it). */
export function routeMove(m: Move, watches: readonly Watch[], catalog: OrgCatalog, opts: RoutingOptions): Route[] {
  if (m.confidence < opts.minConfidence) return [];
  const orgs = orgLineage(m, catalog);
  const orgsByChannel = new Map<ChannelId, string[]>();
  for (const w of watches) if (w.kind === 'org') orgsByChannel.set(w.channel, [...(orgsByChannel.get(w.channel) ?? []), canonical(w.name, catalog)]);
  const byChannel = new Map<ChannelId, WatchRef[]>();
  const hit = (channel: ChannelId, ref: WatchRef) => {
    const list = byChannel.get(channel) ?? [];
    if (!list.some((r) => r.kind === ref.kind && r.name === ref.name)) list.push(ref);
    byChannel.set(channel, list);
  };
  for (const w of watches) {
    if (w.kind === 'person') {
      if (personWatchTakes(w, m, orgsByChannel.get(w.channel) ?? [], catalog)) hit(w.channel, { kind: 'person', name: w.name });
      continue;
    }
    if (m.discovered && !opts.discover) continue;
    if (orgs.has(canonical(w.name, catalog))) hit(w.channel, { kind: 'org', name: w.name });
  }
  return [...byChannel.entries()].filter(([channel]) => !opts.mutes?.has(`${channel}:${m.personKey}`)).map(([channel, watched]) => ({ channel, watched }));
}
