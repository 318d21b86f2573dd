import type { DigestMove, Result } from '../../commands/types.js';
import { describeWatch, historyLine, watchNotes } from '../../commands/present/text.js';
import { escapeDiscord } from '../../alerts/render/discord.js';
import { fit, safeUrl } from '../../alerts/render/limits.js';

/** An interaction reply: embeds (within Discord's limits), buttons, only the asker sees it, mentions off. */
export interface DiscordReply {
  content?: string;
  embeds: { title?: string; description: string; color?: number }[];
  components: Record<string, unknown>[];
  flags?: number;
  allowed_mentions: { parse: never[] };
}

// Discord's limits: 10 embeds, description 4096, title 256, 6000 characters across a message's embeds.
export const MAX_EMBEDS = 10;
export const MAX_TOTAL = 6000;
const DESCRIPTION_MAX = 4096;
export const EPHEMERAL = 64;
const BLUE = 0x3498db;
const RED = 0xe74c3c;

const esc = escapeDiscord;
const reply = (embeds: DiscordReply['embeds'], components: DiscordReply['components'] = []): DiscordReply => ({ embeds, components, flags: EPHEMERAL, allowed_mentions: { parse: [] } });

function link(url: string, label: string): string {
  const safe = safeUrl(url);
  const text = fit(label, 60, esc);
  return safe ? `[${text}](<${safe.replace(/[<>()\s]/g, encodeURIComponent)}>)` : text;
}

function moveLine(m: DigestMove, side: 'in' | 'out'): string {
  const other = side === 'in' ? (m.from ? ` from ${m.from.org}` : '') : m.to ? ` → ${m.to.org}` : '';
  const flags = [m.status === 'rumoured' ? 'rumoured' : '', m.reports > 1 ? `${m.reports} reports` : ''].filter(Boolean).join(', ');
  const sources = m.sources.slice(0, 2).map((s) => link(s.url, s.source));
  return fit(
    `${side === 'in' ? '➕' : '➖'} **${esc(m.person)}**${esc(other)}${m.role ? ` as ${esc(m.role)}` : ''} (${m.reportedAt.slice(0, 10)}${flags ? `, ${flags}` : ''})${sources.length ? ` · ${sources.join(', ')}` : ''}`,
    1000,
  );
}

/** A digest page's state, in a button's custom_id (at most 100 characters). */
export function pageId(offset: number, days: number, subject: string | null): string {
  return `lw:page:${offset}:${days}:${subject ?? ''}`.slice(0, 100);
}

export function parsePageId(id: string): { offset: number; days: number; subject: string | null } | null {
  const m = /^lw:page:(\d+):(\d+):(.*)$/s.exec(id);
  return m ? { offset: Number(m[1]), days: Number(m[2]), subject: m[3] || null } : null;
}

/**
 * A digest page: one embed per org (title and its lines), up to 10 embeds and 6,000
 * characters; what does not fit is on the next page, behind a button.
 */
export function renderDigest(r: Extract<Result, { kind: 'digest' }>, offset: number): DiscordReply {
  const title = `${r.moves.length} move${r.moves.length === 1 ? '' : 's'} in the last ${r.days} day${r.days === 1 ? '' : 's'}${r.filter ? ` for ${r.filter}` : ''}`;
  if (!r.moves.length) return reply([{ description: esc(`No moves in the last ${r.days} day(s)${r.filter ? ` for ${r.filter}` : ''}.`), color: BLUE }]);
  // Lines tagged with their org's title, so a page can start mid-org.
  const lines: { org: string; text: string }[] = [];
  for (const g of r.groups) {
    const head = fit(`${g.org}: ${g.arrivals.length} in, ${g.departures.length} out`, 200, esc);
    for (const m of g.arrivals) lines.push({ org: head, text: moveLine(m, 'in') });
    for (const m of g.departures) lines.push({ org: head, text: moveLine(m, 'out') });
  }
  const embeds: DiscordReply['embeds'] = [];
  let total = fit(title, 256).length;
  let i = offset;
  while (i < lines.length && embeds.length < MAX_EMBEDS) {
    const org = lines[i]!.org;
    let description = '';
    while (i < lines.length && lines[i]!.org === org) {
      const next = description ? `${description}\n${lines[i]!.text}` : lines[i]!.text;
      if (next.length > DESCRIPTION_MAX || total + org.length + next.length > MAX_TOTAL - 100) break;
      description = next;
      i++;
    }
    if (!description) break;
    embeds.push({ title: org, description, color: BLUE });
    total += org.length + description.length;
  }
  if (embeds[0]) embeds[0] = { ...embeds[0], title: fit(`${title} · ${embeds[0].title}`, 256) };
  const components = i < lines.length ? [{ type: 1, components: [{ type: 2, style: 2, label: `Next page (${lines.length - i} more)`, custom_id: pageId(i, r.days, r.filter) }] }] : [];
  return reply(embeds, components);
}

const one = (text: string, color = BLUE) => reply([{ description: fit(text, DESCRIPTION_MAX), color }]);

/** A command's result as an ephemeral reply. */
export function renderResult(r: Result): DiscordReply {
  switch (r.kind) {
    case 'watch-added': {
      const notes = watchNotes(r);
      const history = r.history.moves.length ? ['**Known moves** (newest first):', ...r.history.moves.map((m) => `• ${esc(historyLine(m))}`)] : ['No moves on record yet.'];
      const text = [
        `**${r.created ? 'Now watching' : 'Updated watch on'}** ${esc(describeWatch(r.watch))}. Moves will be posted in this channel.`,
        ...notes.map(esc),
        '',
        ...history,
        `Named in ${r.history.mentions} stored item(s).`,
      ];
      return one(text.join('\n'));
    }
    case 'unwatched':
      return one(esc(`Stopped watching ${r.removed.map((w) => `${w.kind} ${w.name}`).join(' and ')} here.`));
    case 'watchlist':
      if (!r.watches.length) return one('This channel watches nothing yet. Try `/watch person` or `/watch org`.');
      return reply([{ title: `This channel watches ${r.watches.length}`, description: fit(r.watches.map((w) => `• ${esc(describeWatch(w))}`).join('\n'), DESCRIPTION_MAX), color: BLUE }]);
    case 'digest':
      return renderDigest(r, 0);
    case 'sources':
      if (!r.sources.length) return one('No feeds added here. Add one with `/sources add`.');
      return reply([
        { title: `${r.sources.length} feed(s) added here`, description: fit(r.sources.map((s) => `• ${link(s.url, s.name)}${s.enabled ? '' : ' (off)'}`).join('\n'), DESCRIPTION_MAX), color: BLUE },
      ]);
    case 'source-added':
      return one(esc(`${r.existed ? 'This channel already has' : 'Added'} ${r.source.name} (${r.source.url}); it is polled on the next cycle, and its existing items are history, not news.`));
    case 'source-removed':
      return one(esc(`Removed ${r.url} from this channel.`));
    case 'help':
      return reply([{ title: 'labwatch commands', description: r.commands.map((c) => `\`${c.usage.replace(/`/g, '')}\`\n${esc(c.description)}`).join('\n\n'), color: BLUE }]);
    case 'error':
      return one(`⚠️ ${esc(r.message)}${r.usage ? `\nUsage: \`${r.usage.replace(/`/g, '')}\`` : ''}`, RED);
  }
}
