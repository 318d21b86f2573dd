import { OPERATOR } from '../../domain.js';
import type { Result } from '../types.js';

/** A result as JSON for scripts (`--json`); field names are a contract. */
export function presentJson(r: Result): unknown {
  switch (r.kind) {
    case 'watchlist':
      return r.watches.map((w) => ({
        kind: w.kind,
        name: w.name,
        aliases: w.aliases,
        orgs: w.kind === 'person' ? w.orgs : [],
        strict: w.kind === 'person' && w.strict,
        scope: w.channel === OPERATOR ? 'config' : `channel:${w.channel}`,
        origin: w.origin,
      }));
    case 'digest':
      return {
        days: r.days,
        moves: r.moves.map((m) => ({
          id: m.id,
          person: m.person,
          event: m.event,
          from: m.from?.org ?? null,
          to: m.to?.org ?? null,
          role: m.role,
          status: m.status,
          reports: m.reports,
          at: m.reportedAt,
          recordedAt: m.createdAt,
          sources: m.sources.map((s) => s.source),
        })),
        orgs: r.groups.map((g) => ({ org: g.org, arrivals: g.arrivals.length, departures: g.departures.length })),
      };
    default:
      return r;
  }
}
