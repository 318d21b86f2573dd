import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REST } from '@discordjs/rest';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import { errorMessage } from '../../errors.js';
import { EPHEMERAL } from './render.js';
import { handleInteraction, parseInteraction, RESPONSE, type DiscordCoreDeps, type Interaction, type InteractionResponse } from './interactions.js';

export interface DiscordDeps extends DiscordCoreDeps {
  env: NodeJS.ProcessEnv;
  log: Logger;
}

/** The Discord side of labwatch: application commands through the gateway and/or the HTTP endpoint. */
export interface DiscordAdapter {
  mode: 'gateway' | 'interactions';
  /** POST /discord/interactions, when DISCORD_PUBLIC_KEY is set. */
  listener: ((req: IncomingMessage, res: ServerResponse) => void) | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** How far a signed request's timestamp may be from now (replays of old requests are refused). */
export const DISCORD_SKEW_S = 300;
const MAX_BODY = 256 * 1024;

/** Ed25519 over timestamp + body with the application's public key (hex), as Discord signs interactions. */
export function verifyDiscordSignature(publicKeyHex: string, signatureHex: string, timestamp: string, body: Buffer): boolean {
  try {
    const key = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKeyHex, 'hex').toString('base64url') }, format: 'jwk' });
    const signature = Buffer.from(signatureHex, 'hex');
    return signature.length === 64 && crypto.verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, signature);
  } catch {
    return false;
  }
}

/** Commands whose work may outlast Discord's 3 s: answered "thinking…" first, then edited. */
const deferred = (i: Interaction) => i.type === 2 && i.data?.name === 'recent';

export function createDiscordAdapter(deps: DiscordDeps): DiscordAdapter | null {
  const { config, env, log } = deps;
  const token = env.DISCORD_TOKEN?.trim();
  const publicKey = env.DISCORD_PUBLIC_KEY?.trim();
  const mode = config.discord.mode;
  if (!token && !publicKey) return null;
  if (!token) log.warn('Discord: DISCORD_PUBLIC_KEY is set but DISCORD_TOKEN is not: commands are answered, alerts in Discord channels cannot be posted');
  // Interaction callbacks and the interaction webhook need no bot token (auth: false).
  const rest = new REST({ api: config.discord.apiUrl, version: '10', retries: 2, timeout: config.delivery.timeout });
  if (token) rest.setToken(token);

  const editOriginal = (i: Interaction, data: object) => rest.patch(`/webhooks/${i.application_id}/${i.token}/messages/@original`, { body: data, auth: false });

  /** Answers one interaction through `send` (the HTTP response, or the REST callback). */
  async function answer(i: Interaction, send: (r: InteractionResponse | { type: 5; data: { flags: number } }) => Promise<void>): Promise<void> {
    if (deferred(i)) {
      await send({ type: RESPONSE.deferred, data: { flags: EPHEMERAL } });
      const r = handleInteraction(deps, i);
      await editOriginal(i, 'data' in r ? r.data : {});
      return;
    }
    await send(handleInteraction(deps, i));
  }

  const listener = publicKey
    ? (req: IncomingMessage, res: ServerResponse) => {
        const chunks: Buffer[] = [];
        let size = 0;
        req.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY) req.destroy();
          else chunks.push(c);
        });
        req.on('end', () => {
          const body = Buffer.concat(chunks);
          const signature = String(req.headers['x-signature-ed25519'] ?? '');
          const timestamp = String(req.headers['x-signature-timestamp'] ?? '');
          const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) <= DISCORD_SKEW_S;
          if (req.method !== 'POST' || !fresh || !verifyDiscordSignature(publicKey, signature, timestamp, body)) {
            res.writeHead(401, { 'content-type': 'text/plain' }).end('invalid request signature');
            return;
          }
          let i: Interaction | null = null;
          try {
            i = parseInteraction(JSON.parse(body.toString('utf8')));
          } catch {
            i = null;
          }
          if (!i) {
            res.writeHead(400, { 'content-type': 'text/plain' }).end('not an interaction');
            return;
          }
          const interaction = i;
          answer(interaction, async (r) => {
            res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(r));
          }).catch((err: unknown) => {
            log.error({ interaction: interaction.id, err: errorMessage(err) }, `Discord interaction failed: ${errorMessage(err)}`);
            if (!res.headersSent) res.writeHead(500).end();
          });
        });
      }
    : null;

  let client: Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  /** One connection attempt; on failure the client is dropped and the next attempt waits (5 s doubling to 10 min). */
  const connect = async (attempt: number): Promise<void> => {
    if (stopped || !token) return;
    const c = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: config.discord.apiUrl }, allowedMentions: { parse: [] } });
    client = c;
    let settled = false;
    const fail = async (reason: string) => {
      if (settled || stopped) return;
      settled = true;
      await c.destroy().catch(() => undefined);
      if (client === c) client = null;
      const waitMs = Math.min(600_000, 5_000 * 2 ** attempt);
      log.error({ err: reason, retryInS: waitMs / 1000 }, `Discord gateway unreachable (${reason}); retrying in ${Math.round(waitMs / 1000)}s, the poller goes on`);
      retry = setTimeout(() => void connect(attempt + 1), waitMs);
    };
    c.on(Events.Raw, (packet: { t?: string; d?: unknown }) => {
      if (packet.t !== 'INTERACTION_CREATE') return;
      const i = parseInteraction(packet.d);
      if (!i) return;
      answer(i, async (r) => {
        await rest.post(`/interactions/${i.id}/${i.token}/callback`, { body: r, auth: false });
      }).catch((err: unknown) => log.error({ interaction: i.id, err: errorMessage(err) }, `Discord interaction failed: ${errorMessage(err)}`));
    });
    c.on(Events.Error, (err) => log.error({ err: err.message }, `Discord gateway: ${err.message}`));
    // Before the first READY, discord.js would retry a refused connection every half second, silently.
    c.on(Events.Debug, (message) => {
      if (!settled && /Failed to connect to the gateway/.test(message)) void fail('the connection was refused or dropped');
    });
    try {
      await c.login(token);
      if (settled) return;
      settled = true;
      log.info('Discord commands on (gateway)');
    } catch (err) {
      await fail(errorMessage(err));
    }
  };

  return {
    mode,
    listener,
    async start() {
      if (mode === 'gateway') await connect(0);
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await client?.destroy().catch(() => undefined);
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}
