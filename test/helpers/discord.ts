import crypto from 'node:crypto';

/** An application key pair, as Discord holds the private half and shows us the public one (hex). */
export function discordKeys() {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as { x: string };
  return { publicKeyHex: Buffer.from(jwk.x, 'base64url').toString('hex'), privateKey };
}

let seq = 0;

export interface Where {
  guild: string;
  channel: string;
  user?: string;
  /** The member's permissions in the channel, as Discord computes them (a bitfield string). */
  permissions?: string;
  roles?: string[];
}

/** An interaction as Discord sends it (type 2 command, 3 component, 4 autocomplete). */
export function interaction(type: number, data: Record<string, unknown>, where: Where) {
  const n = ++seq;
  return {
    id: String(1_300_000_000_000_000_000n + BigInt(n)),
    application_id: '42',
    type,
    token: `itok-${n}`,
    guild_id: where.guild,
    channel_id: where.channel,
    channel: { id: where.channel, name: 'ai-talent', type: 0 },
    member: {
      user: { id: where.user ?? '700000000000000001', username: 'ana', global_name: 'Ana', discriminator: '0', avatar: null },
      roles: where.roles ?? [],
      permissions: where.permissions ?? String(1n << 5n),
      joined_at: '2025-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      flags: 0,
    },
    data,
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': where.guild },
    context: 0,
    version: 1,
  };
}

/** A slash command with options (`sub` wraps them in a subcommand). */
export function slash(name: string, options: Record<string, string | number | boolean>, sub?: string, focused?: string) {
  const opts = Object.entries(options).map(([k, v]) => ({ name: k, type: typeof v === 'number' ? 4 : typeof v === 'boolean' ? 5 : 3, value: v, ...(k === focused ? { focused: true } : {}) }));
  return { id: '900', name, type: 1, options: sub ? [{ name: sub, type: 1, options: opts }] : opts };
}

/** POSTs an interaction to /discord/interactions, signed with the private key (or not). */
export async function postInteraction(port: number, body: unknown, privateKey: crypto.KeyObject, opts: { timestamp?: number; tamper?: boolean } = {}) {
  const raw = JSON.stringify(body);
  const ts = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = crypto.sign(null, Buffer.from(ts + raw), privateKey).toString('hex');
  const res = await fetch(`http://127.0.0.1:${port}/discord/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': ts },
    body: opts.tamper ? raw.replace('ana', 'eve') : raw,
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('json');
  return { status: res.status, body: json ? (JSON.parse(text) as { type: number; data?: Record<string, unknown> }) : null };
}
