import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedServer } from '../fakes/feed-server.js';
import { hoursAgo, rss2 } from '../helpers/feeds.js';
import { readJsonl } from '../helpers/cli.js';
import { testApp } from '../helpers/app.js';

describe('one story, many outlets', () => {
  let feeds: FeedServer;
  beforeEach(async () => {
    feeds = await new FeedServer().start();
  });
  afterEach(() => feeds.close());

  it('the same story in three feeds under three URLs alerts once and is recorded as three reports', async () => {
    const body = '<p>Jan Leike, who co-led OpenAI’s superalignment team, has joined Anthropic.</p>';
    const story = { title: 'Jan Leike joins Anthropic', body, published: hoursAgo(1) };
    for (const p of ['/a.xml', '/b.xml', '/c.xml']) feeds.route(p, { body: rss2(p, []) });
    const { app, dir } = testApp({
      sources: [{ url: feeds.url('/a.xml') }, { url: feeds.url('/b.xml') }, { url: feeds.url('/c.xml') }],
      watchlist: { orgs: [{ name: 'Anthropic' }] },
      sinks: [{ type: 'jsonl', path: 'alerts.jsonl' }],
    });
    await app.cycle(true);
    feeds.route('/a.xml', { body: rss2('Wire', [{ ...story, link: 'https://wire.example/2025/leike-anthropic' }]) });
    // The same URL with tracking parameters and another host case.
    feeds.route('/b.xml', { body: rss2('Mirror', [{ ...story, link: 'https://WWW.Wire.example/2025/leike-anthropic/?utm_source=rss&utm_medium=feed&fbclid=abc' }]) });
    // A news-search feed: an opaque redirect URL and " - Publisher" in the title.
    feeds.route('/c.xml', {
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Search</title><item><title>Jan Leike joins Anthropic - The Daily</title><link>https://news.google.com/rss/articles/CBMiQWh0dHBzOi8v?oc=5</link><guid isPermaLink="false">CBMiQWh0dHBzOi8v</guid><pubDate>${hoursAgo(1).toUTCString()}</pubDate><description>Jan Leike joins Anthropic  The Daily</description><source url="https://daily.example">The Daily</source></item></channel></rss>`,
    });
    const summary = await app.cycle(true);
    await app.dispatcher.drain();
    expect(summary.alerts).toBe(1);
    const lines = readJsonl(path.join(dir, 'alerts.jsonl'));
    expect(lines).toHaveLength(1);
    expect(app.db.prepare('SELECT count(*) AS n FROM move_reports').get()).toEqual({ n: 3 });
    const dup = app.db.prepare('SELECT count(*) AS n FROM items WHERE duplicate_of IS NOT NULL').get() as { n: number };
    expect(dup.n).toBe(2);
    const publishers = app.db.prepare('SELECT publisher FROM items WHERE publisher IS NOT NULL').all();
    expect(publishers).toEqual([{ publisher: 'The Daily' }]);
    await app.close();
  });
});

describe('full text for summary-only feeds', () => {
  let feeds: FeedServer;
  beforeEach(async () => {
    feeds = await new FeedServer().start();
  });
  afterEach(() => feeds.close());

  const article = (p: string) =>
    `<!doctype html><html><head><title>Talent</title></head><body><nav>Home · Tech · Sport</nav><article><h1>A big week for AI hiring</h1>${'<p>The market for AI researchers stayed hot this week as labs competed for talent across the industry.</p>'.repeat(3)}<p>${p}</p></article><footer>© Wire</footer></body></html>`;

  it('fetches the article when the feed has a summary naming a watched org, and matches on it', async () => {
    feeds.route('/f.xml', { body: rss2('Wire', []) });
    const { app } = testApp({
      sources: [{ url: feeds.url('/f.xml') }],
      watchlist: { orgs: [{ name: 'Meta' }] },
      sinks: [{ type: 'console' }],
      fetch: { allowPrivateNetworks: true },
    });
    await app.cycle(true);
    feeds.route('/article/1', { body: article('Jason Wei has left OpenAI for Meta, according to a post on his blog.'), headers: { 'content-type': 'text/html; charset=utf-8' } });
    feeds.route('/article/2', { status: 500 });
    feeds.route('/f.xml', {
      body: rss2('Wire', [
        { title: 'A big week for AI hiring at Meta', link: feeds.url('/article/1'), published: hoursAgo(1), body: '<p>Labs kept hiring this week…</p>' },
        { title: 'Meta hiring roundup', link: feeds.url('/article/2'), published: hoursAgo(1), body: '<p>More on Meta…</p>' },
        { title: 'Weather', link: feeds.url('/article/3'), published: hoursAgo(1), body: '<p>Sunny…</p>' },
      ]),
    });
    const summary = await app.cycle(true);
    expect(summary.alerts).toBe(1);
    expect(app.db.prepare('SELECT person, from_org, to_org FROM moves').all()).toEqual([{ person: 'Jason Wei', from_org: 'OpenAI', to_org: 'Meta' }]);
    // The failing page is recorded, not retried, and not fatal; the irrelevant one is never fetched.
    expect(feeds.count('/article/2')).toBe(1);
    expect(feeds.count('/article/3')).toBe(0);
    expect(app.db.prepare('SELECT full_text_error FROM items WHERE full_text_error IS NOT NULL').all()).toEqual([{ full_text_error: expect.stringMatching(/server error 500/) }]);
    // A process stopped before marking the items read: reading them again uses the stored article, fetches nothing.
    app.db.prepare('UPDATE items SET processed_at = NULL').run();
    expect((await app.cycle(true)).alerts).toBe(0);
    expect([feeds.count('/article/1'), feeds.count('/article/2')]).toEqual([1, 1]);
    expect(app.db.prepare('SELECT count(*) AS n FROM move_reports').get()).toEqual({ n: 1 });
    await app.close();
  });

  it('article links from feeds may not reach private addresses unless the operator allows it', async () => {
    feeds.route('/f.xml', { body: rss2('Wire', []) });
    const { app } = testApp({ sources: [{ url: feeds.url('/f.xml') }], watchlist: { orgs: [{ name: 'Meta' }] }, sinks: [{ type: 'console' }] });
    await app.cycle(true);
    feeds.route('/article/1', { body: article('Jason Wei has left OpenAI for Meta.') });
    feeds.route('/f.xml', { body: rss2('Wire', [{ title: 'Hiring at Meta', link: feeds.url('/article/1'), published: hoursAgo(1), body: '<p>Meta…</p>' }]) });
    await app.cycle(true);
    expect(feeds.count('/article/1')).toBe(0);
    expect(app.db.prepare('SELECT full_text_error FROM items').get()).toEqual({ full_text_error: expect.stringMatching(/not a public address/) });
    await app.close();
  });
});
