import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/load.js';
import { ConfigError, DatabaseError, UsageError } from '../src/errors.js';
import { openDatabase, withDatabaseErrors } from '../src/db/open.js';
import { upsertSource, recordPollFailure } from '../src/db/sources.js';
import { statusReply } from '../src/commands/status.js';
import { explainTarget } from '../src/commands/explain.js';
import { loadCatalog } from '../src/match/catalog.js';
import { bundledConfigDir } from '../src/paths.js';
import { pollOnce } from '../src/runner.js';
import { useFakeServers } from './helpers/fakes.js';
import { rss2 } from './helpers/feeds.js';
import { WU_LEAVES_META } from './helpers/stories.js';
import { testApp } from './helpers/app.js';
import { runCli, tempDir, writeFile } from './helpers/cli.js';

const servers = useFakeServers();
const MOVE = WU_LEAVES_META;

describe('poll --once waits a bounded time and says what it could not deliver', () => {
  it.each([
    [
      'a destination answering 5xx',
      { status: 503, body: '<html><head><style>p{}</style></head><body><h1>Service Unavailable</h1><p>Try later</p></body></html>' },
      /1 alert\(s\) not delivered, kept for the next run: slack-webhook: 1 \(.*HTTP 503 Service Unavailable Try later\)/,
    ],
    ['a destination answering 404', { status: 404, body: 'no_service' }, /1 alert\(s\) not delivered, kept for the next run: slack-webhook: 1 \(dead: .*HTTP 404 no_service\)/],
  ])('%s', async (_, answer, expected) => {
    servers.feeds().route('/a.xml', { body: rss2('a', []) });
    const { app } = testApp({
      sources: [{ url: servers.feeds().url('/a.xml') }],
      watchlist: { orgs: [{ name: 'Meta' }] },
      sinks: [{ type: 'slack-webhook', url: servers.chat().slackWebhookUrl() }],
      delivery: { retryBase: '50ms', deadAfter: 1, drainTimeout: '1s' },
    });
    await app.cycle(true);
    servers.feeds().route('/a.xml', { body: rss2('a', [MOVE]) });
    for (let i = 0; i < 50; i++) servers.chat().script('slack-webhook', answer);
    const error = await pollOnce(app, app.log).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(expected);
    expect((error as Error).message).not.toContain('<');
    await app.close();
  });
});

describe('the operator’s mistakes get one clear line', () => {
  it('a bad schedule is refused by the config schema', () => {
    expect(() => parseConfig({ schedule: 'every ten minutes' }, 'lw.yaml')).toThrow(ConfigError);
    expect(() => parseConfig({ schedule: 'every ten minutes' }, 'lw.yaml')).toThrow(/lw\.yaml: schedule: not a cron expression/);
  });

  it('explain on a feed says it is a feed and names an article to try', async () => {
    servers.feeds().route('/feed.xml', { body: rss2('Wire', [MOVE]) });
    const dir = tempDir();
    const config = parseConfig({ database: path.join(dir, 'lw.db') }, 'test');
    const db = openDatabase(config.database);
    const error = await explainTarget(db, { config, file: null, sources: [] }, loadCatalog(path.join(bundledConfigDir, 'orgs.yaml')), [], servers.feeds().url('/feed.xml')).catch((e: unknown) => e);
    db.close();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(`${servers.feeds().url('/feed.xml')} is a feed of 1 item(s); explain reads one article, e.g. labwatch explain https://wire.example/wu`);
  });

  it('a read-only database is named in the error', () => {
    const file = path.join(tempDir(), 'ro.db');
    openDatabase(file).close();
    const db = new Database(file);
    db.pragma('query_only = ON');
    const error = (() => {
      try {
        return withDatabaseErrors(file, () => db.prepare("INSERT INTO channels (platform, workspace, channel, created_at) VALUES ('slack', 'T', 'C', 'now')").run());
      } catch (err) {
        return err;
      }
    })();
    db.close();
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toBe(`${file}: the database is read-only here; labwatch needs to write it (check the file's permissions and the disk)`);
  });

  it('status says how many failing sources it left out, and when things happened in words', () => {
    const db = openDatabase(path.join(tempDir(), 's.db'));
    const now = new Date();
    for (let i = 0; i < 8; i++) {
      const s = upsertSource(db, { url: `https://feeds${i}.example/f.xml` }, 'cli');
      recordPollFailure(db, s.id, { error: 'HTTP 500', now: new Date(now.getTime() - 120_000), nextPollAt: now, disable: null });
    }
    const lines = statusReply(db, [], now).lines.join('\n');
    db.close();
    expect(lines).toContain('Sources: 8 on, 0 off, 8 failing; last poll 2m ago.');
    expect(lines).toContain('…and 3 more failing: "labwatch sources list" shows them all');
  });

  it('errors read the same across commands, with exit 2 for a wrong command line; --version answers', async () => {
    const dir = tempDir();
    const config = writeFile(dir, 'lw.yaml', `database: ${path.join(dir, 'lw.db')}\n`);
    const badUrl = await runCli(['--config', config, 'sources', 'add', 'not-a-url']);
    expect({ code: badUrl.code, err: badUrl.stderr.trim() }).toEqual({ code: 1, err: 'labwatch: Cannot add that source: "not-a-url" is not a URL.' });
    const badLanguage = await runCli(['--config', config, 'sources', 'add', 'https://a.example/f.xml', '--language', 'fr']);
    expect(badLanguage.code).toBe(2);
    expect(badLanguage.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^labwatch: option '--language <lang>' argument 'fr' is invalid\. Allowed choices are en, zh\. \(see "labwatch --help"\)$/),
    ]);
    const version = await runCli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });
});
