import type { Alert } from '../../domain.js';

/** One jsonl line: the contract people pipe into other tools (field order kept stable). */
export function renderJson(a: Alert): string {
  const { id, event, person, from, to, role, watched, confidence, evidence, item, reports, followup } = a;
  return JSON.stringify({
    id,
    event,
    person,
    from,
    to,
    role,
    watched,
    confidence,
    evidence,
    item,
    reports,
    followup,
    fromUnit: a.fromUnit,
    toUnit: a.toUnit,
    tenure: a.tenure,
    status: a.status,
    discovered: a.discovered,
    sources: a.sources,
    changes: a.changes,
  });
}
