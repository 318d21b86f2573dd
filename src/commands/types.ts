import type { Platform, StoredMove, Watch, WatchOrigin } from '../domain.js';
import type { Source } from '../db/sources.js';

/** Who asks, and where: the command core's only view of the platform. */
export interface CommandContext {
  platform: 'cli' | Platform;
  /** Slack team id / Discord guild id; '' on the CLI. */
  workspace: string;
  /** Slack or Discord channel id; '' on the CLI (the operator's watchlist). */
  channel: string;
  channelName: string | null;
  actor: { id: string; name: string; /** May change this channel's watches and sources. */ canManage: boolean };
  origin: WatchOrigin;
  now: Date;
}

export interface PersonTarget {
  kind: 'person';
  name: string;
  aliases: string[];
  orgs: string[];
  strict: boolean;
}

export interface OrgTarget {
  kind: 'org';
  name: string;
  aliases: string[];
}

/** A parsed, validated command. */
export type Command =
  | { name: 'watch'; target: PersonTarget | OrgTarget }
  | { name: 'unwatch'; target: string; kind: 'person' | 'org' | null }
  | { name: 'watchlist' }
  /** `days` null: the channel's digest period. `subject` matches a person or an org. */
  | { name: 'recent'; days: number | null; subject: string | null; person: string | null; org: string | null }
  | { name: 'sources'; action: 'list' }
  | { name: 'sources'; action: 'add' | 'remove'; url: string }
  | { name: 'help' };

/** A move in a digest, with the outlets that reported it. */
export interface DigestMove extends StoredMove {
  sources: { source: string; url: string }[];
}

export interface OrgGroup {
  org: string;
  arrivals: DigestMove[];
  departures: DigestMove[];
}

/** What the store knows about someone just watched. */
export interface History {
  moves: DigestMove[];
  /** Stored items that name them. */
  mentions: number;
}

/** The core's answer: data, never text. Presenters render it per platform. */
export type Result =
  | { kind: 'watch-added'; watch: Watch; created: boolean; history: History; alsoMatches: string[]; units: string[]; inCatalog: boolean; warnings: string[] }
  | { kind: 'unwatched'; removed: Watch[] }
  | { kind: 'watchlist'; watches: Watch[]; operator: boolean }
  | { kind: 'digest'; days: number; filter: string | null; moves: DigestMove[]; groups: OrgGroup[] }
  | { kind: 'sources'; sources: Source[] }
  | { kind: 'source-added'; source: Source; existed: boolean }
  | { kind: 'source-removed'; url: string }
  | { kind: 'help'; commands: readonly CommandSpec[] }
  /** `forbidden`: the actor may not change this channel (each platform says which permission that takes). */
  | { kind: 'error'; message: string; usage: string | null; forbidden?: boolean };

/** One chat command as users see it: the single definition Slack's manifest and Discord's registration come from. */
export interface CommandSpec {
  name: 'watch' | 'unwatch' | 'watchlist' | 'recent' | 'sources' | 'labwatch';
  usage: string;
  /** What follows the command, for Slack's usage hint. */
  hint: string;
  description: string;
  /** Changes the channel's state (needs the manage permission where one is configured). */
  changes: boolean;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'watch',
    usage: '/watch person NAME [aka ALIAS]... [at ORG]... [strict]  |  /watch org NAME [aka ALIAS]...',
    hint: 'person NAME [aka ALIAS]... [at ORG]... [strict] | org NAME [aka ALIAS]...',
    description: 'Watch a person or an org: their moves are posted in this channel',
    changes: true,
  },
  { name: 'unwatch', usage: '/unwatch NAME', hint: 'NAME', description: 'Stop watching a person or an org in this channel', changes: true },
  { name: 'watchlist', usage: '/watchlist', hint: '', description: 'What this channel watches', changes: false },
  {
    name: 'recent',
    usage: '/recent [PERIOD] [NAME]   (PERIOD like 7d or 2w; default 7d)',
    hint: '[PERIOD like 7d or 2w] [NAME]',
    description: "The period's moves this channel's watches matched, by org",
    changes: false,
  },
  { name: 'sources', usage: '/sources [list | add URL | remove URL]', hint: '[list | add URL | remove URL]', description: "This channel's own feeds", changes: true },
  { name: 'labwatch', usage: '/labwatch help', hint: 'help', description: 'How to use labwatch', changes: false },
];

export function usageOf(name: CommandSpec['name']): string {
  return COMMANDS.find((c) => c.name === name)!.usage;
}
