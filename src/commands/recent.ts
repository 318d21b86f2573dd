import type { Db } from '../db/open.js';
import { movesSince, moveSources, type StoredMove } from '../db/moves.js';
import type { OrgCatalog } from '../match/catalog.js';
import { personKey } from '../match/watch-index.js';

export interface RecentQuery {
  days: number;
  org?: string | undefined;
  person?: string | undefined;
  json: boolean;
}

export interface OrgDigest {
  org: string;
  arrivals: StoredMove[];
  departures: StoredMove[];
}

/** Groups moves by org: a move counts as a departure from its origin and an arrival at its destination. */
export function digest(moves: StoredMove[]): OrgDigest[] {
  const byOrg = new Map<string, OrgDigest>();
  const entry = (org: string) => byOrg.get(org) ?? byOrg.set(org, { org, arrivals: [], departures: [] }).get(org)!;
  for (const m of moves) {
    if (m.from) entry(m.from.org).departures.push(m);
    if (m.to) entry(m.to.org).arrivals.push(m);
  }
  return [...byOrg.values()].sort((a, b) => b.arrivals.length + b.departures.length - (a.arrivals.length + a.departures.length) || a.org.localeCompare(b.org));
}

export function selectRecent(db: Db, catalog: OrgCatalog, q: Omit<RecentQuery, 'json'>, now: Date = new Date()): StoredMove[] {
  let moves = movesSince(db, new Date(now.getTime() - q.days * 86_400_000)).filter((m) => m.status !== 'denied');
  if (q.person) {
    const key = personKey(q.person);
    moves = moves.filter((m) => m.personKey === key);
  }
  if (q.org) {
    const wanted = catalog.find(q.org)?.name ?? q.org;
    moves = moves.filter((m) => [m.from, m.to].some((end) => end && (end.org === wanted || end.unit === wanted || catalog.lineage(end.unit ?? end.org).includes(wanted))));
  }
  return moves;
}

function line(m: StoredMove, side: 'in' | 'out'): string {
  const other = side === 'in' ? (m.from ? ` from ${m.from.org}` : '') : m.to ? ` → ${m.to.org}` : '';
  const role = m.role ? ` as ${m.role}` : '';
  const flags = [m.status === 'rumoured' ? 'rumoured' : '', m.reports > 1 ? `${m.reports} reports` : ''].filter(Boolean).join(', ');
  return `    ${side === 'in' ? '+' : '-'} ${m.person}${other}${role} (${m.reportedAt.slice(0, 10)}${flags ? `, ${flags}` : ''})`;
}

export function recentCommand(db: Db, catalog: OrgCatalog, q: RecentQuery, now: Date = new Date()): string {
  const moves = selectRecent(db, catalog, q, now);
  const groups = digest(moves);
  if (q.json) {
    return `${JSON.stringify(
      {
        days: q.days,
        moves: moves.map((m) => ({ id: m.id, person: m.person, event: m.event, from: m.from?.org ?? null, to: m.to?.org ?? null, role: m.role, status: m.status, reports: m.reports, at: m.reportedAt, recordedAt: m.createdAt, sources: moveSources(db, m.id).map((s) => s.source) })),
        orgs: groups.map((g) => ({ org: g.org, arrivals: g.arrivals.length, departures: g.departures.length })),
      },
      null,
      2,
    )}\n`;
  }
  if (!moves.length) return `No moves in the last ${q.days} day(s)${q.org ? ` at ${q.org}` : ''}${q.person ? ` for ${q.person}` : ''}.\n`;
  const out = [`${moves.length} move(s) in the last ${q.days} day(s):`, ''];
  for (const g of groups) {
    out.push(`${g.org}: ${g.arrivals.length} arrival(s), ${g.departures.length} departure(s)`);
    for (const m of g.arrivals) out.push(line(m, 'in'));
    for (const m of g.departures) out.push(line(m, 'out'));
  }
  return `${out.join('\n')}\n`;
}
