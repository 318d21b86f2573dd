import type { Alert } from '../../domain.js';

const VERBS: Record<Alert['event'], string> = {
  departure: 'leaves',
  join: 'joins',
  return: 'returns to',
  promotion: 'is promoted at',
  founding: 'founds',
};

function orgLabel(org: string | null, unit: string | null): string | null {
  if (!org) return null;
  return unit && unit !== org ? `${org} (${unit})` : org;
}

/** The one-line headline every renderer starts from: "Chi-Hao Wu leaves Meta for Memories.ai". */
export function headline(a: Alert): string {
  const from = orgLabel(a.from, a.fromUnit);
  const to = orgLabel(a.to, a.toUnit);
  const status = a.status === 'rumoured' ? ' (rumoured)' : a.status === 'denied' ? ' (denied)' : '';
  switch (a.event) {
    case 'departure':
      return `${a.person} leaves ${from ?? 'their employer'}${to ? ` for ${to}` : ''}${status}`;
    case 'join':
    case 'return':
      return `${a.person} ${VERBS[a.event]} ${to ?? 'a new employer'}${from ? ` from ${from}` : ''}${status}`;
    case 'promotion':
      return `${a.person} ${a.role ? `becomes ${a.role}` : 'is promoted'}${(to ?? from) ? ` at ${to ?? from}` : ''}${status}`;
    case 'founding':
      return `${a.person} founds ${to ?? 'a new company'}${from ? ` after ${from}` : ''}${status}`;
  }
}

/** "role: Chief AI Officer · after 5+ years" and the like, for the detail line. */
export function details(a: Alert): string[] {
  const out: string[] = [];
  if (a.role && a.event !== 'promotion') out.push(`as ${a.role}`);
  if (a.tenure) out.push(`after ${a.tenure}`);
  return out;
}

export function followupLine(a: Alert): string {
  const what = a.changes.map((c) => ({ destination: 'destination now known', origin: 'origin now known', role: 'role now known', confirmed: 'now confirmed', denied: 'denied' })[c] ?? c);
  return `Update${what.length ? ` (${what.join(', ')})` : ''}: ${headline(a)}`;
}

export function confidenceLabel(a: Alert): string {
  return `${Math.round(a.confidence * 100)}%`;
}

/** The watches that made the move alert: "org Meta, person Chi-Hao Wu". */
export function watchedLine(a: Alert): string {
  return a.watched.map((w) => `${w.kind} ${w.name}`).join(', ');
}

/** Up to two other outlets that carried the move, for links beside the report's own. */
export function otherSources(a: Alert): Alert['sources'] {
  return a.sources.filter((s) => s.url !== a.item.url).slice(0, 2);
}

/** The chat platforms' small print: event, status, confidence, "N more sources", the watches. */
export function contextLine(a: Alert): string {
  const more = a.sources.length > 1 ? ` · ${a.sources.length - 1} more source${a.sources.length > 2 ? 's' : ''}` : '';
  return `${a.event} · ${a.status} · confidence ${confidenceLabel(a)}${more}${a.discovered ? ' · not on the watchlist' : ''} · watching ${watchedLine(a)}`;
}
