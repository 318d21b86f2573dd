import type { ChannelId, Move, OrgWatch, PersonWatch, Watch, WatchRef } from '../domain.js';
import type { OrgCatalog } from '../match/catalog.js';
import { personKey } from '../match/watch-index.js';

/** Who wants a move: each channel with the watches that matched there. */
export interface Route {
  channel: ChannelId;
  watched: WatchRef[];
}

/**
 * The watches routing asks about: every org watch (a channel watches a few), and the person watches on one
 * person, asked by the person's key only when a move names them. The poller reads those from the store, so
 * 50,000 person watches need not stay in memory, and a move is not compared with every one of them.
 */
export interface WatchLookup {
  readonly orgs: readonly OrgWatch[];
  people(personKey: string): readonly PersonWatch[];
}

/** A lookup over watches held in memory. */
export function watchLookup(watches: readonly Watch[]): WatchLookup {
  const orgs = watches.filter((w): w is OrgWatch => w.kind === 'org');
  const byKey = new Map<string, PersonWatch[]>();
  for (const w of watches) {
    if (w.kind !== 'person') continue;
    const key = personKey(w.name);
    byKey.set(key, [...(byKey.get(key) ?? []), w]);
  }
  return { orgs, people: (key) => byKey.get(key) ?? [] };
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
  if (!w.strict && !m.bySurname) return true;
  const wanted = new Set([...w.orgs.map((o) => canonical(o, catalog)), ...channelOrgs]);
  return m.contextOrgs.some((o) => wanted.has(o));
}

/** The channels a move goes to: person watches by name, org watches by either end (or a parent of it); in channel order. */
export function routeMove(m: Move, watches: WatchLookup, catalog: OrgCatalog, opts: RoutingOptions): Route[] {
  if (m.confidence < opts.minConfidence) return [];
  const orgs = orgLineage(m, catalog);
  const orgsByChannel = new Map<ChannelId, string[]>();
  for (const w of watches.orgs) orgsByChannel.set(w.channel, [...(orgsByChannel.get(w.channel) ?? []), canonical(w.name, catalog)]);
  const byChannel = new Map<ChannelId, WatchRef[]>();
  const hit = (channel: ChannelId, ref: WatchRef) => {
    const list = byChannel.get(channel) ?? [];
    if (!list.some((r) => r.kind === ref.kind && r.name === ref.name)) list.push(ref);
    byChannel.set(channel, list);
  };
  if (!m.discovered || opts.discover) for (const w of watches.orgs) if (orgs.has(canonical(w.name, catalog))) hit(w.channel, { kind: 'org', name: w.name });
  for (const w of watches.people(m.personKey)) {
    if (personWatchTakes(w, m, orgsByChannel.get(w.channel) ?? [], catalog)) hit(w.channel, { kind: 'person', name: w.name });
  }
  return [...byChannel.entries()]
    .filter(([channel]) => !opts.mutes?.has(`${channel}:${m.personKey}`))
    .sort(([a], [b]) => a - b)
    .map(([channel, watched]) => ({ channel, watched }));
}
