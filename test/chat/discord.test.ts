import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startChat, type RunningChat } from '../../src/chat/start.js';
import { discordCommands, inviteUrl } from '../../src/chat/discord/commands.js';
import { registerCommands } from '../../src/chat/discord/register.js';
import { COMMANDS } from '../../src/commands/types.js';
import type { App } from '../../src/app.js';
import type { ChatServer } from '../fakes/chat-server.js';
import { FakeGateway } from '../fakes/discord-gateway.js';
import type { FeedServer } from '../fakes/feed-server.js';
import { useFakeServers } from '../helpers/fakes.js';
import { rss2, type TestEntry } from '../helpers/feeds.js';
import { WU_LEAVES_META } from '../helpers/stories.js';
import { testApp } from '../helpers/app.js';
import { discordKeys, interaction, postInteraction, slash, type Where } from '../helpers/discord.js';

const A: Where = { guild: '100000000000000001', channel: '555' };
const B: Where = { guild: '100000000000000002', channel: '666' };
const MEMBER: Where = { ...A, user: '700000000000000009', permissions: '0' };
const keys = discordKeys();

// The fake servers are started before each test and closed after the app and chat below (after-hooks run last-first).
const servers = useFakeServers();
let fake: ChatServer;
let feeds: FeedServer;
let running: { app: App; chat: RunningChat } | null = null;
beforeEach(() => {
  fake = servers.chat();
  feeds = servers.feeds();
});
afterEach(async () => {
  await running?.chat.stop();
  await running?.app.close();
  running = null;
});

async function start(discord: object = {}, env: NodeJS.ProcessEnv = { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_TOKEN: 'discord-test-token' }) {
  feeds.route('/wire.xml', { body: rss2('Wire', []) });
  const { app, lines } = testApp(
    {
      sources: [{ url: feeds.url('/wire.xml') }],
      sinks: [],
      discord: { apiUrl: fake.discordApiUrl(), mode: 'interactions', ...discord },
      chat: { port: 0, host: '127.0.0.1' },
      delivery: { retryBase: '50ms' },
    },
    env,
  );
  const chat = await startChat({ db: app.db, catalog: app.catalog, config: app.config }, env, app.log);
  running = { app, chat };
  await app.cycle(true);
  return { app, port: chat.port!, lines };
}

/** Sends a command and returns the text of the reply (its embeds). */
async function run(port: number, where: Where, name: string, options: Record<string, string | number | boolean> = {}, sub?: string) {
  const res = await postInteraction(port, interaction(2, slash(name, options, sub), where), keys.privateKey);
  expect(res.status).toBe(200);
  return res.body!;
}
const embedText = (body: { data?: Record<string, unknown> } | null) => JSON.stringify(body?.data?.embeds ?? body);

async function publish(app: App, entries: TestEntry[]) {
  feeds.route('/wire.xml', { body: rss2('Wire', entries) });
  await app.cycle(true);
  await app.dispatcher.drain(5_000);
}
const posted = (channel: string) => fake.received.filter((r) => r.channel === 'discord-api' && r.url.includes(`/channels/${channel}/messages`));

describe('the Discord bot over HTTP interactions', () => {
  it('answers PING with PONG and refuses a forged signature or a replayed old timestamp with 401', async () => {
    const { port } = await start();
    const ping = { ...interaction(1, {}, A), type: 1 };
    expect(await postInteraction(port, ping, keys.privateKey)).toEqual({ status: 200, body: { type: 1 } });
    expect((await postInteraction(port, ping, keys.privateKey, { tamper: true })).status).toBe(401);
    expect((await postInteraction(port, interaction(2, slash('watchlist', {}), A), keys.privateKey, { tamper: true })).status).toBe(401);
    expect((await postInteraction(port, ping, keys.privateKey, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(401);
    expect((await postInteraction(port, ping, discordKeys().privateKey)).status).toBe(401);
  });

  it('answers each command (ephemeral embeds, mentions off) and each mistake in one line', async () => {
    const { port } = await start();
    const cases: [string, Record<string, string | number | boolean>, string | undefined, RegExp][] = [
      ['watch', { name: 'Rohan Varma', aliases: '罗汉, R. Varma', org: 'Meta', strict: true }, 'person', /Now watching\*\* person Rohan Varma · aka 罗汉, R\. Varma · at Meta · strict/],
      ['watch', { name: 'OpenAI' }, 'org', /Now watching\*\* org OpenAI/],
      ['watch', { name: '<@123> @everyone' }, 'person', /cannot contain/],
      ['watch', { name: 'A' }, 'person', /too short/],
      ['watchlist', {}, undefined, /This channel watches 2/],
      ['unwatch', { name: 'OpenAI' }, undefined, /Stopped watching org OpenAI here/],
      ['unwatch', { name: 'Nobody Here' }, undefined, /No watch named \\"Nobody Here\\" here/],
      ['sources', { url: 'https://feeds.example/ai.xml' }, 'add', /Added feeds\.example/],
      ['sources', {}, 'list', /1 feed\(s\) added here/],
      ['sources', { url: 'ftp://feeds.example/ai.xml' }, 'add', /Only http\W+s\W+ feeds can be polled/],
      ['sources', { url: 'https://feeds.example/ai.xml' }, 'remove', /Removed https\W+feeds\.example\W+ai\.xml from this channel/],
      ['labwatch', {}, 'help', /labwatch commands/],
    ];
    for (const [name, options, sub, expected] of cases) {
      const body = await run(port, A, name, options, sub);
      expect(body.type, `${name} ${sub ?? ''}`).toBe(4);
      expect(body.data!.flags).toBe(64);
      expect(body.data!.allowed_mentions).toEqual({ parse: [] });
      expect(embedText(body), `${name} ${sub ?? ''}`).toMatch(expected);
    }
  });

  it('/recent is deferred, then the original reply is edited with the digest', async () => {
    const { port } = await start();
    await run(port, A, 'watch', { name: 'Meta' }, 'org');
    const body = await run(port, A, 'recent', { days: 14, name: 'Meta' });
    expect(body).toEqual({ type: 5, data: { flags: 64 } });
    const [edit] = await fake.waitFor('discord-edit');
    expect(edit!.url).toMatch(/^\/api\/v10\/webhooks\/42\/itok-\d+\/messages\/(@|%40)original/);
    expect(JSON.stringify(edit!.body)).toMatch(/No moves in the last 14 day\W+s\W+ for Meta/);
  });

  it('autocompletes this channel’s watches, and for /recent the catalog’s orgs too', async () => {
    const { port } = await start();
    await run(port, A, 'watch', { name: 'OpenAI' }, 'org');
    await run(port, B, 'watch', { name: 'Anthropic' }, 'org');
    const unwatch = await postInteraction(port, interaction(4, slash('unwatch', { name: 'op' }, undefined, 'name'), A), keys.privateKey);
    expect(unwatch.body).toEqual({ type: 8, data: { choices: [{ name: 'OpenAI', value: 'OpenAI' }] } });
    const notB = await postInteraction(port, interaction(4, slash('unwatch', { name: 'anth' }, undefined, 'name'), A), keys.privateKey);
    expect(notB.body).toEqual({ type: 8, data: { choices: [] } });
    const recent = await postInteraction(port, interaction(4, slash('recent', { name: 'anth' }, undefined, 'name'), A), keys.privateKey);
    expect((recent.body!.data as { choices: { name: string }[] }).choices.map((c) => c.name)).toContain('Anthropic');
  });

  it('a member without Manage Server is refused a change but may read; the editor role may change', async () => {
    const { port } = await start({ editorRole: '800000000000000001' });
    expect(embedText(await run(port, MEMBER, 'watch', { name: 'OpenAI' }, 'org'))).toMatch(/needs the Manage Server permission or the editor role/);
    expect(embedText(await run(port, MEMBER, 'sources', { url: 'https://feeds.example/a.xml' }, 'add'))).toMatch(/Manage Server/);
    expect(embedText(await run(port, MEMBER, 'watchlist'))).toMatch(/watches nothing yet/);
    expect(embedText(await run(port, { ...MEMBER, roles: ['800000000000000001'] }, 'watch', { name: 'OpenAI' }, 'org'))).toMatch(/Now watching/);
  });

  it('/watch then a poll posts that move in that channel only, once, as an embed with no mentions', async () => {
    const { app, port } = await start();
    await run(port, A, 'watch', { name: 'Chi-Hao Wu', org: 'Meta' }, 'person');
    await run(port, B, 'watch', { name: 'Anthropic' }, 'org');
    await publish(app, [WU_LEAVES_META]);
    await publish(app, [WU_LEAVES_META]);
    expect(posted('555')).toHaveLength(1);
    expect(posted('666')).toHaveLength(0);
    expect(posted('555')[0]!.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(JSON.stringify(posted('555')[0]!.body.embeds)).toContain('Chi-Hao Wu');
  });

  it('Missing Access (50001) pauses the channel without losing its alert, which goes out when it watches again', async () => {
    const { app, port, lines } = await start();
    await run(port, A, 'watch', { name: 'Meta' }, 'org');
    fake.script('discord-api', { status: 403, body: '{"message": "Missing Access", "code": 50001}' });
    await publish(app, [WU_LEAVES_META]);
    expect(posted('555')).toHaveLength(0);
    expect(lines.some((l) => /paused discord:100000000000000001:555/.test(l.msg))).toBe(true);
    expect(app.db.prepare("SELECT state FROM deliveries WHERE destination = 'discord:100000000000000001:555'").all()).toEqual([{ state: 'pending' }]);
    await run(port, A, 'watch', { name: 'Meta' }, 'org');
    await app.dispatcher.drain(5_000);
    expect(posted('555')).toHaveLength(1);
  });
});

describe('the Discord bot over the gateway (discord.js against a local gateway)', () => {
  it('identifies with the Guilds intent only, and answers an INTERACTION_CREATE through the callback', async () => {
    const gateway = await new FakeGateway().start();
    fake.gatewayUrl = gateway.url;
    try {
      const { app } = await start({ mode: 'gateway' }, { DISCORD_TOKEN: 'discord-test-token' });
      await gateway.whenReady();
      expect(gateway.identified).toEqual([{ token: 'discord-test-token', intents: 1 }]);
      gateway.dispatch('INTERACTION_CREATE', interaction(2, slash('watch', { name: 'OpenAI' }, 'org'), A));
      const [callback] = await fake.waitFor('discord-callback');
      expect(callback!.url).toMatch(/^\/api\/v10\/interactions\/\d+\/itok-\d+\/callback/);
      expect(callback!.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
      expect(JSON.stringify(callback!.body)).toContain('Now watching');
      gateway.dispatch('INTERACTION_CREATE', interaction(4, slash('unwatch', { name: 'open' }, undefined, 'name'), A));
      const callbacks = await fake.waitFor('discord-callback', 2);
      expect(callbacks[1]!.body).toEqual({ type: 8, data: { choices: [{ name: 'OpenAI', value: 'OpenAI' }] } });
      expect(app.db.prepare('SELECT name FROM watches').all()).toEqual([{ name: 'OpenAI' }]);
    } finally {
      await running?.chat.stop();
      await gateway.close();
    }
  });

  it('an unreachable gateway is retried and logged, and the poller goes on', async () => {
    fake.gatewayUrl = 'ws://127.0.0.1:9';
    const { app, lines } = await start({ mode: 'gateway' }, { DISCORD_TOKEN: 'discord-test-token' });
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await app.cycle(true)).sources).toBe(1);
    expect(lines.some((l) => l.level >= 50 && /Discord/.test(l.msg))).toBe(true);
  });
});

describe('registering the commands', () => {
  it('registers the core’s commands (names are a contract) with typed options, in one server or globally, idempotently', async () => {
    const opts = { apiUrl: fake.discordApiUrl(), token: 'discord-test-token', applicationId: '42', timeoutMs: 5_000 };
    expect(await registerCommands({ ...opts, guildId: '100000000000000001' })).toEqual(COMMANDS.map((c) => c.name));
    await registerCommands({ ...opts, guildId: null });
    const [guild, global] = fake.received.filter((r) => r.channel === 'discord-register');
    expect(guild!.url).toBe('/api/v10/applications/42/guilds/100000000000000001/commands');
    expect(global!.url).toBe('/api/v10/applications/42/commands');
    expect(guild!.body).toEqual(global!.body);
    const commands = discordCommands() as {
      name: string;
      options: { name: string; type: number; options?: { name: string; type: number; autocomplete?: boolean }[]; autocomplete?: boolean; min_value?: number; max_value?: number }[];
      default_member_permissions: string | null;
    }[];
    const watch = commands.find((c) => c.name === 'watch')!;
    expect(watch.options.map((o) => o.name)).toEqual(['person', 'org']);
    expect(watch.options[0]!.options!.map((o) => [o.name, o.type])).toEqual([
      ['name', 3],
      ['aliases', 3],
      ['org', 3],
      ['strict', 5],
    ]);
    expect(commands.find((c) => c.name === 'unwatch')!.options[0]).toMatchObject({ name: 'name', autocomplete: true });
    expect(commands.find((c) => c.name === 'recent')!.options).toMatchObject([
      { name: 'days', type: 4, min_value: 1, max_value: 90 },
      { name: 'name', autocomplete: true },
    ]);
    expect(commands.find((c) => c.name === 'sources')!.options.map((o) => o.name)).toEqual(['list', 'add', 'remove']);
    expect(commands.filter((c) => c.default_member_permissions === '32').map((c) => c.name)).toEqual(['watch', 'unwatch', 'sources']);
  });

  it('the invite URL asks for exactly view, send, embed links and read history', () => {
    const u = new URL(inviteUrl('42'));
    expect(u.searchParams.get('client_id')).toBe('42');
    expect(u.searchParams.get('scope')).toBe('bot applications.commands');
    expect(u.searchParams.get('permissions')).toBe(String(1024 + 2048 + 16384 + 65536));
  });
});
