import type { DigestMove, Result } from '../../commands/types.js';
import { describeWatch, historyLine, watchNotes } from '../../commands/present/text.js';
import { escapeSlack } from '../../alerts/render/slack.js';
import { fit, safeUrl } from '../../alerts/render/limits.js';

/** A reply as Slack takes it: fallback text and Block Kit, always within Slack's limits. */
export interface SlackReply {
  text: string;
  blocks: Record<string, unknown>[];
}

// Slack's limits: 50 blocks a message, section text 3000, header 150, button text 75, value 2000.
export const MAX_BLOCKS = 50;
const SECTION_MAX = 3000;
const HEADER_MAX = 150;
const BUTTON_MAX = 75;

const esc = escapeSlack;
const header = (text: string) => ({ type: 'header', text: { type: 'plain_text', text: fit(text, HEADER_MAX, esc), emoji: false } });
const mrkdwn = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });
const context = (text: string) => ({ type: 'context', elements: [{ type: 'mrkdwn', text: fit(text, 2000, (s) => s), verbatim: true }] });
export const button = (text: string, actionId: string, value: string, style?: 'primary' | 'danger') => ({
  type: 'button',
  text: { type: 'plain_text', text: fit(text, BUTTON_MAX, esc), emoji: false },
  action_id: actionId,
  value,
  ...(style ? { style } : {}),
});

/** Packs lines (already escaped mrkdwn) into sections of at most 3000 characters; returns the blocks and how many lines fit. */
function pack(lines: string[], maxBlocks: number): { blocks: Record<string, unknown>[]; used: number } {
  const blocks: Record<string, unknown>[] = [];
  let current = '';
  let used = 0;
  for (const raw of lines) {
    const line = raw.length > SECTION_MAX ? `${raw.slice(0, SECTION_MAX - 1)}…` : raw;
    if (current && current.length + 1 + line.length > SECTION_MAX) {
      if (blocks.length + 1 >= maxBlocks) break;
      blocks.push(mrkdwn(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
    used++;
  }
  if (current) blocks.push(mrkdwn(current));
  return { blocks, used };
}

function link(url: string, label: string): string {
  const safe = safeUrl(url);
  const text = fit(label, 80, (s) => esc(s).replace(/\|/g, '¦'));
  return safe ? `<${safe.replace(/[<>|]/g, encodeURIComponent).replace(/&/g, '&amp;')}|${text}>` : text;
}

function moveLine(m: DigestMove, side: 'in' | 'out'): string {
  const other = side === 'in' ? (m.from ? ` from ${m.from.org}` : '') : m.to ? ` → ${m.to.org}` : '';
  const flags = [m.status === 'rumoured' ? 'rumoured' : '', m.reports > 1 ? `${m.reports} reports` : ''].filter(Boolean).join(', ');
  const sources = m.sources.slice(0, 3).map((s) => link(s.url, s.source));
  const more = m.sources.length > 3 ? ` +${m.sources.length - 3}` : '';
  return `${side === 'in' ? '➕' : '➖'} *${esc(m.person)}*${esc(other)}${m.role ? ` as ${esc(m.role)}` : ''} (${m.reportedAt.slice(0, 10)}${flags ? `, ${flags}` : ''})${sources.length ? ` · ${sources.join(', ')}${more}` : ''}`;
}

/** Where a digest page starts and what it was asked for: carried in its buttons. */
export interface DigestCursor {
  days: number;
  subject: string | null;
  offset: number;
}

/** The digest's lines, org by org: a bold title line, then arrivals and departures. */
function digestLines(r: Extract<Result, { kind: 'digest' }>): string[] {
  const lines: string[] = [];
  for (const g of r.groups) {
    lines.push(`*${esc(g.org)}*: ${g.arrivals.length} arrival${g.arrivals.length === 1 ? '' : 's'}, ${g.departures.length} departure${g.departures.length === 1 ? '' : 's'}`);
    for (const m of g.arrivals) lines.push(moveLine(m, 'in'));
    for (const m of g.departures) lines.push(moveLine(m, 'out'));
  }
  return lines;
}

/**
 * A digest page: a header, org sections, then buttons (next page, post to channel). However
 * many moves there are, the page stays within 50 blocks; the rest is on the next page.
 */
export function renderDigest(r: Extract<Result, { kind: 'digest' }>, offset: number, shared: boolean): SlackReply {
  const title = `${r.moves.length} move${r.moves.length === 1 ? '' : 's'} in the last ${r.days} day${r.days === 1 ? '' : 's'}${r.filter ? ` for ${r.filter}` : ''}`;
  if (!r.moves.length)
    return {
      text: `No moves in the last ${r.days} day(s)${r.filter ? ` for ${r.filter}` : ''}.`,
      blocks: [mrkdwn(esc(`No moves in the last ${r.days} day(s)${r.filter ? ` for ${r.filter}` : ''}.`))],
    };
  const lines = digestLines(r);
  const { blocks, used } = pack(lines.slice(offset), MAX_BLOCKS - 3);
  const next = offset + used;
  const out: Record<string, unknown>[] = [header(title), ...blocks];
  const cursor = (o: number) => JSON.stringify({ days: r.days, subject: r.filter, offset: o } satisfies DigestCursor);
  const buttons: Record<string, unknown>[] = [];
  if (next < lines.length) buttons.push(button(`Next page (${lines.length - next} more lines)`, 'lw_digest_page', cursor(next)));
  if (!shared) buttons.push(button('Post to channel', 'lw_digest_share', cursor(offset), 'primary'));
  if (buttons.length) out.push({ type: 'actions', elements: buttons });
  else if (next < lines.length) out.push(context(`${lines.length - next} more lines: narrow it with /recent ${r.days}d NAME`));
  return { text: title, blocks: out };
}

/** A command's result as an ephemeral reply. */
export function renderResult(r: Result): SlackReply {
  switch (r.kind) {
    case 'watch-added': {
      const what = describeWatch(r.watch);
      const blocks: Record<string, unknown>[] = [mrkdwn(`*${r.created ? 'Now watching' : 'Updated watch on'}* ${esc(what)}. Moves will be posted in this channel.`)];
      const notes = watchNotes(r);
      if (notes.length) blocks.push(context(esc(notes.join(' · '))));
      const history = r.history.moves.length ? [`*Known moves* (newest first):`, ...r.history.moves.map((m) => `• ${esc(historyLine(m))}`)] : ['No moves on record yet.'];
      blocks.push(...pack([...history, `Named in ${r.history.mentions} stored item${r.history.mentions === 1 ? '' : 's'}.`], 10).blocks);
      return { text: `${r.created ? 'Now watching' : 'Updated watch on'} ${what}.`, blocks };
    }
    case 'unwatched': {
      const text = `Stopped watching ${r.removed.map((w) => `${w.kind} ${w.name}`).join(' and ')} here.`;
      return { text, blocks: [mrkdwn(esc(text))] };
    }
    case 'watchlist': {
      if (!r.watches.length)
        return { text: 'This channel watches nothing yet.', blocks: [mrkdwn('This channel watches nothing yet. Try `/watch person "Rohan Varma" at Meta` or `/watch org OpenAI`.')] };
      const lines = r.watches.map((w) => `• ${esc(describeWatch(w))}`);
      const { blocks, used } = pack(lines, MAX_BLOCKS - 2);
      const out = [header(`This channel watches ${r.watches.length}`), ...blocks];
      if (used < lines.length) out.push(context(`…and ${lines.length - used} more`));
      return { text: `This channel watches ${r.watches.length}.`, blocks: out };
    }
    case 'digest':
      return renderDigest(r, 0, false);
    case 'sources': {
      if (!r.sources.length) return { text: 'No feeds added here.', blocks: [mrkdwn('No feeds added here. Add one with `/sources add URL`.')] };
      const lines = r.sources.map((s) => `• ${link(s.url, s.name)}${s.enabled ? '' : ' (off)'}${s.lastError ? ` · last error: ${esc(s.lastError.slice(0, 200))}` : ''}`);
      const { blocks, used } = pack(lines, MAX_BLOCKS - 2);
      const out = [header(`${r.sources.length} feed${r.sources.length === 1 ? '' : 's'} added here`), ...blocks];
      if (used < lines.length) out.push(context(`…and ${lines.length - used} more`));
      return { text: `${r.sources.length} feed(s) added here.`, blocks: out };
    }
    case 'source-added': {
      const text = `${r.existed ? 'This channel already has' : 'Added'} ${r.source.name} (${r.source.url}); it is polled on the next cycle, and its existing items are history, not news.`;
      return { text, blocks: [mrkdwn(esc(text))] };
    }
    case 'source-removed':
      return { text: `Removed ${r.url} from this channel.`, blocks: [mrkdwn(esc(`Removed ${r.url} from this channel.`))] };
    case 'help': {
      const lines = r.commands.map((c) => `\`${esc(c.usage)}\`\n${esc(c.description)}`);
      return { text: 'labwatch commands', blocks: [header('labwatch commands'), ...pack(lines, 10).blocks] };
    }
    case 'error':
      return { text: r.message, blocks: [mrkdwn(`:warning: ${esc(r.message)}`), ...(r.usage ? [context(`Usage: \`${esc(r.usage)}\``)] : [])] };
  }
}
