import type { Alert } from '../../domain.js';
import { escapeDiscord, renderDiscord } from '../render/discord.js';
import { escapeSlack, renderSlack } from '../render/slack.js';
import { classifyStatus, networkFailure, redactUrl } from './http-errors.js';
import type { Sink } from './sink.js';

/** POSTs JSON; resolves with the body of a 2xx answer, throws a classified DeliveryError otherwise. */
async function post(url: string, body: unknown, timeoutMs: number, where: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw networkFailure(err, where);
  }
  let text = '';
  try {
    text = await res.text();
  } catch (err) {
    throw networkFailure(err, where);
  }
  if (res.status < 200 || res.status >= 300) throw classifyStatus(res.status, res.headers.get('retry-after'), text, where);
  return text;
}

/** Slack incoming webhook: answers "ok"; no message id, so follow-ups are short messages of their own. */
export function slackWebhookSink(name: string, url: string, timeoutMs: number): Sink {
  const where = `slack webhook ${redactUrl(url)}`;
  return {
    name,
    minIntervalMs: 1000,
    async send(alert: Alert) {
      await post(url, renderSlack(alert), timeoutMs, where);
      return null;
    },
    async notice(text: string) {
      await post(url, { text: escapeSlack(text) }, timeoutMs, where);
    },
  };
}

/** Discord webhook, with ?wait=true so Discord answers with the message (and its id). */
export function discordWebhookSink(name: string, url: string, timeoutMs: number): Sink {
  const where = `discord webhook ${redactUrl(url)}`;
  const target = new URL(url);
  target.searchParams.set('wait', 'true');
  return {
    name,
    minIntervalMs: 0,
    async send(alert: Alert) {
      const text = await post(target.href, renderDiscord(alert), timeoutMs, where);
      try {
        return (JSON.parse(text) as { id?: string }).id ?? null;
      } catch {
        return null;
      }
    },
    async notice(text: string) {
      await post(target.href, { content: escapeDiscord(text), allowed_mentions: { parse: [] } }, timeoutMs, where);
    },
  };
}
