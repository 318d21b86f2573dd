import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChatServer } from '../fakes/chat-server.js';
import { FeedServer } from '../fakes/feed-server.js';
import { hoursAgo, rss2, type TestEntry } from '../helpers/feeds.js';
import { testApp } from '../helpers/app.js';

const ENV = { SLACK_BOT_TOKEN: 'xoxb-test-token', DISCORD_TOKEN: 'discord-test-token' };

// One move, three outlets, two languages; the second report adds the destination.
const EN_FIRST: TestEntry = {
  title: 'Chi-Hao Wu leaves Meta',
  link: 'https://wire.example/wu',
  published: hoursAgo(3),
  body: '<p>Chi-Hao Wu has left Meta after more than five years, he said on Monday.</p>',
};
const ZH_SECOND: TestEntry = {
  title: 'Chi-Hao Wu离开Meta加盟Memories.ai',
  link: 'https://zh.example/wu',
  published: hoursAgo(2),
  body: '<p>Chi-Hao Wu已表示将离开工作了五年多的Meta，加盟初创公司Memories.ai担任首席AI官。</p>',
};
const EN_THIRD: TestEntry = {
  title: 'Meta loses PyTorch veteran Chi-Hao Wu',
  link: 'https://daily.example/wu',
  published: hoursAgo(1),
  body: '<p>Chi-Hao Wu left Meta, the latest in a string of departures.</p>',
};

// Each test gets its own fake Slack/Discord and feed servers.
let chat: ChatServer;
let feeds: FeedServer;
beforeEach(async () => {
  chat = await new ChatServer().start();
  feeds = await new FeedServer().start();
});
afterEach(async () => {
  await chat.close();
  await feeds.close();
});

describe('delivery to Slack and Discord', () => {
  function setup(sinks: object[], extra: object = {}) {
    for (const p of ['/a.xml', '/b.xml', '/c.xml']) feeds.route(p, { body: rss2(p, []) });
    return testApp(
      {
        sources: [{ url: feeds.url('/a.xml') }, { url: feeds.url('/b.xml'), language: 'zh' }, { url: feeds.url('/c.xml') }],
        watchlist: { orgs: [{ name: 'Meta' }] },
        sinks: sinks as never,
        delivery: { retryBase: '50ms', deadAfter: 3 },
        ...extra,
      },
      ENV,
    );
  }

  it('a move reported by three feeds in two languages posts once, then follows up in the thread', async () => {
    const { app } = setup([
      { type: 'slack', channel: 'C0123', apiUrl: chat.slackApiUrl() },
      { type: 'discord', channel: '555', apiUrl: chat.discordApiUrl() },
      { type: 'slack-webhook', url: chat.slackWebhookUrl() },
      { type: 'discord-webhook', url: chat.discordWebhookUrl() },
    ]);
    await app.cycle(true); // first poll: empty feeds
    feeds.route('/a.xml', { body: rss2('a', [EN_FIRST]) });
    await app.cycle(true);
    await app.dispatcher.drain();
    feeds.route('/b.xml', { body: rss2('b', [ZH_SECOND]) });
    await app.cycle(true);
    await app.dispatcher.drain();
    feeds.route('/c.xml', { body: rss2('c', [EN_THIRD]) });
    await app.cycle(true);
    await app.dispatcher.drain();

    const by = (c: string) => chat.received.filter((r) => r.channel === c);
    // Each destination: the alert, then one follow-up (the destination became known); the third report adds nothing.
    for (const c of ['slack-api', 'discord-api', 'slack-webhook', 'discord-webhook']) expect(by(c), c).toHaveLength(2);
    const [slackAlert, slackFollow] = by('slack-api');
    expect(slackAlert!.replyTo).toBeNull();
    expect(slackFollow!.replyTo).toBe(slackAlert!.id);
    expect(JSON.stringify(slackFollow!.body.blocks)).toContain('Update (destination now known, role now known): Chi-Hao Wu leaves Meta for Memories.ai');
    const [discordAlert, discordFollow] = by('discord-api');
    expect(discordFollow!.replyTo).toBe(discordAlert!.id);
    expect(discordAlert!.body.allowed_mentions).toEqual({ parse: [] });
    expect(discordAlert!.headers.authorization).toBe('Bot discord-test-token');

    const move = app.db.prepare('SELECT id, to_org, (SELECT count(*) FROM move_reports WHERE move_id = moves.id) AS reports FROM moves').all();
    expect(move).toEqual([{ id: expect.any(String), to_org: 'Memories.ai', reports: 3 }]);
    await app.close();
  });

  it('a 429 with Retry-After delays and then delivers', async () => {
    const { app, lines } = setup([{ type: 'slack-webhook', url: chat.slackWebhookUrl() }]);
    await app.cycle(true);
    feeds.route('/a.xml', { body: rss2('a', [EN_FIRST]) });
    chat.script('slack-webhook', { status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' });
    await app.cycle(true);
    await app.dispatcher.drain();
    const attempts = chat.attempts.filter((a) => a.channel === 'slack-webhook');
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(chat.received).toHaveLength(1);
    expect(lines.some((l) => /rate limited by slack-webhook; retrying in 1s/.test(l.msg))).toBe(true);
    await app.close();
  });

  it('a Discord 429 with retry_after in the body is honoured too', async () => {
    const { app } = setup([{ type: 'discord-webhook', url: chat.discordWebhookUrl() }]);
    await app.cycle(true);
    feeds.route('/a.xml', { body: rss2('a', [EN_FIRST]) });
    chat.script('discord-webhook', { status: 429, body: '{"message": "You are being rate limited.", "retry_after": 0.6, "global": false}' });
    await app.cycle(true);
    await app.dispatcher.drain();
    const attempts = chat.attempts.filter((a) => a.channel === 'discord-webhook');
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(550);
    expect(chat.received).toHaveLength(1);
    await app.close();
  });

  it('a 500 is retried', async () => {
    const { app } = setup([{ type: 'discord-webhook', url: chat.discordWebhookUrl() }]);
    await app.cycle(true);
    feeds.route('/a.xml', { body: rss2('a', [EN_FIRST]) });
    chat.script('discord-webhook', { status: 500, body: '{"message": "500: Internal Server Error", "code": 0}' }, { status: 502, body: 'bad gateway' });
    await app.cycle(true);
    await app.dispatcher.drain();
    expect(chat.attempts.filter((a) => a.channel === 'discord-webhook')).toHaveLength(3);
    expect(chat.received).toHaveLength(1);
    await app.close();
  });

  it('a 404 webhook is marked dead with a clear log line, its alerts kept', async () => {
    const { app, lines } = setup([{ type: 'slack-webhook', name: 'team-slack', url: chat.slackWebhookUrl() }]);
    await app.cycle(true);
    feeds.route('/a.xml', { body: rss2('a', [EN_FIRST]) });
    for (let i = 0; i < 5; i++) chat.script('slack-webhook', { status: 404, body: 'no_service' });
    await app.cycle(true);
    const left = await app.dispatcher.drain(20_000);
    expect(left).toBe(0); // a dead destination does not hold up the drain
    expect(chat.attempts.filter((a) => a.channel === 'slack-webhook')).toHaveLength(3);
    const dead = lines.find((l) => /destination team-slack marked dead after 3 rejections/.test(l.msg));
    expect(dead?.msg).toContain('HTTP 404 no_service');
    expect(dead?.msg).not.toContain('XXXXXXXX'); // the webhook's secret stays out of logs
    expect(app.db.prepare('SELECT state FROM deliveries').all()).toEqual([{ state: 'pending' }]);
    await app.close();
  });

  it('a bot sink without its token fails at start with one line', () => {
    expect(() => testApp({ sinks: [{ type: 'slack', channel: 'C1', apiUrl: chat.slackApiUrl() }] as never }, {})).toThrow(
      /^sinks\.0 \(slack\): SLACK_BOT_TOKEN is not set; bot tokens come only from the environment$/,
    );
  });
});

describe('hostile feed text, pacing and a full disk', () => {
  it('a hostile title reaches Slack and Discord with no mention and no broken markup', async () => {
    feeds.route('/a.xml', { body: rss2('a', []) });
    const { app } = testApp(
      {
        sources: [{ url: feeds.url('/a.xml') }],
        watchlist: { orgs: [{ name: 'Meta' }] },
        sinks: [
          { type: 'slack', channel: 'C0123', apiUrl: chat.slackApiUrl() },
          { type: 'discord-webhook', url: chat.discordWebhookUrl() },
        ] as never,
      },
      ENV,
    );
    await app.cycle(true);
    const hostile = '@everyone <!channel> **bold** <@U123> Chi-Hao Wu leaves Meta';
    feeds.route('/a.xml', {
      body: rss2('a', [{ title: hostile, link: 'https://evil.example/x', published: hoursAgo(1), body: `<p>${hostile.replace(/</g, '&lt;')} for Memories.ai, <@&111> @here.</p>` }]),
    });
    await app.cycle(true);
    await app.dispatcher.drain();
    const slack = chat.received.find((r) => r.channel === 'slack-api')!;
    const slackText = JSON.stringify(slack.body);
    expect(slackText).not.toMatch(/<!channel>|<@U123>|<!here>|<!everyone>/);
    expect(slackText).not.toMatch(/@(everyone|here)\b/);
    expect(slackText).toContain('&lt;@U123&gt;');
    const discord = chat.received.find((r) => r.channel === 'discord-webhook')!;
    expect(discord.body.allowed_mentions).toEqual({ parse: [] });
    const discordText = JSON.stringify(discord.body.embeds);
    expect(discordText).not.toMatch(/@(everyone|here)/);
    expect(discordText).not.toMatch(/[^\\]\*\*bold/);
    expect(discordText).not.toMatch(/[^\\]<@&?\d/);
    await app.close();
  });

  it('keeps Slack’s one message per second per channel', async () => {
    feeds.route('/a.xml', { body: rss2('a', []) });
    const { app } = testApp({ sources: [{ url: feeds.url('/a.xml') }], watchlist: { orgs: [{ name: 'Meta' }] }, sinks: [{ type: 'slack-webhook', url: chat.slackWebhookUrl() }] as never });
    await app.cycle(true);
    feeds.route('/a.xml', {
      body: rss2(
        'a',
        ['Rohan Varma', 'Tony Liu', 'Aram Markosyan'].map((p, i) => ({ title: `${p} leaves Meta`, link: `https://x.example/${i}`, published: hoursAgo(1), body: `<p>${p} has left Meta.</p>` })),
      ),
    });
    await app.cycle(true);
    await app.dispatcher.drain();
    const at = chat.attempts.map((a) => a.at);
    expect(at).toHaveLength(3);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(950);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(950);
    await app.close();
  });

  it('a full disk under the jsonl sink loses nothing: the alert stays queued with a clear error', async () => {
    feeds.route('/a.xml', { body: rss2('a', []) });
    const { app, lines } = testApp({
      sources: [{ url: feeds.url('/a.xml') }],
      watchlist: { orgs: [{ name: 'Meta' }] },
      sinks: [{ type: 'jsonl', path: '/dev/full' }],
      delivery: { retryBase: '10ms', maxAttempts: 100 },
    });
    await app.cycle(true);
    feeds.route('/a.xml', { body: rss2('a', [EN_FIRST]) });
    await app.cycle(true);
    await app.dispatcher.drain(500);
    expect(app.db.prepare('SELECT state, last_error FROM deliveries').all()).toEqual([{ state: 'pending', last_error: '/dev/full: cannot append (ENOSPC)' }]);
    expect(lines.some((l) => l.msg === 'delivery to jsonl failed: /dev/full: cannot append (ENOSPC)')).toBe(true);
    await app.close();
  });
});

describe('operator notices', () => {
  it('a source disabled after its run of failures is announced on the console and in chat', async () => {
    feeds.route('/down.xml', { status: 500, body: 'down' });
    const { app, stdout } = testApp(
      {
        sources: [{ url: feeds.url('/down.xml'), name: 'Flaky Wire' }],
        sinks: [{ type: 'console' }, { type: 'slack', channel: 'C0123', apiUrl: chat.slackApiUrl() }, { type: 'discord-webhook', url: chat.discordWebhookUrl() }] as never,
        polling: { maxFailures: 1 },
      },
      ENV,
    );
    await app.cycle(true);
    const text = `source Flaky Wire <${feeds.url('/down.xml')}> was disabled (1 failure in a row)`;
    expect(stdout.join('')).toContain(text);
    // Escaped for Slack, like any text that did not come from us.
    expect(String(chat.received.find((r) => r.channel === 'slack-api')?.body.text)).toContain(text.replace('<', '&lt;').replace('>', '&gt;'));
    expect(String(chat.received.find((r) => r.channel === 'discord-webhook')?.body.content)).toContain('source Flaky Wire');
    await app.close();
  });
});

describe('a notice the platform refuses', () => {
  it('is logged with the platform’s answer, not lost silently', async () => {
    feeds.route('/down.xml', { status: 500, body: 'down' });
    const { app, lines } = testApp({ sources: [{ url: feeds.url('/down.xml') }], sinks: [{ type: 'discord-webhook', url: chat.discordWebhookUrl() }] as never, polling: { maxFailures: 1 } });
    chat.script('discord-webhook', { status: 404, body: '{"message": "Unknown Webhook", "code": 10015}' });
    await app.cycle(true);
    expect(lines.find((l) => l.msg === 'could not send a notice')?.err).toMatch(/HTTP 404 .*Unknown Webhook/);
    await app.close();
  });
});

describe('rate limits do not use up attempts', () => {
  it('a message rate limited more times than maxAttempts still goes out', async () => {
    feeds.route('/a.xml', { body: rss2('a', []) });
    const { app } = testApp({
      sources: [{ url: feeds.url('/a.xml') }],
      watchlist: { orgs: [{ name: 'Meta' }] },
      sinks: [{ type: 'discord-webhook', url: chat.discordWebhookUrl() }] as never,
      delivery: { maxAttempts: 2, retryBase: '10ms' },
    });
    await app.cycle(true);
    feeds.route('/a.xml', { body: rss2('a', [EN_FIRST]) });
    for (let i = 0; i < 3; i++) chat.script('discord-webhook', { status: 429, body: '{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}' });
    await app.cycle(true);
    await app.dispatcher.drain(5_000);
    expect(chat.received).toHaveLength(1);
    await app.close();
  });
});
