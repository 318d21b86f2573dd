import type { KnownMove, Move, MoveEvent, MoveStatus, OrgRef, StoredMove } from '../domain.js';

export type { KnownMove };

export type ClusterDecision =
  | { kind: 'new' }
  /** The same move again; `changes` lists what the report adds (empty: nothing new, stay quiet). */
  | { kind: 'same'; move: KnownMove; changes: string[] };

const family = (e: MoveEvent) => (e === 'promotion' ? 'promotion' : e === 'founding' ? 'founding' : 'move');

function sameOrg(a: OrgRef | null, b: OrgRef | null): boolean | null {
  if (!a || !b) return null;
  return a.org === b.org;
}

/**
 * Whether a report describes the known move: same person, and no end that contradicts
 * ("left Meta" then "joined OpenAI" fills the destination; "joined Google" instead does not).
 */
function compatible(known: KnownMove, m: Move): boolean {
  if (known.personKey !== m.personKey) return false;
  const a = family(known.event);
  const b = family(m.event);
  // Founding a company is how many moves are reported ("leaves OpenAI to found …").
  if (a !== b && !(a !== 'promotion' && b !== 'promotion')) return false;
  return sameOrg(known.from, m.from) !== false && sameOrg(known.to, m.to) !== false;
}

/** What a new report of a known move adds. */
export function changesFrom(known: KnownMove, m: Move): string[] {
  const changes: string[] = [];
  if (!known.to && m.to) changes.push('destination');
  if (!known.from && m.from) changes.push('origin');
  if (!known.role && m.role) changes.push('role');
  if (known.status === 'rumoured' && m.status === 'reported') changes.push('confirmed');
  if (known.status !== 'denied' && m.status === 'denied') changes.push('denied');
  return changes;
}

/** Finds the known move a report belongs to, newest first, within `windowMs` of `now`. */
export function clusterMove(m: Move, recent: readonly KnownMove[], now: Date, windowMs: number): ClusterDecision {
  const candidates = recent.filter((k) => now.getTime() - k.createdAt.getTime() <= windowMs && compatible(k, m)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const match = candidates[0];
  return match ? { kind: 'same', move: match, changes: changesFrom(match, m) } : { kind: 'new' };
}

/** A known move with the facts a new report adds filled in; a denial wins, a report confirms a rumour. */
export function mergeFacts(known: StoredMove, m: Move): StoredMove {
  const end = (a: OrgRef | null, b: OrgRef | null): OrgRef | null => (a ? { org: a.org, unit: a.unit ?? (b && b.org === a.org ? b.unit : null) } : b);
  const status: MoveStatus = m.status === 'denied' ? 'denied' : known.status === 'rumoured' && m.status === 'reported' ? 'reported' : known.status;
  return {
    ...known,
    from: end(known.from, m.from),
    to: end(known.to, m.to),
    role: known.role ?? m.role,
    tenure: known.tenure ?? m.tenure,
    status,
    confidence: Math.max(known.confidence, m.confidence),
  };
}
