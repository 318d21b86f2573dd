import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Channel =
  | 'slack-webhook'
  | 'slack-api'
  | 'slack-update'
  | 'slack-users'
  | 'slack-response'
  | 'slack-connections'
  | 'discord-webhook'
  | 'discord-api'
  | 'discord-callback'
  | 'discord-edit'
  | 'discord-register'
  | 'discord-gateway';

/** A message as the platform stored it. */
export interface Received {
  channel: Channel;
  /** Slack ts or Discord snowflake we answered with. */
  id: string;
  body: Record<string, unknown>;
  url: string;
  headers: http.IncomingHttpHeaders;
  /** Slack thread_ts / Discord message_reference.message_id, when it was a reply. */
  replyTo: string | null;
}

export interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A local stand-in for Slack and Discord that speaks their wire formats: incoming
 * webhooks ("ok" / message JSON), chat.postMessage ({ok, ts}), channel messages
 * (message JSON), 429s with Retry-After and retry_after, error bodies as the platforms send them.
 */
export class ChatServer {
  readonly received: Received[] = [];
  /** Every request, including failed ones. */
  readonly attempts: { channel: Channel; at: number }[] = [];
  private readonly scripts = new Map<Channel, Scripted[]>();
  private readonly delays = new Map<Channel, number>();
  private server = http.createServer((req, res) => void this.handle(req, res));
  private seq = 0;
  port = 0;

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  slackWebhookUrl = () => `${this.base}/services/T0000/B0000/XXXXXXXX`;
  slackApiUrl = () => `${this.base}/api/`;
  discordWebhookUrl = () => `${this.base}/api/webhooks/1234567890/webhook-token`;
  discordApiUrl = () => `${this.base}/api`;

  /** The next answers for a channel, in order, before it answers normally again. */
  script(channel: Channel, ...answers: Scripted[]): void {
    this.scripts.set(channel, [...(this.scripts.get(channel) ?? []), ...answers]);
  }

  /** Answer every request of a channel this late (the message counts as received on arrival). */
  delay(channel: Channel, ms: number): void {
    this.delays.set(channel, ms);
  }

  /** Slack users.info answers: user id → profile flags (unknown users are plain members). */
  readonly slackUsers = new Map<string, { is_admin?: boolean; is_owner?: boolean }>();
  /** What apps.connections.open hands out (Socket Mode). */
  socketUrl = '';
  /** What GET /gateway/bot hands out (Discord). */
  gatewayUrl = '';
  private waiters: { channel: Channel; count: number; resolve: () => void }[] = [];

  /** Resolves once `count` requests of a channel have been received in all. */
  waitFor(channel: Channel, count = 1, timeoutMs = 5_000): Promise<Received[]> {
    const have = () => this.received.filter((r) => r.channel === channel);
    if (have().length >= count) return Promise.resolve(have());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake chat: waited ${timeoutMs} ms for ${count} ${channel} request(s), got ${have().length}`)), timeoutMs);
      this.waiters.push({ channel, count, resolve: () => (clearTimeout(timer), resolve(have())) });
    });
  }

  /** A response_url for a slash command or button payload. */
  responseUrl = (n = 0) => `${this.base}/resp/${n}`;

  private channelOf(req: http.IncomingMessage): Channel | null {
    const url = req.url ?? '';
    if (url.startsWith('/services/')) return 'slack-webhook';
    if (url.startsWith('/api/chat.postMessage')) return 'slack-api';
    if (url.startsWith('/api/chat.update')) return 'slack-update';
    if (url.startsWith('/api/users.info')) return 'slack-users';
    if (url.startsWith('/api/apps.connections.open')) return 'slack-connections';
    if (url.startsWith('/resp/')) return 'slack-response';
    if (/^\/api\/v10\/interactions\/\d+\/[^/]+\/callback/.test(url)) return 'discord-callback';
    if (req.method === 'PATCH' && /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/(@original|%40original)/.test(url)) return 'discord-edit';
    if (req.method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands/.test(url)) return 'discord-register';
    if (url.startsWith('/api/v10/gateway/bot')) return 'discord-gateway';
    if (url.startsWith('/api/webhooks/')) return 'discord-webhook';
    if (/^\/api\/v10\/channels\/\d+\/messages/.test(url)) return 'discord-api';
    return null;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const channel = this.channelOf(req);
    if (!channel) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message": "404: Not Found", "code": 0}');
      return;
    }
    this.attempts.push({ channel, at: Date.now() });
    const scripted = this.scripts.get(channel)?.shift();
    if (scripted) {
      res.writeHead(scripted.status, { 'content-type': scripted.body?.startsWith('{') ? 'application/json' : 'text/plain', ...scripted.headers }).end(scripted.body ?? '');
      return;
    }
    if (channel === 'discord-gateway') {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } }));
      return;
    }
    if (channel === 'discord-register' && req.headers.authorization !== 'Bot discord-test-token') {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message": "401: Unauthorized", "code": 0}');
      return;
    }
    if (channel === 'slack-connections') {
      const ok = req.headers.authorization === 'Bearer xapp-test-token';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(ok ? { ok: true, url: this.socketUrl } : { ok: false, error: 'invalid_auth' }));
      return;
    }
    if ((channel === 'slack-api' || channel === 'slack-update' || channel === 'slack-users') && req.headers.authorization !== 'Bearer xoxb-test-token') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":false,"error":"invalid_auth"}');
      return;
    }
    if (channel === 'discord-api' && req.headers.authorization !== 'Bot discord-test-token') {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message": "401: Unauthorized", "code": 0}');
      return;
    }
    const body = this.parse(raw, req.headers['content-type'] ?? '');
    const id = channel.startsWith('slack') ? `1700000000.${String(++this.seq).padStart(6, '0')}` : String(1200000000000000000n + BigInt(++this.seq));
    const replyTo = (body.thread_ts as string | undefined) ?? (body.message_reference as { message_id?: string } | undefined)?.message_id ?? null;
    this.received.push({ channel, id, body, url: req.url ?? '', headers: req.headers, replyTo });
    for (const w of this.waiters.filter((w) => w.channel === channel && this.received.filter((r) => r.channel === channel).length >= w.count)) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve();
    }
    const answer = () => {
      switch (channel) {
        case 'slack-response':
          return res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        // Discord answers an interaction callback with 204 and no body.
        case 'discord-callback':
          return res.writeHead(204).end();
        case 'discord-register':
          return res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify((body as unknown as { name: string }[]).map((c, n) => ({ ...c, id: String(9000 + n), application_id: '42', version: '1' }))));
        case 'slack-update':
          return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, channel: body.channel, ts: body.ts }));
        case 'slack-users': {
          const flags = this.slackUsers.get(String(body.user)) ?? {};
          return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, user: { id: body.user, name: 'someone', is_admin: false, is_owner: false, ...flags } }));
        }
        case 'slack-webhook':
          return res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        case 'slack-api':
          return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, channel: body.channel, ts: id, message: { type: 'message', text: body.text, ts: id } }));
        default:
          return res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ id, type: 0, channel_id: '555', content: body.content ?? '', embeds: body.embeds ?? [], timestamp: new Date().toISOString() }));
      }
    };
    const delay = this.delays.get(channel);
    if (delay) setTimeout(answer, delay);
    else answer();
  }

  private parse(raw: string, type: string): Record<string, unknown> {
    if (type.includes('json')) return JSON.parse(raw) as Record<string, unknown>;
    const form = Object.fromEntries(new URLSearchParams(raw));
    const out: Record<string, unknown> = { ...form };
    for (const k of ['blocks', 'attachments']) if (typeof form[k] === 'string') out[k] = JSON.parse(form[k]);
    return out;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
