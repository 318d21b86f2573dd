import type { REST } from '@discordjs/rest';
import type { WebAPICallError, WebClient } from '@slack/web-api';
import type { Alert } from '../../domain.js';
import { escapeDiscord, renderDiscord } from '../render/discord.js';
import { escapeSlack, renderSlack } from '../render/slack.js';
import { DeliveryError, type Sink } from './sink.js';

// Slack errors that mean the channel cannot take messages until the app is back in it (or reinstalled).
const SLACK_GONE = new Set(['channel_not_found', 'is_archived', 'not_in_channel', 'account_inactive', 'token_revoked', 'token_expired', 'invalid_auth', 'not_authed', 'team_access_not_granted']);
// Slack errors that mean the token is unusable until someone fixes the config.
const SLACK_DEAD = new Set(['missing_scope', 'no_permission']);
// Discord: unknown channel, unknown guild, missing access, missing permissions.
const DISCORD_GONE = new Set([10003, 10004, 50001, 50013]);

function slackFailure(err: unknown, where: string): DeliveryError {
  const e = err as WebAPICallError & { retryAfter?: number; statusCode?: number; data?: { error?: string } };
  // @slack/web-api's ErrorCode values, spelled out so the SDK loads only when a message is sent.
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return new DeliveryError('rate-limited', `${where}: rate limited`, (e.retryAfter ?? 1) * 1000);
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'error';
      if (code === 'ratelimited') return new DeliveryError('rate-limited', `${where}: ratelimited`, 1000);
      if (code === 'internal_error' || code === 'fatal_error' || code === 'service_unavailable' || code === 'request_timeout') return new DeliveryError('retry', `${where}: ${code}`);
      if (SLACK_GONE.has(code)) return new DeliveryError('gone', `${where}: ${code}`);
      return new DeliveryError('rejected', `${where}: ${code}${SLACK_DEAD.has(code) ? ' (check the token, its scopes and the channel)' : ''}`);
    }
    case 'slack_webapi_http_error':
      return e.statusCode && e.statusCode < 500 ? new DeliveryError('rejected', `${where}: HTTP ${e.statusCode}`) : new DeliveryError('retry', `${where}: HTTP ${e.statusCode ?? '?'}`);
    default:
      return new DeliveryError('retry', `${where}: ${e.message}`);
  }
}

/** Slack bot (Web API chat.postMessage); follow-ups go in the original alert's thread. */
export function slackBotSink(name: string, token: string, channel: string, apiUrl: string, timeoutMs: number, interactive = false): Sink {
  // Built on first use (the SDK is heavy to load). Its own logger writes to the console, so errors only; they come back as DeliveryErrors.
  let made: Promise<WebClient> | null = null;
  const clientOf = () =>
    (made ??= import('@slack/web-api').then(
      ({ WebClient, LogLevel }) => new WebClient(token, { slackApiUrl: apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: timeoutMs, logLevel: LogLevel.ERROR }),
    ));
  const where = `slack ${channel}`;
  return {
    name,
    minIntervalMs: 1000,
    async send(alert: Alert, ctx) {
      const message = renderSlack(alert, { actions: interactive });
      try {
        const client = await clientOf();
        const res = await client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks as never,
          unfurl_links: false,
          unfurl_media: false,
          ...(ctx.parentMessageId ? { thread_ts: ctx.parentMessageId } : {}),
        });
        return res.ts ?? null;
      } catch (err) {
        throw slackFailure(err, where);
      }
    },
    async notice(text: string) {
      await (await clientOf()).chat.postMessage({ channel, text: escapeSlack(text), unfurl_links: false });
    },
  };
}

/** Discord bot (REST via @discordjs/rest); follow-ups reply to the original message. */
export function discordBotSink(name: string, token: string, channel: string, apiUrl: string, timeoutMs: number): Sink {
  // Our dispatcher owns retries and rate-limit waits: the client throws instead of queueing. Loaded on first use.
  const sdk = () => import('@discordjs/rest');
  let made: Promise<REST> | null = null;
  const restOf = () => (made ??= sdk().then(({ REST }) => new REST({ api: apiUrl, version: '10', retries: 0, timeout: timeoutMs, rejectOnRateLimit: () => true }).setToken(token)));
  const where = `discord ${channel}`;
  return {
    name,
    minIntervalMs: 0,
    async send(alert: Alert, ctx) {
      const body = { ...renderDiscord(alert), ...(ctx.parentMessageId ? { message_reference: { message_id: ctx.parentMessageId, fail_if_not_exists: false } } : {}) };
      const rest = await restOf();
      const { DiscordAPIError, HTTPError, RateLimitError } = await sdk();
      try {
        const res = (await rest.post(`/channels/${channel}/messages`, { body })) as { id?: string };
        return res.id ?? null;
      } catch (err) {
        if (err instanceof RateLimitError) throw new DeliveryError('rate-limited', `${where}: rate limited`, err.retryAfter);
        if (err instanceof DiscordAPIError) {
          const kind = err.status >= 500 ? 'retry' : err.status === 429 ? 'rate-limited' : DISCORD_GONE.has(Number(err.code)) || err.status === 401 ? 'gone' : 'rejected';
          throw new DeliveryError(kind, `${where}: ${err.status} ${err.message}`);
        }
        if (err instanceof HTTPError) throw new DeliveryError(err.status >= 500 ? 'retry' : 'rejected', `${where}: HTTP ${err.status}`);
        throw new DeliveryError('retry', `${where}: ${(err as Error).message}`);
      }
    },
    async notice(text: string) {
      await (await restOf()).post(`/channels/${channel}/messages`, { body: { content: escapeDiscord(text), allowed_mentions: { parse: [] } } });
    },
    async close() {
      if (!made) return;
      const rest = await made;
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}
