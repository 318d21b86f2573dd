import { describe, expect, it } from 'vitest';
import { execute } from '../src/commands/core.js';
import { parseCommand } from '../src/commands/grammar.js';
import type { CommandContext, Result } from '../src/commands/types.js';
import { markUninstalled, saveInstall } from '../src/db/channels.js';
import type { App } from '../src/app.js';
import { useFakeServers } from './helpers/fakes.js';
import { hoursAgo, rss2, type TestEntry } from './helpers/feeds.js';
import { WU_LEAVES_META } from './helpers/stories.js';
import { testApp } from './helpers/app.js';

const RUIZ: TestEntry = {
  title: 'OpenAI hires Google researcher Ana Ruiz',
  link: 'https://wire.example/ruiz',
  published: hoursAgo(2),
  body: '<p>Ana Ruiz has joined OpenAI from Google as a research scientist, the company said on Tuesday.</p>',
};
const COLE: TestEntry = {
  title: 'Ben Cole joins Anthropic',
  link: 'https://wire.example/cole',
  published: hoursAgo(1),
  body: '<p>Ben Cole has left Mistral to join Anthropic, where he will work on interpretability.</p>',
};

const A = { platform: 'slack' as const, workspace: 'T0AAAA', channel: 'CAAAA' };
const B = { platform: 'slack' as const, workspace: 'T0BBBB', channel: 'CBBBB' };

const servers = useFakeServers();

function setup() {
  servers.feeds().route('/wire.xml', { body: rss2('Wire', []) });
  const t = testApp({ sources: [{ url: servers.feeds().url('/wire.xml') }], sinks: [{ type: 'console' }], slack: { apiUrl: servers.chat().slackApiUrl() }, delivery: { retryBase: '50ms' } });
  for (const w of [A, B]) saveInstall(t.app.db, { platform: 'slack', workspace: w.workspace, botToken: 'xoxb-test-token', botUserId: 'UBOT', data: {}, installedBy: 'U1' }, new Date());
  return t;
}

function run(app: App, where: typeof A, command: string, text: string, canManage = true): Result {
  const ctx: CommandContext = { ...where, channelName: null, actor: { id: 'U1', name: 'ana', canManage }, origin: 'chat', now: new Date() };
  return execute({ db: app.db, catalog: app.catalog }, ctx, parseCommand(command, text));
}

async function publish(app: App, entries: TestEntry[]) {
  servers.feeds().route('/wire.xml', { body: rss2('Wire', entries) });
  await app.cycle(true);
  await app.dispatcher.drain(5_000);
}

const postedTo = (channel: string) =>
  servers
    .chat()
    .received.filter((r) => r.channel === 'slack-api' && r.body.channel === channel)
    .map((r) => String(r.body.text))
    .sort();

describe('channels own their watchlists', () => {
  it('two workspaces watching overlapping people and orgs each get exactly their moves; a strict namesake watch silences nobody else', async () => {
    const { app } = setup();
    await app.cycle(true); // first poll: nothing yet
    // A watches Chi-Hao Wu loosely; B watches a namesake at Google, strictly. Both watch OpenAI.
    expect(run(app, A, '/watch', 'person "Chi-Hao Wu"').kind).toBe('watch-added');
    expect(run(app, A, '/watch', 'org OpenAI').kind).toBe('watch-added');
    expect(run(app, B, '/watch', 'person Chi-Hao Wu at Google strict').kind).toBe('watch-added');
    expect(run(app, B, '/watch', 'org OpenAI').kind).toBe('watch-added');
    expect(run(app, B, '/watch', 'org Anthropic').kind).toBe('watch-added');

    await publish(app, [WU_LEAVES_META, RUIZ, COLE]);

    const a = postedTo('CAAAA');
    const b = postedTo('CBBBB');
    expect(a).toHaveLength(2);
    expect(a.some((t) => t.includes('Chi-Hao Wu'))).toBe(true);
    expect(a.some((t) => t.includes('Ana Ruiz'))).toBe(true);
    expect(b).toHaveLength(2);
    expect(b.some((t) => t.includes('Ana Ruiz'))).toBe(true);
    expect(b.some((t) => t.includes('Ben Cole'))).toBe(true);

    // Each channel's digest shows only what its own watches matched.
    const recentA = run(app, A, '/recent', '7d');
    const recentB = run(app, B, '/recent', '');
    expect(recentA.kind === 'digest' && recentA.moves.map((m) => m.person).sort()).toEqual(['Ana Ruiz', 'Chi-Hao Wu']);
    expect(recentB.kind === 'digest' && recentB.moves.map((m) => m.person).sort()).toEqual(['Ana Ruiz', 'Ben Cole']);

    // A second poll of the same feed posts nothing more anywhere.
    await publish(app, [WU_LEAVES_META, RUIZ, COLE]);
    expect(postedTo('CAAAA')).toHaveLength(2);
    expect(postedTo('CBBBB')).toHaveLength(2);
    await app.close();
  });

  it('a channel can neither list, change nor remove another channel’s watches or sources', () => {
    const { app } = setup();
    run(app, A, '/watch', 'org OpenAI');
    run(app, B, '/watch', 'org Anthropic');
    run(app, A, '/sources', 'add https://servers.feeds().example/a.xml');

    const listB = run(app, B, '/watchlist', '');
    expect(listB.kind === 'watchlist' && listB.watches.map((w) => w.name)).toEqual(['Anthropic']);
    const removed = run(app, B, '/unwatch', 'OpenAI');
    expect(removed).toMatchObject({ kind: 'error', message: 'No watch named "OpenAI" here.' });
    const listA = run(app, A, '/watchlist', '');
    expect(listA.kind === 'watchlist' && listA.watches.map((w) => w.name)).toEqual(['OpenAI']);

    // Watching the same name in B creates B's own watch; A's is untouched by B's aliases.
    run(app, B, '/watch', 'org OpenAI aka 开放人工智能');
    const again = run(app, A, '/watchlist', '');
    expect(again.kind === 'watchlist' && again.watches[0]!.aliases).toEqual([]);

    const sourcesB = run(app, B, '/sources', 'list');
    expect(sourcesB).toEqual({ kind: 'sources', sources: [] });
    expect(run(app, B, '/sources', 'remove https://servers.feeds().example/a.xml').kind).toBe('error');
    const sourcesA = run(app, A, '/sources', '');
    expect(sourcesA.kind === 'sources' && sourcesA.sources.map((s) => s.url)).toEqual(['https://servers.feeds().example/a.xml']);

    // The operator's CLI watchlist is a tenant of its own.
    const cli = execute(
      { db: app.db, catalog: app.catalog },
      { platform: 'cli', workspace: '', channel: '', channelName: null, actor: { id: 'op', name: 'op', canManage: true }, origin: 'cli', now: new Date() },
      { name: 'watchlist' },
    );
    expect(cli.kind === 'watchlist' && cli.watches).toEqual([]);
  });

  it('/watch answers with what the store already knows, without posting old alerts again', async () => {
    const { app } = setup();
    await app.cycle(true);
    run(app, A, '/watch', 'org Meta');
    await publish(app, [WU_LEAVES_META]);
    expect(postedTo('CAAAA')).toHaveLength(1);

    const added = run(app, B, '/watch', 'person Chi-Hao Wu aka 吴启豪');
    expect(added.kind).toBe('watch-added');
    if (added.kind !== 'watch-added') return;
    expect(added.history.moves.map((m) => [m.person, m.event, m.from?.org, m.sources.map((s) => s.url)])).toEqual([['Chi-Hao Wu', 'departure', 'Meta', ['https://wire.example/wu']]]);
    expect(added.history.mentions).toBe(1);
    const org = run(app, B, '/watch', 'org 脸书');
    expect(org.kind === 'watch-added' && org.history.moves.map((m) => m.person)).toEqual(['Chi-Hao Wu']);
    await app.dispatcher.drain(2_000);
    expect(postedTo('CBBBB')).toEqual([]);
    await app.close();
  });

  it('someone who may not manage the channel can read but not change it', () => {
    const { app } = setup();
    expect(run(app, A, '/watch', 'org OpenAI', false)).toMatchObject({ kind: 'error' });
    expect(run(app, A, '/sources', 'add https://servers.feeds().example/a.xml', false)).toMatchObject({ kind: 'error' });
    expect(run(app, A, '/watchlist', '', false)).toMatchObject({ kind: 'watchlist', watches: [] });
  });

  it('a channel the bot was removed from is paused with its alerts kept, and resumes when watched again', async () => {
    const { app, lines } = setup();
    await app.cycle(true);
    run(app, A, '/watch', 'org Meta');
    servers.chat().script('slack-api', { status: 200, body: '{"ok":false,"error":"not_in_channel"}' });
    await publish(app, [WU_LEAVES_META]);
    expect(postedTo('CAAAA')).toEqual([]);
    expect(lines.some((l) => /paused slack:T0AAAA:CAAAA: .*not_in_channel/.test(l.msg))).toBe(true);
    expect(app.db.prepare("SELECT state FROM deliveries WHERE destination = 'slack:T0AAAA:CAAAA'").all()).toEqual([{ state: 'pending' }]);

    run(app, A, '/watch', 'org Meta'); // the app was added back; the user says so by watching again
    await app.dispatcher.drain(5_000);
    expect(postedTo('CAAAA')).toHaveLength(1);
    await app.close();
  });

  it('an uninstalled workspace’s alerts wait, and go out after a reinstall', async () => {
    const { app } = setup();
    await app.cycle(true);
    run(app, A, '/watch', 'org Meta');
    markUninstalled(app.db, 'slack', A.workspace, new Date());
    await publish(app, [WU_LEAVES_META]);
    expect(postedTo('CAAAA')).toEqual([]);
    expect(app.db.prepare("SELECT count(*) AS n FROM deliveries WHERE state = 'pending'").get()).toEqual({ n: 1 });

    saveInstall(app.db, { platform: 'slack', workspace: A.workspace, botToken: 'xoxb-test-token', botUserId: 'UBOT', data: {}, installedBy: 'U1' }, new Date());
    await app.dispatcher.drain(5_000);
    expect(postedTo('CAAAA')).toHaveLength(1);
    await app.close();
  });
});
