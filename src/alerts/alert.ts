import type { Alert, Item, WatchRef } from '../domain.js';
import type { StoredMove } from '../domain.js';

/** The alert for a move as one report shows it: the jsonl contract, and what every renderer reads. */
export function buildAlert(move: StoredMove, item: Item, watched: WatchRef[], sources: { source: string; url: string }[], followup: boolean, changes: string[]): Alert {
  return {
    id: move.id,
    event: move.event,
    person: move.person,
    from: move.from?.org ?? null,
    to: move.to?.org ?? null,
    fromUnit: move.from?.unit ?? null,
    toUnit: move.to?.unit ?? null,
    role: move.role,
    tenure: move.tenure,
    status: move.status,
    discovered: move.discovered,
    watched,
    confidence: move.confidence,
    evidence: move.evidence,
    item: { title: item.title, url: item.url ?? '', source: item.sourceName, published: item.publishedAt, language: item.language },
    reports: move.reports,
    sources: sources.map(({ source, url }) => ({ source, url })),
    followup,
    changes,
  };
}
