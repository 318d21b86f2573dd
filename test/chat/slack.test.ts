import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startChat, type RunningChat } from '../../src/chat/start.js';
import { statusReply } from '../../src/commands/status.js';
import type { App } from '../../src/app.js';
import type { ChatServer, Received } from '../fakes/chat-server.js';
import { useFakeServers } from '../helpers/fakes.js';
import type { FeedServer } from '../fakes/feed-server.js';
import { hoursAgo, rss2, type TestEntry } from '../helpers/feeds.js';
import { WU_LEAVES_META } from '../helpers/stories.js';
import { testApp } from '../helpers/app.js';
import { buttonClick, postSlack, postSlackEvent, SIGNING_SECRET, slashCommand } from '../helpers/slack.js';

const VARMA: TestEntry = {
  title: 'Rohan Varma 离开 Meta 加入 OpenAI',
  link: 'https://zh.example/varma',
  published: hoursAgo(2),
  body: '<p>据知情人士透露，Rohan Varma 已从 Meta 离职，加入 OpenAI。</p>',
};

const A = { team: 'T0AAAA', channel: 'CAAAA' };
const B = { team: 'T0BBBB', channel: 'CBBBB' };
const ENV = { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token' };

// The fake servers are started before each test and closed after the app and chat below (after-hooks run last-first).
const servers = useFakeServers();
let fake: ChatServer;
let feeds: FeedServer;
let running: { app: App; chat: RunningChat; lines: { msg: string }[] } | null = null;
beforeEach(() => {
  fake = servers.chat();
  feeds = servers.feeds();
});
afterEach(async () => {
  await running?.chat.stop();
  await running?.app.close();
  running = null;
});

async function start(extra: object = {}, env: NodeJS.ProcessEnv = ENV) {
  feeds.route('/wire.xml', { body: rss2('Wire', []) });
  const { app, lines } = testApp(
    { sources: [{ url: feeds.url('/wire.xml') }], sinks: [], slack: { apiUrl: fake.slackApiUrl(), ...extra }, chat: { port: 0, host: '127.0.0.1' }, delivery: { retryBase: '50ms' } },
    env,
  );
  const chat = await startChat({ db: app.db, catalog: app.catalog, config: app.config }, env, app.log);
  running = { app, chat, lines };
  await app.cycle(true); // the feed's first poll: history
  return { app, port: chat.port! };
}

let replies = 0;
/** Sends a slash command and returns the ephemeral reply Bolt posts to its response_url. */
async function command(port: number, where: typeof A & { user?: string }, name: string, text: string): Promise<Received['body']> {
  const n = ++replies;
  const res = await postSlack(port, slashCommand(name, text, where, fake.responseUrl(n)));
  expect(res.status).toBe(200);
  await fake.waitFor('slack-response', fake.received.filter((r) => r.channel === 'slack-response').length + 1);
  return fake.received.filter((r) => r.channel === 'slack-response').pop()!.body;
}

const textOf = (body: Received['body']) => JSON.stringify(body.blocks ?? body.text);
const posted = (channel: string) => fake.received.filter((r) => r.channel === 'slack-api' && r.body.channel === channel);

async function publish(app: App, entries: TestEntry[]) {
  feeds.route('/wire.xml', { body: rss2('Wire', entries) });
  await app.cycle(true);
  await app.dispatcher.drain(5_000);
}

describe('the Slack app (HTTP mode, signed requests to the real receiver)', () => {
  it('answers every command, ephemerally; a malformed one gets a one-line usage reply', async () => {
    const { port } = await start();
    const cases: [string, string, RegExp][] = [
      ['/watch', 'person "Rohan Varma" aka 罗汉 at Meta', /Now watching\* person Rohan Varma · aka 罗汉 · at Meta/],
      ['/watch', 'org OpenAI', /Now watching\* org OpenAI/],
      ['/watch', 'Rohan Varma', /Say what to watch: a person or an org/],
      ['/watch', 'person <!channel>', /cannot contain/],
      ['/watchlist', '', /This channel watches 2/],
      ['/recent', '', /No moves in the last 7 day/],
      ['/recent', '2w Meta', /No moves in the last 14 day\(s\) for Meta/],
      ['/recent', '900d', /not a period/],
      ['/unwatch', 'OpenAI', /Stopped watching org OpenAI here/],
      ['/unwatch', 'Nobody Here', /No watch named \\"Nobody Here\\" here/],
      ['/sources', 'add <https://feeds.example/ai.xml>', /Added feeds.example/],
      ['/sources', '', /1 feed added here/],
      ['/sources', 'remove https://feeds.example/ai.xml', /Removed https:\/\/feeds.example\/ai.xml from this channel/],
      ['/sources', 'purge', /not a sources action/],
      ['/labwatch', 'help', /labwatch commands/],
      ['/labwatch', 'dance', /not a labwatch command/],
    ];
    for (const [name, text, expected] of cases) {
      const reply = await command(port, A, name, text);
      expect(reply.response_type, `${name} ${text}`).toBe('ephemeral');
      expect(textOf(reply), `${name} ${text}`).toMatch(expected);
    }
    // Text that tries mentions never comes back as a live mention.
    const hostile = await command(port, A, '/recent', '<!channel>');
    expect(JSON.stringify(hostile)).not.toContain('<!channel>');
  });

  it('refuses a forged signature, a stale timestamp and a future one with 401', async () => {
    const { port } = await start();
    const form = slashCommand('/watchlist', '', A, fake.responseUrl(0));
    expect((await postSlack(port, form, { secret: 'not-the-secret' })).status).toBe(401);
    expect((await postSlack(port, form, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    expect((await postSlack(port, form, { timestamp: Math.floor(Date.now() / 1000) + 3600 })).status).toBe(401);
    expect(fake.received.filter((r) => r.channel === 'slack-response')).toEqual([]);
  });

  it('channel A cannot see or remove channel B’s watches', async () => {
    const { port } = await start();
    await command(port, B, '/watch', 'org Anthropic');
    expect(textOf(await command(port, A, '/watchlist', ''))).toMatch(/watches nothing yet/);
    expect(textOf(await command(port, A, '/unwatch', 'Anthropic'))).toMatch(/No watch named/);
    expect(textOf(await command(port, B, '/watchlist', ''))).toMatch(/org Anthropic/);
  });

  it('/watch then a poll posts that move in that channel only, once, with its buttons; a 429 is waited out', async () => {
    const { app, port } = await start();
    await command(port, A, '/watch', 'person Chi-Hao Wu at Meta');
    await command(port, B, '/watch', 'org Anthropic');
    fake.script('slack-api', { status: 429, headers: { 'retry-after': '1' }, body: '' });
    await publish(app, [WU_LEAVES_META]);
    expect(posted('CAAAA')).toHaveLength(1);
    expect(posted('CBBBB')).toHaveLength(0);
    expect(fake.attempts.filter((a) => a.channel === 'slack-api')).toHaveLength(2);
    const alert = posted('CAAAA')[0]!.body;
    expect(alert.text).toContain('Chi-Hao Wu');
    const actions = (alert.blocks as { type: string; elements?: { action_id: string }[] }[]).find((b) => b.type === 'actions');
    expect(actions?.elements?.map((e) => e.action_id)).toEqual(['lw_not_a_move', 'lw_wrong_person', 'lw_mute']);
    await publish(app, [WU_LEAVES_META]);
    expect(posted('CAAAA')).toHaveLength(1);
  });

  it('"Not a move" is stored, counted by status, and the alert says who flagged it; "Mute" stops that person here', async () => {
    const { app, port } = await start();
    await command(port, A, '/watch', 'org Meta');
    await publish(app, [WU_LEAVES_META]);
    const alert = posted('CAAAA')[0]!;
    const moveId = (app.db.prepare('SELECT id FROM moves').get() as { id: string }).id;
    const click = await postSlack(port, buttonClick('lw_not_a_move', moveId, { ...A, messageTs: alert.id, blocks: alert.body.blocks as unknown[] }, fake.responseUrl(99)));
    expect(click.status).toBe(200);
    const [update] = await fake.waitFor('slack-update');
    expect(update!.body).toMatchObject({ channel: 'CAAAA', ts: alert.id });
    expect(JSON.stringify(update!.body.blocks)).toContain('Flagged as *not a move* by <@U0USER1>');
    expect(JSON.stringify(update!.body.blocks)).not.toContain('lw_mute');
    expect(statusReply(app.db, []).lines.join('\n')).toContain('flagged from chat: 1 not a move, 0 wrong person');

    const answered = fake.received.filter((r) => r.channel === 'slack-response').length;
    await postSlack(port, buttonClick('lw_mute', moveId, { ...A, messageTs: alert.id }, fake.responseUrl(100)));
    await fake.waitFor('slack-response', answered + 1);
    expect(JSON.stringify(fake.received.filter((r) => r.channel === 'slack-response').pop()!.body)).toContain('Muted Chi-Hao Wu in this channel');
    await publish(app, [
      WU_LEAVES_META,
      { ...WU_LEAVES_META, link: 'https://wire.example/wu-2', title: 'Chi-Hao Wu joins Memories.ai', body: '<p>Chi-Hao Wu, who left Meta last week, has joined Memories.ai as chief AI officer.</p>' },
    ]);
    expect(posted('CAAAA')).toHaveLength(1);
  });

  it('/recent shows the channel’s digest with a "Post to channel" button that posts it there', async () => {
    const { app, port } = await start();
    await command(port, A, '/watch', 'org Meta');
    await publish(app, [WU_LEAVES_META, VARMA]);
    const reply = await command(port, A, '/recent', '7d');
    expect(textOf(reply)).toMatch(/2 moves in the last 7 days/);
    expect(textOf(reply)).toMatch(/Meta\*: 0 arrivals, 2 departures/);
    const share = (reply.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((b) => b.type === 'actions')!.elements!.find((e) => e.action_id === 'lw_digest_share')!;
    const before = posted('CAAAA').length;
    await postSlack(port, buttonClick('lw_digest_share', share.value, A, fake.responseUrl(7)));
    await fake.waitFor('slack-api', fake.received.filter((r) => r.channel === 'slack-api').length + 1);
    const shared = posted('CAAAA').slice(before);
    expect(shared).toHaveLength(1);
    expect(JSON.stringify(shared[0]!.body.blocks)).toContain('2 moves in the last 7 days');
    expect(JSON.stringify(shared[0]!.body.blocks)).not.toContain('lw_digest_share');
  });

  it('with slack.editors: admins, a member who is not an admin is refused a change but may read', async () => {
    const { port } = await start({ editors: 'admins' });
    fake.slackUsers.set('U0ADMIN', { is_admin: true });
    expect(textOf(await command(port, { ...A, user: 'U0MEMBER' }, '/watch', 'org OpenAI'))).toMatch(/Only people who may manage this channel/);
    expect(textOf(await command(port, { ...A, user: 'U0MEMBER' }, '/watchlist', ''))).toMatch(/watches nothing yet/);
    expect(textOf(await command(port, { ...A, user: 'U0ADMIN' }, '/watch', 'org OpenAI'))).toMatch(/Now watching/);
    // Only the two changes asked Slack who the user is; reading did not.
    expect(fake.received.filter((r) => r.channel === 'slack-users').map((r) => r.body.user)).toEqual(['U0MEMBER', 'U0ADMIN']);
  });

  it('an uninstalled workspace’s alerts are paused, not lost', async () => {
    const { app, port } = await start();
    await command(port, A, '/watch', 'org Meta');
    expect((await postSlackEvent(port, { type: 'app_uninstalled', event_ts: '1700000000.000100' }, A.team)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    await publish(app, [WU_LEAVES_META]);
    expect(posted('CAAAA')).toEqual([]);
    expect(app.db.prepare("SELECT state FROM deliveries WHERE destination = 'slack:T0AAAA:CAAAA'").all()).toEqual([{ state: 'pending' }]);
    // A command from the workspace again means the app is back (single-workspace token): the queue goes out.
    await command(port, A, '/watchlist', '');
    await app.dispatcher.drain(5_000);
    expect(posted('CAAAA')).toHaveLength(1);
  });
});

describe('the Slack app’s setup', () => {
  it('config/slack-manifest.yaml is the one generated from the command core (names are a contract)', async () => {
    const fs = await import('node:fs');
    const { load } = await import('js-yaml');
    const { slackManifest } = await import('../../src/chat/slack/manifest.js');
    const file = load(fs.readFileSync(new URL('../../config/slack-manifest.yaml', import.meta.url), 'utf8')) as ReturnType<typeof slackManifest>;
    expect(file).toEqual(slackManifest());
    const commands = (file.features as { slash_commands: { command: string }[] }).slash_commands.map((c) => c.command);
    expect(commands).toEqual(['/watch', '/unwatch', '/watchlist', '/recent', '/sources', '/labwatch']);
  });

  it('with a client id and secret (a public app), /slack/install sends the user to Slack’s consent page', async () => {
    const { port } = await start({}, { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_CLIENT_ID: '111.222', SLACK_CLIENT_SECRET: 'client-secret' });
    const res = await fetch(`http://127.0.0.1:${port}/slack/install`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location')!);
    expect(to.hostname).toBe('slack.com');
    expect(to.searchParams.get('client_id')).toBe('111.222');
    expect(to.searchParams.get('scope')).toBe('commands,chat:write,chat:write.public,users:read');
  });
});
