import type { Db } from '../db/open.js';
import { OPERATOR, type ChannelId, type StoredMove, type Watch } from '../domain.js';
import { ensureChannel, findChannel, getChannel, resumeDestination } from '../db/channels.js';
import { countItemsNaming } from '../db/items.js';
import { channelMovesSince, moveSources, movesOfOrg, movesOfPerson } from '../db/moves.js';
import { addChannelSource, listChannelSources, removeChannelSource } from '../db/sources.js';
import { listWatches, removeWatch, upsertWatch } from '../db/watches.js';
import { chatDestination } from '../domain.js';
import type { OrgCatalog } from '../match/catalog.js';
import { personKey } from '../match/watch-index.js';
import { COMMANDS, usageOf, type Command, type CommandContext, type DigestMove, type History, type OrgGroup, type OrgTarget, type PersonTarget, type Result } from './types.js';

export interface CoreDeps {
  db: Db;
  catalog: OrgCatalog;
}

const HISTORY_LIMIT = 10;

/** Groups moves by org: a move counts as a departure from its origin and an arrival at its destination. */
export function groupByOrg(moves: DigestMove[]): OrgGroup[] {
  const byOrg = new Map<string, OrgGroup>();
  const entry = (org: string) => byOrg.get(org) ?? byOrg.set(org, { org, arrivals: [], departures: [] }).get(org)!;
  for (const m of moves) {
    if (m.from) entry(m.from.org).departures.push(m);
    if (m.to) entry(m.to.org).arrivals.push(m);
  }
  return [...byOrg.values()].sort((a, b) => b.arrivals.length + b.departures.length - (a.arrivals.length + a.departures.length) || a.org.localeCompare(b.org));
}

function withSources(db: Db, moves: StoredMove[]): DigestMove[] {
  return moves.map((m) => ({ ...m, sources: moveSources(db, m.id).map(({ source, url }) => ({ source, url })) }));
}

function movesAtOrg(m: StoredMove, org: string, catalog: OrgCatalog): boolean {
  return [m.from, m.to].some((end) => !!end && (end.org === org || end.unit === org || catalog.lineage(end.unit ?? end.org).includes(org)));
}

/** The tenant key a command acts on: the operator's on the CLI, else the chat channel's (created when it first changes something). */
function tenant(db: Db, ctx: CommandContext, create: boolean): ChannelId | null {
  if (ctx.platform === 'cli') return OPERATOR;
  const ref = { platform: ctx.platform, workspace: ctx.workspace, channel: ctx.channel };
  return create ? ensureChannel(db, ref, ctx.channelName, ctx.now) : findChannel(db, ref);
}

function history(deps: CoreDeps, watch: Watch): History {
  const { db, catalog } = deps;
  const names = [watch.name, ...watch.aliases];
  if (watch.kind === 'person') return { moves: withSources(db, movesOfPerson(db, personKey(watch.name), HISTORY_LIMIT)), mentions: countItemsNaming(db, names) };
  const known = catalog.find(watch.name);
  const orgs = known
    ? [
        known.name,
        ...catalog
          .all()
          .filter((o) => catalog.lineage(o.name).includes(known.name))
          .map((o) => o.name),
      ]
    : [watch.name];
  return { moves: withSources(db, movesOfOrg(db, orgs, HISTORY_LIMIT)), mentions: countItemsNaming(db, known ? [known.name, ...known.aliases, ...watch.aliases] : names) };
}

function watch(deps: CoreDeps, ctx: CommandContext, t: PersonTarget | OrgTarget): Result {
  const { db, catalog } = deps;
  const channel = tenant(db, ctx, true)!;
  const warnings: string[] = [];
  const by = ctx.origin === 'chat' ? ctx.actor.id : null;
  let result: { watch: Watch; created: boolean };
  let alsoMatches: string[] = [];
  let units: string[] = [];
  let inCatalog = false;
  if (t.kind === 'person') {
    const asOrg = catalog.find(t.name);
    if (asOrg) warnings.push(`"${t.name}" is the name of an org (${asOrg.name}); to follow its moves, watch the org instead`);
    const orgs = t.orgs.map((o) => catalog.find(o)?.name ?? o);
    result = upsertWatch(db, channel, { kind: 'person', name: t.name, aliases: t.aliases, orgs, strict: t.strict }, ctx.origin, by);
  } else {
    const known = catalog.find(t.name);
    inCatalog = !!known;
    alsoMatches = known ? [...known.aliases].slice(0, 8) : [];
    units = known
      ? catalog
          .all()
          .filter((o) => o.parent === known.name)
          .map((o) => o.name)
      : [];
    result = upsertWatch(db, channel, { kind: 'org', name: known?.name ?? t.name, aliases: t.aliases }, ctx.origin, by);
  }
  // Watching again in a channel the platform had refused is how a user says the app is back.
  if (ctx.platform !== 'cli') resumeDestination(db, chatDestination({ platform: ctx.platform, workspace: ctx.workspace, channel: ctx.channel }), ctx.now);
  return { kind: 'watch-added', watch: result.watch, created: result.created, history: history(deps, result.watch), alsoMatches, units, inCatalog, warnings };
}

function recent(deps: CoreDeps, ctx: CommandContext, c: Extract<Command, { name: 'recent' }>): Result {
  const { db, catalog } = deps;
  const channel = tenant(db, ctx, false);
  const days = c.days ?? (channel ? getChannel(db, channel)?.digestDays : null) ?? 7;
  const filter = c.subject ?? c.person ?? c.org ?? null;
  if (!channel) return { kind: 'digest', days, filter, moves: [], groups: [] };
  let moves = channelMovesSince(db, channel, new Date(ctx.now.getTime() - days * 86_400_000)).filter((m) => m.status !== 'denied');
  if (c.person) moves = moves.filter((m) => m.personKey === personKey(c.person!));
  if (c.org) {
    const org = catalog.find(c.org)?.name ?? c.org;
    moves = moves.filter((m) => movesAtOrg(m, org, catalog));
  }
  if (c.subject) {
    const org = catalog.find(c.subject)?.name;
    const key = personKey(c.subject);
    moves = moves.filter((m) => m.personKey === key || (org !== undefined && movesAtOrg(m, org, catalog)) || m.from?.org === c.subject || m.to?.org === c.subject);
  }
  const full = withSources(db, moves);
  return { kind: 'digest', days, filter, moves: full, groups: groupByOrg(full) };
}

const refused = (what: string): Result => ({ kind: 'error', message: `Only people who may manage this channel can ${what} here.`, usage: null, forbidden: true });

/**
 * Runs one command for one channel. Every read and write goes through the channel's tenant
 * key, so a channel never sees or changes another's watches, sources or digest.
 */
export function execute(deps: CoreDeps, ctx: CommandContext, command: Command): Result {
  const { db } = deps;
  switch (command.name) {
    case 'watch':
      if (!ctx.actor.canManage) return refused('change what it watches');
      return watch(deps, ctx, command.target);
    case 'unwatch': {
      if (!ctx.actor.canManage) return refused('change what it watches');
      const channel = tenant(db, ctx, false);
      const matching = channel ? listWatches(db, channel).filter((w) => w.name.toLowerCase() === command.target.toLowerCase() && (!command.kind || w.kind === command.kind)) : [];
      // A watch the config file declares would come back on the next poll: say where to change it.
      const fromConfig = matching.find((w) => w.origin === 'config');
      if (fromConfig)
        return { kind: 'error', message: `${fromConfig.kind} ${fromConfig.name} is in the config file's watchlist: remove it there (removed here, it would come back on the next poll).`, usage: null };
      const removed = channel ? removeWatch(db, channel, command.target, command.kind ?? undefined) : [];
      if (!removed.length) return { kind: 'error', message: `No watch named "${command.target}" here.`, usage: ctx.platform === 'cli' ? 'See the list with "watch list".' : 'See /watchlist.' };
      return { kind: 'unwatched', removed };
    }
    case 'watchlist': {
      const channel = tenant(db, ctx, false);
      return { kind: 'watchlist', watches: channel ? listWatches(db, channel) : [], operator: channel === OPERATOR };
    }
    case 'recent':
      return recent(deps, ctx, command);
    case 'sources': {
      if (command.action === 'list') {
        const channel = tenant(db, ctx, false);
        return { kind: 'sources', sources: channel ? listChannelSources(db, channel) : [] };
      }
      if (!ctx.actor.canManage) return refused('change its feeds');
      if (command.action === 'add') {
        const { source, existed } = addChannelSource(db, tenant(db, ctx, true)!, { url: command.url }, ctx.actor.id);
        return { kind: 'source-added', source, existed };
      }
      const channel = tenant(db, ctx, false);
      if (!channel || !removeChannelSource(db, channel, command.url)) return { kind: 'error', message: `This channel has no feed ${command.url}.`, usage: usageOf('sources') };
      return { kind: 'source-removed', url: command.url };
    }
    case 'help':
      return { kind: 'help', commands: COMMANDS };
  }
}
