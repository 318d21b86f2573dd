import type { Watch } from '../../domain.js';
import type { DigestMove, Result } from '../types.js';

/** A result as terminal text: the first line says what happened, the rest are rows. */
export interface TextReply {
  ok: boolean;
  text: string;
  lines: string[];
}

export function describeWatch(w: Watch): string {
  const parts = [`${w.kind} ${w.name}`];
  if (w.aliases.length) parts.push(`aka ${w.aliases.join(', ')}`);
  if (w.kind === 'person' && w.orgs.length) parts.push(`at ${w.orgs.join(', ')}`);
  if (w.kind === 'person' && w.strict) parts.push('strict');
  return parts.join(' · ');
}

const ORIGIN: Record<Watch['origin'], string> = { config: 'config file', cli: 'cli', chat: 'chat' };

/** "+ Ana Ruiz from Google as Chief Scientist (2026-11-20, 3 reports)" */
export function digestLine(m: DigestMove, side: 'in' | 'out'): string {
  const other = side === 'in' ? (m.from ? ` from ${m.from.org}` : '') : m.to ? ` → ${m.to.org}` : '';
  const role = m.role ? ` as ${m.role}` : '';
  const flags = [m.status === 'rumoured' ? 'rumoured' : '', m.reports > 1 ? `${m.reports} reports` : ''].filter(Boolean).join(', ');
  return `${side === 'in' ? '+' : '-'} ${m.person}${other}${role} (${m.reportedAt.slice(0, 10)}${flags ? `, ${flags}` : ''})`;
}

/** One move of a history: "2026-11-20 departure from Meta → OpenAI as researcher (Reuters)". */
export function historyLine(m: DigestMove): string {
  const ends = [m.from ? `from ${m.from.org}` : '', m.to ? `→ ${m.to.org}` : ''].filter(Boolean).join(' ');
  return `${m.reportedAt.slice(0, 10)} ${m.person}: ${m.event}${ends ? ` ${ends}` : ''}${m.role ? ` as ${m.role}` : ''}${m.sources.length ? ` (${m.sources.map((s) => s.source).join(', ')})` : ''}`;
}

/** What a chat reply adds under "Now watching": what an org also matches, and any warning. */
export function watchNotes(r: Extract<Result, { kind: 'watch-added' }>): string[] {
  const org =
    r.watch.kind !== 'org'
      ? []
      : [
          r.inCatalog
            ? `Also matches: ${r.alsoMatches.join(', ') || '(its name)'}${r.units.length ? `; includes ${r.units.join(', ')}` : ''}`
            : 'Not in the org catalog: matched by the name and aliases you gave.',
        ];
  return [...org, ...r.warnings];
}

export function presentText(r: Result): TextReply {
  switch (r.kind) {
    case 'watch-added': {
      const lines: string[] = [];
      if (r.watch.kind === 'org') {
        lines.push(
          r.inCatalog
            ? r.alsoMatches.length
              ? `Also matches: ${r.alsoMatches.join(', ')}`
              : 'In the org catalog.'
            : `Not in the org catalog: matched by the name${r.watch.aliases.length ? ' and aliases' : ''} you gave.`,
        );
        if (r.units.length) lines.push(`Includes: ${r.units.join(', ')}`);
      }
      for (const w of r.warnings) lines.push(`Note: ${w}.`);
      lines.push(r.history.moves.length ? `Known moves (${r.history.moves.length}, newest first):` : 'No moves on record yet.');
      for (const m of r.history.moves) lines.push(`  ${historyLine(m)}`);
      lines.push(`Named in ${r.history.mentions} stored item(s).`);
      return { ok: true, text: `${r.created ? 'Now watching' : 'Updated watch on'} ${describeWatch(r.watch)}.`, lines };
    }
    case 'unwatched':
      return { ok: true, text: `Stopped watching ${r.removed.map((w) => `${w.kind} ${w.name}`).join(' and ')}.`, lines: [] };
    case 'watchlist':
      if (!r.watches.length) return { ok: true, text: 'Nothing watched yet. Add one with "watch add person NAME" or "watch add org NAME".', lines: [] };
      return { ok: true, text: `${r.watches.length} watch${r.watches.length === 1 ? '' : 'es'}:`, lines: r.watches.map((w) => `${describeWatch(w)}  [${ORIGIN[w.origin]}]`) };
    case 'digest': {
      const scope = `${r.days} day(s)${r.filter ? ` for ${r.filter}` : ''}`;
      if (!r.moves.length) return { ok: true, text: `No moves in the last ${scope}.`, lines: [] };
      const lines: string[] = [''];
      for (const g of r.groups) {
        lines.push(`${g.org}: ${g.arrivals.length} arrival(s), ${g.departures.length} departure(s)`);
        for (const m of g.arrivals) lines.push(`  ${digestLine(m, 'in')}`);
        for (const m of g.departures) lines.push(`  ${digestLine(m, 'out')}`);
      }
      return { ok: true, text: `${r.moves.length} move(s) in the last ${scope}:`, lines };
    }
    case 'sources':
      if (!r.sources.length) return { ok: true, text: 'No feeds added here yet.', lines: [] };
      return { ok: true, text: `${r.sources.length} feed(s):`, lines: r.sources.map((s) => `${s.enabled ? '' : '[off] '}${s.name} <${s.url}>${s.lastError ? ` · last error: ${s.lastError}` : ''}`) };
    case 'source-added':
      return { ok: true, text: `${r.existed ? 'Already had' : 'Added'} ${r.source.name} <${r.source.url}>; it is polled on the next cycle (its existing items are history, not news).`, lines: [] };
    case 'source-removed':
      return { ok: true, text: `Removed ${r.url} from this channel.`, lines: [] };
    case 'help':
      return { ok: true, text: 'labwatch commands:', lines: r.commands.map((c) => `${c.usage}\n      ${c.description}`) };
    case 'error':
      return { ok: false, text: r.usage ? `${r.message} ${r.usage}` : r.message, lines: [] };
  }
}
