/** The words of labwatch's domain, shared by every stage. */

export type Language = 'en' | 'zh';

export type Platform = 'slack' | 'discord';

/**
 * The tenant key: the id of a channels row. Every watch, chat-added source and matched move
 * belongs to one channel; the operator (config and CLI watches, routed to the config's sinks)
 * is channel 1.
 */
export type ChannelId = number & { readonly __tenant: 'channel' };
export const OPERATOR: ChannelId = 1 as ChannelId;

/** A chat channel as its platform names it. */
export interface ChannelRef {
  platform: Platform;
  /** Slack team id or Discord guild id. */
  workspace: string;
  /** Slack channel id or Discord channel id. */
  channel: string;
}

/** The outbox destination of a chat channel ("slack:T1:C1"); config sinks are named by the config. */
export function chatDestination(ref: ChannelRef): string {
  return `${ref.platform}:${ref.workspace}:${ref.channel}`;
}

/** The channel a chat destination name stands for, or null for a config sink's name. */
export function parseChatDestination(name: string): ChannelRef | null {
  const m = /^(slack|discord):([^:]+):([^:]+)$/.exec(name);
  return m ? { platform: m[1] as Platform, workspace: m[2]!, channel: m[3]! } : null;
}

export type WatchOrigin = 'config' | 'cli' | 'chat';

export interface PersonWatch {
  kind: 'person';
  id: number;
  name: string;
  aliases: string[];
  orgs: string[];
  strict: boolean;
  channel: ChannelId;
  origin: WatchOrigin;
}

export interface OrgWatch {
  kind: 'org';
  id: number;
  name: string;
  aliases: string[];
  channel: ChannelId;
  origin: WatchOrigin;
}

export type Watch = PersonWatch | OrgWatch;

/** An organisation known to the matcher, from the catalog or from an org watch. */
export interface Org {
  name: string;
  aliases: string[];
  /** The org this one belongs to (MSL → Meta), or null for a top-level org. */
  parent: string | null;
}

/** One entry of a feed, as parsed, before it is stored. */
export interface FeedEntry {
  guid: string | null;
  url: string | null;
  title: string;
  /** Plain text of the summary and content (HTML already removed). */
  text: string;
  published: Date | null;
  /** The outlet named by an aggregator ("… - Reuters"), when the entry carries one. */
  publisher: string | null;
}

/** A stored item, the unit that matching reads. */
export interface Item {
  id: number;
  sourceId: number;
  sourceName: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  language: Language | null;
  text: string;
}

export type MoveEvent = 'departure' | 'join' | 'return' | 'promotion' | 'founding';
export type MoveStatus = 'reported' | 'rumoured' | 'denied';

/** An org as named in a move: the top-level org and, when the text named a unit, the unit. */
export interface OrgRef {
  org: string;
  unit: string | null;
}

/** A move recognised in one item. */
export interface Move {
  person: string;
  /** Normalised person name: the key that clusters reports of one person's moves. */
  personKey: string;
  /** The watch id when the person is on the watchlist. */
  personWatchId: number | null;
  discovered: boolean;
  /**
   * Found only by a watched person's surname: a watch routes it only when the text also names
   * one of that watch's orgs or an org its channel watches (as for a strict watch).
   */
  bySurname: boolean;
  /** Every org the item names, with the orgs they belong to: what strict watches look for. */
  contextOrgs: string[];
  event: MoveEvent;
  from: OrgRef | null;
  to: OrgRef | null;
  role: string | null;
  tenure: string | null;
  status: MoveStatus;
  confidence: number;
  /** The sentence that shows the move, in the source's own script. */
  evidence: string;
  /** Why the recogniser decided so, for `labwatch explain`. */
  reasons: string[];
  /** Which reader found it: the rules, the optional language model, or the rules with facts the model added. */
  readBy: MoveReader;
}

export type MoveReader = 'rules' | 'model' | 'rules+model';

/** A move recorded earlier, as clustering compares new reports against it. */
export interface KnownMove {
  id: string;
  personKey: string;
  event: MoveEvent;
  from: OrgRef | null;
  to: OrgRef | null;
  role: string | null;
  status: MoveStatus;
  createdAt: Date;
}

/** A move as stored, with its report count. */
export interface StoredMove extends Move {
  id: string;
  createdAt: string;
  /** When the first report was published (else recorded): the date people know the move by. */
  reportedAt: string;
  updatedAt: string;
  firstItemId: number | null;
  reports: number;
}

/** The watches that made a move alert. */
export interface WatchRef {
  kind: 'person' | 'org';
  name: string;
}

/** What a sink receives: one alert (or follow-up) about one move. The jsonl contract. */
export interface Alert {
  id: string;
  event: MoveEvent;
  person: string;
  from: string | null;
  to: string | null;
  fromUnit: string | null;
  toUnit: string | null;
  role: string | null;
  tenure: string | null;
  status: MoveStatus;
  discovered: boolean;
  watched: WatchRef[];
  confidence: number;
  evidence: string;
  item: { title: string; url: string; source: string; published: string | null; language: string | null };
  reports: number;
  /** Every outlet that reported the move so far. */
  sources: { source: string; url: string }[];
  followup: boolean;
  /** For a follow-up: what the new report added ("destination", "role", "confirmed", "denied"). */
  changes: string[];
}
