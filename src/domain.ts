/** The words of labwatch's domain, shared by every stage. */

export type Language = 'en' | 'zh';

/** Where a watch routes: 'config' means the config's sinks; 'slack:C…' or 'discord:…' a chat channel. */
export type Scope = string;
export const CONFIG_SCOPE: Scope = 'config';

export interface PersonWatch {
  kind: 'person';
  id: number;
  name: string;
  aliases: string[];
  orgs: string[];
  strict: boolean;
  scope: Scope;
}

export interface OrgWatch {
  kind: 'org';
  id: number;
  name: string;
  aliases: string[];
  scope: Scope;
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
