import type { Alert } from '../../domain.js';
import { fit, safeUrl } from './limits.js';
import { contextLine, details, followupLine, headline, otherSources } from './words.js';

/** A Slack message: fallback text and Block Kit blocks. */
export interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

// Slack's limits: header 150, section text 3000, context element 2000, fallback text 40,000 (we keep it short).
const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const CONTEXT_MAX = 2000;
const TEXT_MAX = 3000;

/**
 * Feed text is untrusted: in mrkdwn, &, < and > are escaped (so "<!channel>" and "<@U123>" stay text),
 * and a zero-width space after "@" keeps "@here"/"@everyone"/"@channel" from ever linking.
 */
export function escapeSlack(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=(here|channel|everyone)\b)/gi, '@\u200b');
}

/** Slack decodes &amp; &lt; &gt; in plain_text too, so the same escaping is safe there and keeps "<!channel>" inert everywhere. */
const plain = escapeSlack;

/** A mrkdwn link whose label cannot break out of <url|label>. */
function link(url: string | null, label: string, max: number): string {
  const safe = safeUrl(url);
  const text = fit(label, max, (s) => escapeSlack(s).replace(/\|/g, '¦'));
  return safe ? `<${safe.replace(/[<>|]/g, encodeURIComponent).replace(/&/g, '&amp;')}|${text}>` : text;
}

export interface SlackRenderOptions {
  /** Buttons for the channel that asked: "Not a move", "Wrong person", "Mute NAME here" (first alerts only). */
  actions?: boolean;
}

/** Action ids of an alert's buttons; the chat adapter handles them. */
export const ALERT_ACTIONS = { notAMove: 'lw_not_a_move', wrongPerson: 'lw_wrong_person', mute: 'lw_mute' } as const;

const alertButton = (text: string, actionId: string, value: string) => ({ type: 'button', text: { type: 'plain_text', text: fit(text, 75, plain), emoji: false }, action_id: actionId, value });

export function renderSlack(a: Alert, opts: SlackRenderOptions = {}): SlackMessage {
  const title = a.followup ? followupLine(a) : headline(a);
  const blocks: Record<string, unknown>[] = [{ type: 'header', text: { type: 'plain_text', text: fit(title, HEADER_MAX, plain), emoji: false } }];
  const facts = details(a);
  if (facts.length) blocks.push({ type: 'section', text: { type: 'plain_text', text: fit(facts.join(' · '), SECTION_MAX, plain), emoji: false } });
  if (!a.followup) blocks.push({ type: 'section', text: { type: 'plain_text', text: fit(`“${a.evidence}”`, SECTION_MAX, plain), emoji: false } });
  // The report this message is about, then up to two other outlets that carried the move.
  const sourceLine = [link(a.item.url, `${a.item.source}: ${a.item.title}`, 900), ...otherSources(a).map((s) => link(s.url, s.source, 200))].join(' · ');
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: sourceLine } });
  blocks.push({ type: 'context', elements: [{ type: 'plain_text', text: fit(contextLine(a), CONTEXT_MAX, plain), emoji: false }] });
  if (opts.actions && !a.followup) {
    blocks.push({
      type: 'actions',
      block_id: 'lw_alert_actions',
      elements: [alertButton('Not a move', ALERT_ACTIONS.notAMove, a.id), alertButton('Wrong person', ALERT_ACTIONS.wrongPerson, a.id), alertButton(`Mute ${a.person} here`, ALERT_ACTIONS.mute, a.id)],
    });
  }
  return { text: fit(title, TEXT_MAX, escapeSlack), blocks };
}
