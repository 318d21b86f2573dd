import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/open.js';
import { getSource, upsertSource, type Source } from '../../src/db/sources.js';
import { pollSource, type PollOptions } from '../../src/ingest/poller.js';
import { USER_AGENT } from '../../src/ingest/fetch.js';
import { silentLogger } from '../../src/log.js';
import { FeedServer } from '../fakes/feed-server.js';
import { hoursAgo, rss2 } from '../helpers/feeds.js';
import { tempDir } from '../helpers/cli.js';

const opts = (over: Partial<PollOptions> = {}): PollOptions => ({
  fetch: { timeoutMs: 1_000, maxBytes: 64 * 1024, maxRedirects: 3, userAgent: USER_AGENT },
  allowPrivateNetworks: false,
  concurrency: 4,
  perHost: 2,
  defaultIntervalMs: 600_000,
  maxIntervalMs: 7_200_000,
  firstPollMaxAgeMs: 48 * 3_600_000,
  backoff: { baseMs: 300_000, capMs: 86_400_000, maxFailures: 3 },
  ...over,
});

// A fixed clock for the schedule checks: the next poll is computed from it, so the figures are exact.
const AT = new Date();

const FEED = rss2('Wire', [
  { title: 'Jan Leike joins Anthropic', link: 'https://wire.example/1', published: hoursAgo(1), body: '<p>Jan Leike has joined Anthropic.</p>' },
  { title: 'Old news from last month', link: 'https://wire.example/2', published: hoursAgo(24 * 30), body: '<p>Old.</p>' },
]);

describe('polling a source', () => {
  let server: FeedServer;
  let db: Db;
  const log = silentLogger();
  const add = (p: string, origin: Source['origin'] = 'config') => upsertSource(db, { url: server.url(p) }, origin);
  const reload = (s: Source) => getSource(db, s.id)!;

  beforeEach(async () => {
    server = await new FeedServer().start();
    db = openDatabase(path.join(tempDir(), 'p.db'));
  });
  afterEach(async () => {
    db.close();
    await server.close();
  });

  it('first poll stores the backlog but only recent items may alert', async () => {
    server.route('/f.xml', { body: FEED });
    const r = await pollSource(db, add('/f.xml'), opts(), log);
    expect(r.items.map((i) => [i.item.title, i.alertable])).toEqual([
      ['Jan Leike joins Anthropic', true],
      ['Old news from last month', false],
    ]);
  });

  it('a second poll of an unchanged feed sends validators, gets 304 and parses nothing', async () => {
    server.route('/f.xml', { body: FEED, etag: '"v1"', lastModified: 'Wed, 17 Sep 2025 08:00:00 GMT' });
    const s = add('/f.xml');
    expect((await pollSource(db, s, opts(), log)).status).toBe('ok');
    const second = await pollSource(db, reload(s), opts(), log);
    expect(second).toMatchObject({ status: 'not-modified', items: [] });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.headers['if-none-match']).toBe('"v1"');
    expect(server.requests[1]!.headers['if-modified-since']).toBe('Wed, 17 Sep 2025 08:00:00 GMT');
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^labwatch\/.+\(\+https?:\/\//);
    expect(server.requests[0]!.headers['accept-encoding']).toContain('br');
  });

  it('a feed that never changes is polled less often, up to the ceiling', async () => {
    server.route('/f.xml', { body: FEED, etag: '"v1"' });
    const s = add('/f.xml');
    const gaps: number[] = [];
    for (let i = 0; i < 8; i++) {
      await pollSource(db, reload(s), opts(), log, () => AT);
      gaps.push(new Date(reload(s).nextPollAt!).getTime() - AT.getTime());
    }
    // The first poll found items: the configured interval; then each unchanged poll waits longer, up to the ceiling.
    expect(gaps[0]).toBe(600_000);
    expect(gaps[2]).toBeGreaterThan(gaps[1]!);
    expect(Math.max(...gaps)).toBe(7_200_000);
  });

  it('a 429 with Retry-After pushes the next poll that far', async () => {
    server.route('/f.xml', { status: 429, headers: { 'retry-after': '3600' }, body: 'slow down' });
    const s = add('/f.xml');
    const r = await pollSource(db, s, opts(), log, () => AT);
    expect(r.status).toBe('failed');
    expect(new Date(reload(s).nextPollAt!).getTime() - AT.getTime()).toBe(3_600_000);
    expect(reload(s).lastError).toMatch(/429, retry after 3600s/);
  });

  it('a failing source backs off exponentially and is disabled after the configured run', async () => {
    server.route('/f.xml', { status: 500, body: 'boom' });
    const s = add('/f.xml');
    const waits: number[] = [];
    let last;
    for (let i = 0; i < 3; i++) {
      last = await pollSource(db, reload(s), opts(), log, () => AT);
      waits.push(new Date(reload(s).nextPollAt!).getTime() - AT.getTime());
    }
    expect(waits[1]!).toBeGreaterThan(waits[0]! * 1.3);
    expect(reload(s)).toMatchObject({ enabled: false, failures: 3, disabledReason: '3 failures in a row' });
    expect(last!.disabled).toBe('3 failures in a row');
  });

  it('410 Gone disables at once', async () => {
    server.route('/f.xml', { status: 410 });
    const s = add('/f.xml');
    await pollSource(db, s, opts(), log);
    expect(reload(s)).toMatchObject({ enabled: false, disabledReason: 'the feed answered 410 Gone' });
  });

  it('a hanging server is cut off at the timeout', async () => {
    server.route('/hang.xml', { delayMs: Infinity });
    const s = add('/hang.xml');
    // Without the cut-off this would hang until the test's own timeout; the error says which limit ended it.
    const r = await pollSource(db, s, opts(), log);
    expect(r.error).toMatch(/no answer within 1000 ms/);
  });

  it('a body that trickles forever is cut off at the timeout too', async () => {
    server.route('/trickle.xml', {
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const t = setInterval(() => res.write('<!-- -->'), 100);
        res.on('close', () => clearInterval(t));
      },
    });
    const r = await pollSource(db, add('/trickle.xml'), opts(), log);
    expect(r.error).toMatch(/body not complete within 1000 ms/);
  });

  it('an oversized body is cut off at the size cap, declared or streamed', async () => {
    server.route('/big.xml', { body: 'x'.repeat(200 * 1024) });
    expect((await pollSource(db, add('/big.xml'), opts(), log)).error).toMatch(/over the 65536-byte limit/);
    server.route('/chunked.xml', {
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'transfer-encoding': 'chunked' });
        for (let i = 0; i < 100; i++) res.write('y'.repeat(2048));
        res.end();
      },
    });
    expect((await pollSource(db, add('/chunked.xml'), opts(), log)).error).toMatch(/over the 65536-byte limit/);
  });

  it('a gzip bomb is cut off by the decompressed size', async () => {
    const zlib = await import('node:zlib');
    const bomb = zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    server.route('/bomb.xml', { headers: { 'content-encoding': 'gzip' }, body: bomb });
    expect((await pollSource(db, add('/bomb.xml'), opts(), log)).error).toMatch(/over the 65536-byte limit/);
  });

  it('follows a bounded number of redirects', async () => {
    server.route('/r1', { status: 301, headers: { location: '/r2' } });
    server.route('/r2', { status: 302, headers: { location: '/f.xml' } });
    server.route('/f.xml', { body: FEED });
    expect((await pollSource(db, add('/r1'), opts(), log)).status).toBe('ok');
    server.route('/loop', { status: 302, headers: { location: '/loop' } });
    expect((await pollSource(db, add('/loop'), opts(), log)).error).toMatch(/more than 3 redirects/);
  });

  it('a URL that came from chat may not reach loopback or metadata addresses', async () => {
    server.route('/f.xml', { body: FEED });
    const fromChat = add('/f.xml', 'chat');
    const r = await pollSource(db, fromChat, opts(), log);
    expect(r.error).toMatch(/refusing 127\.0\.0\.1: not a public address/);
    expect(server.requests).toHaveLength(0);
    const metadata = upsertSource(db, { url: 'http://169.254.169.254/latest/meta-data/' }, 'chat');
    expect((await pollSource(db, metadata, opts(), log)).error).toMatch(/refusing 169\.254\.169\.254/);
    // The operator can allow private networks for chat sources.
    expect((await pollSource(db, reload(fromChat), opts({ allowPrivateNetworks: true }), log)).status).toBe('ok');
  });

  it('a public-looking redirect into a private address is refused at that hop', async () => {
    server.route('/f.xml', { body: FEED });
    const { fetchUrl } = await import('../../src/ingest/fetch.js');
    server.route('/hop', { status: 302, headers: { location: 'http://[::1]:1/feed' } });
    await expect(fetchUrl(server.url('/hop'), { ...opts().fetch, allowPrivate: false })).rejects.toThrow(/not a public address/);
  });
});
