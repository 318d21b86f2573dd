import { pollOptions } from '../src/pipeline/cycle.js';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSourceByUrl } from '../src/db/sources.js';
import { pollSource } from '../src/ingest/poller.js';
import { FeedServer } from './fakes/feed-server.js';
import { hoursAgo, rss2 } from './helpers/feeds.js';
import { readJsonl } from './helpers/cli.js';
import { testApp } from './helpers/app.js';

// Each test gets its own feed server.
let feeds: FeedServer;
beforeEach(async () => {
  feeds = await new FeedServer().start();
});
afterEach(() => feeds.close());

describe('a stop between storing an item and reading it', () => {
  it('loses nothing: the stored item is read on the next cycle, once', async () => {
    feeds.route('/f.xml', { body: rss2('Wire', [{ title: 'Jan Leike joins Anthropic', link: 'https://wire.example/1', published: hoursAgo(1), body: '<p>Jan Leike has joined Anthropic.</p>' }]) });
    const { app, dir, lines } = testApp({ sources: [{ url: feeds.url('/f.xml') }], watchlist: { orgs: [{ name: 'Anthropic' }] }, sinks: [{ type: 'jsonl', path: 'alerts.jsonl' }] });
    // What a process killed right after storing would leave: the item stored, never read.
    const source = getSourceByUrl(app.db, feeds.url('/f.xml'))!;
    const stored = await pollSource(app.db, source, pollOptions(app.config), app.log);
    expect(stored.items).toHaveLength(1);

    await app.cycle(true);
    await app.dispatcher.drain();
    expect(readJsonl(path.join(dir, 'alerts.jsonl')).map((l) => l.person)).toEqual(['Jan Leike']);
    expect(lines.some((l) => l.msg === 'reading 1 item(s) stored before the last stop')).toBe(true);

    await app.cycle(true);
    await app.dispatcher.drain();
    expect(readJsonl(path.join(dir, 'alerts.jsonl'))).toHaveLength(1);
    expect(app.db.prepare('SELECT count(*) AS n FROM items WHERE processed_at IS NULL').get()).toEqual({ n: 0 });
    await app.close();
  });
});

describe('an item that cannot be read', () => {
  it('is tried on three cycles, then left stored and unread with a log line', async () => {
    feeds.route('/f.xml', { body: rss2('Wire', []) });
    const { app, lines } = testApp({ sources: [{ url: feeds.url('/f.xml') }], watchlist: { orgs: [{ name: 'Anthropic' }] }, sinks: [{ type: 'console' }] });
    await app.cycle(true);
    // The database refuses to record moves (as a full disk would).
    app.db.exec("CREATE TRIGGER refuse BEFORE INSERT ON moves BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
    feeds.route('/f.xml', { body: rss2('Wire', [{ title: 'Jan Leike joins Anthropic', link: 'https://wire.example/1', published: hoursAgo(1), body: '<p>Jan Leike has joined Anthropic.</p>' }]) });
    for (let i = 0; i < 4; i++) await app.cycle(true);
    const errors = lines.filter((l) => /could not read an item/.test(l.msg)).map((l) => l.msg);
    expect(errors).toEqual([
      'could not read an item from Wire; it is read again next cycle',
      'could not read an item from an earlier run; it is read again next cycle',
      'could not read an item from an earlier run after 3 tries; it stays stored, unread',
    ]);
    expect(app.db.prepare('SELECT count(*) AS n FROM items').get()).toEqual({ n: 1 });
    await app.close();
  });
});

describe('item retention', () => {
  it('old items lose their text but keep their key, so a feed that still carries them alerts nothing', async () => {
    const entry = { title: 'Jan Leike joins Anthropic', link: 'https://wire.example/1', published: hoursAgo(1), body: '<p>Jan Leike has joined Anthropic.</p>' };
    feeds.route('/f.xml', { body: rss2('Wire', []) });
    const { app } = testApp({ sources: [{ url: feeds.url('/f.xml') }], watchlist: { orgs: [{ name: 'Anthropic' }] }, sinks: [{ type: 'console' }], polling: { keepText: '1d' } });
    await app.cycle(true);
    feeds.route('/f.xml', { body: rss2('Wire', [entry]) });
    expect((await app.cycle(true)).alerts).toBe(1);
    app.db.prepare("UPDATE items SET first_seen_at = '2020-01-01T00:00:00.000Z'").run();
    expect((await app.cycle(true)).alerts).toBe(0);
    expect(app.db.prepare('SELECT text FROM items').all()).toEqual([{ text: '' }]);
    expect(app.db.prepare('SELECT evidence FROM moves').get()).toEqual({ evidence: expect.stringContaining('Jan Leike') });
    await app.close();
  });
});
