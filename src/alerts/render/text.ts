import type { Alert } from '../../domain.js';
import { confidenceLabel, details, followupLine, headline, watchedLine } from './words.js';

/** Plain text for the console: readable lines, no markup. */
export function renderText(a: Alert): string {
  const lines = [a.followup ? `↳ ${followupLine(a)}` : `● ${headline(a)}`];
  const more = details(a);
  if (more.length) lines.push(`  ${more.join(' · ')}`);
  lines.push(`  “${a.evidence}”`);
  lines.push(`  ${a.item.source}: ${a.item.title}${a.item.url ? ` <${a.item.url}>` : ''}`);
  const extra = a.reports > 1 ? ` · ${a.reports} reports` : '';
  lines.push(`  ${a.event} · ${a.status} · confidence ${confidenceLabel(a)}${a.discovered ? ' · discovered' : ''} · watching ${watchedLine(a)}${extra}`);
  return lines.join('\n');
}
