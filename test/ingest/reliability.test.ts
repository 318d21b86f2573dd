import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/ingest/parse.js';
import { fetchUrl, type FetchOptions } from '../../src/ingest/fetch.js';
import { FetchError } from '../../src/ingest/errors.js';
import { FeedServer } from '../fakes/feed-server.js';
import { rss2 } from '../helpers/feeds.js';

const settles = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p.then(
      () => 'resolved' as const,
      (e: unknown) => (e instanceof Error ? e.message : 'rejected'),
    ),
    new Promise<'hung'>((r) => setTimeout(() => r('hung'), ms)),
  ]);

const opts: FetchOptions = { timeoutMs: 1_000, maxBytes: 1_000_000, maxRedirects: 5, userAgent: 'labwatch-test', allowPrivate: true };
const servers: { close(): unknown }[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** A raw server whose handler the test writes. */
async function raw(handler: http.RequestListener, host = '127.0.0.1') {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, host, r));
  servers.push({ close: () => (server.closeAllConnections(), new Promise((r) => server.close(r))) });
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

describe('every fetch and parse settles', () => {
  it('a truncated feed after one read loosely is rejected, never left pending', async () => {
    // An undefined entity sends a document to the loose parser; then one whose root never closes.
    await parseFeed('<rss version="2.0"><channel><title>A &bogus; feed</title><item><title>One</title></item></channel></rss>', 'https://a.example/');
    const outcome = await settles(parseFeed('<rss version="2.0"><channel><title>B</title><item><title>cut off', 'https://b.example/'), 3_000);
    expect(outcome).not.toBe('hung');
  });

  it('a server that trickles its headers is cut off at the deadline', async () => {
    const base = await raw((_req, res) => {
      const socket = res.socket!;
      socket.write('HTTP/1.1 200 OK\r\n');
      const t = setInterval(() => socket.write('X-Slow: 1\r\n'), 200);
      socket.on('close', () => clearInterval(t));
    });
    const error = await fetchUrl(`${base}/feed`, opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).kind).toBe('timeout');
  });

  it('a gzip body whose connection drops is a network error at once, not a timeout', async () => {
    const gz = zlib.gzipSync(
      Buffer.from(
        rss2(
          'Big',
          Array.from({ length: 400 }, (_, i) => ({ title: `Item ${i} ${'x'.repeat(200)}`, link: `https://a.example/${i}`, body: 'y'.repeat(500) })),
        ),
      ),
    );
    const base = await raw((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': String(gz.length) });
      res.write(gz.subarray(0, 2_000));
      setTimeout(() => res.socket!.destroy(), 50);
    });
    const error = await fetchUrl(`${base}/feed`, { ...opts, timeoutMs: 5_000 }).catch((e: unknown) => e);
    expect((error as FetchError).kind).toBe('network');
  });

  it('an operator feed on a public host may not redirect to a private address', async () => {
    const inside = await new FeedServer().start();
    servers.push(inside);
    inside.route('/secret.xml', { body: rss2('Internal', []) });
    // 127.0.0.2 stands in for a public host here.
    const outside = await raw((_req, res) => res.writeHead(302, { location: inside.url('/secret.xml') }).end(), '127.0.0.2');
    const isPublic = (a: string) => a === '127.0.0.2' || a === '::ffff:127.0.0.2';
    const error = await fetchUrl(`${outside}/feed.xml`, { ...opts, isPublic }).catch((e: unknown) => e);
    expect((error as FetchError).kind).toBe('blocked');
    expect(inside.requests).toEqual([]);
    // The operator's own private URL still works, and so do its redirects inside the private network.
    const direct = await fetchUrl(inside.url('/secret.xml'), { ...opts, isPublic });
    expect(direct.kind).toBe('ok');
  });
});

describe('bad input loses one item, not the feed', () => {
  const deep = (n: number) => '<b>'.repeat(n) + 'lost in markup' + '</b>'.repeat(n);
  const feed = (description: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Chi-Hao Wu leaves Meta</title><link>https://a.example/1</link><description>Chi-Hao Wu has left Meta.</description></item><item><title>Deep</title><link>https://a.example/2</link><description>${description}</description></item></channel></rss>`;

  it('an entry nested 100,000 levels deep in the XML is read without its tags', async () => {
    const parsed = await parseFeed(feed(deep(100_000)), 'https://a.example/');
    expect(parsed.entries.map((e) => e.title)).toEqual(['Chi-Hao Wu leaves Meta', 'Deep']);
    expect(parsed.entries[1]!.text).toContain('lost in markup');
  });

  it('an entry whose HTML is nested 100,000 levels deep is skipped and counted; the others are kept', async () => {
    const parsed = await parseFeed(feed(`<![CDATA[${deep(100_000)}]]>`), 'https://a.example/');
    expect(parsed.entries.map((e) => e.title)).toEqual(['Chi-Hao Wu leaves Meta']);
    expect(parsed.skipped).toBe(1);
  });
});

describe('a huge feed beside a command', () => {
  it('is stored in bounded transactions, so another connection can write while it is stored', async () => {
    const { openDatabase } = await import('../../src/db/open.js');
    const { upsertSource } = await import('../../src/db/sources.js');
    const { pollSource } = await import('../../src/ingest/poller.js');
    const TOTAL = 3_000;
    const { DEFAULT_BACKOFF } = await import('../../src/ingest/schedule.js');
    const { silentLogger } = await import('../../src/log.js');
    const { tempDir } = await import('../helpers/cli.js');
    const Database = (await import('better-sqlite3')).default;
    const server = await new FeedServer().start();
    servers.push(server);
    const entries = Array.from({ length: TOTAL }, (_, i) => ({ title: `Story ${i}`, link: `https://a.example/${i}`, body: `<p>Item ${i}</p>` }));
    server.route('/huge.xml', { body: rss2('Huge', entries) });
    const file = `${tempDir()}/h.db`;
    const db = openDatabase(file);
    const source = upsertSource(db, { url: server.url('/huge.xml') }, 'cli');
    // A command's connection that will not wait at all.
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    let writesDuring = 0;
    let done = false;
    const poll = pollSource(
      db,
      source,
      {
        fetch: { timeoutMs: 10_000, maxBytes: 50_000_000, maxRedirects: 5, userAgent: 't' },
        allowPrivateNetworks: true,
        concurrency: 1,
        perHost: 1,
        defaultIntervalMs: 600_000,
        maxIntervalMs: 7_200_000,
        firstPollMaxAgeMs: 0,
        backoff: DEFAULT_BACKOFF,
      },
      silentLogger(),
    ).finally(() => (done = true));
    const tryWrite = () => {
      if (done) return;
      try {
        // Only while the feed is part stored: some of its items are in, not all.
        const stored = (other.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
        if (stored > 0 && stored < TOTAL) {
          other.prepare("INSERT INTO channels (platform, workspace, channel, created_at) VALUES ('slack', 'T', ?, 'now')").run(`C${Math.random()}`);
          writesDuring++;
        }
      } catch {
        // busy: the poll holds the write lock right now
      }
      setImmediate(tryWrite);
    };
    setImmediate(tryWrite);
    const result = await poll;
    expect(result.items).toHaveLength(TOTAL);
    expect(writesDuring).toBeGreaterThan(0);
    other.close();
    db.close();
  });
});

describe('one stuck source never stops a cycle', () => {
  it('a poll that does not finish in time is counted as failed and the other sources are polled', async () => {
    const { openDatabase } = await import('../../src/db/open.js');
    const { upsertSource, getSourceByUrl } = await import('../../src/db/sources.js');
    const { pollDue } = await import('../../src/ingest/poller.js');
    const { DEFAULT_BACKOFF } = await import('../../src/ingest/schedule.js');
    const { silentLogger } = await import('../../src/log.js');
    const { tempDir } = await import('../helpers/cli.js');
    const server = await new FeedServer().start();
    servers.push(server);
    server.route('/stuck.xml', { delayMs: Infinity });
    server.route('/fine.xml', { body: rss2('Fine', [{ title: 'A story', link: 'https://a.example/1', body: '<p>Text.</p>' }]) });
    const db = openDatabase(`${tempDir()}/d.db`);
    upsertSource(db, { url: server.url('/stuck.xml') }, 'cli');
    upsertSource(db, { url: server.url('/fine.xml') }, 'cli');
    // The fetch itself would wait a minute; the source's deadline is what ends it.
    const results = await pollDue(
      db,
      {
        fetch: { timeoutMs: 60_000, maxBytes: 1_000_000, maxRedirects: 5, userAgent: 't' },
        allowPrivateNetworks: true,
        concurrency: 2,
        perHost: 2,
        defaultIntervalMs: 600_000,
        maxIntervalMs: 7_200_000,
        firstPollMaxAgeMs: 0,
        backoff: DEFAULT_BACKOFF,
        sourceDeadlineMs: 300,
      },
      silentLogger(),
      () => undefined,
      new Date(),
      true,
    );
    expect(results.map((r) => [new URL(r.source.url).pathname, r.status]).sort()).toEqual([
      ['/fine.xml', 'ok'],
      ['/stuck.xml', 'failed'],
    ]);
    expect(results.find((r) => r.status === 'ok')!.newItems).toBe(1);
    expect(getSourceByUrl(db, server.url('/stuck.xml'))!.lastError).toMatch(/did not finish within 0\.3s/);
    db.close();
  });
});
