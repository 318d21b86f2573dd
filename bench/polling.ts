import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../src/db/open.js';
import { upsertSource } from '../src/db/sources.js';
import { pollDue, type PollOptions } from '../src/ingest/poller.js';
import { fetchUrl, USER_AGENT } from '../src/ingest/fetch.js';
import { decodeBody } from '../src/ingest/charset.js';
import { parseFeed } from '../src/ingest/parse.js';
import { DEFAULT_BACKOFF } from '../src/ingest/schedule.js';
import { silentLogger } from '../src/log.js';
import { parseConfig } from '../src/config/load.js';

const FEEDS = 1_000;
const HOSTS = 50;
const LATENCY_MS = 50;
const CHANGED = 0.1;

function feedBody(feed: number, version: number): string {
  const items = Array.from({ length: 20 }, (_, i) => {
    const n = version * 20 + i;
    return `<item><title>Feed ${feed} story ${n}: a lab hires a researcher</title><link>https://feed${feed}.example/${n}</link><guid>f${feed}-${n}</guid><pubDate>${new Date(Date.now() - i * 3_600_000).toUTCString()}</pubDate><description><![CDATA[<p>Story ${n} of feed ${feed}. ${'Lorem ipsum dolor sit amet. '.repeat(20)}</p>]]></description></item>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>https://feed${feed}.example/</link>${items}</channel></rss>`;
}

/** 1,000 feeds across 50 loopback hosts (127.0.0.x), each answer ~50 ms late, with ETags. */
async function startServers(version: number[]) {
  let requests = 0;
  const servers: http.Server[] = [];
  const urls: string[] = [];
  for (let h = 0; h < HOSTS; h++) {
    const server = http.createServer((req, res) => {
      requests++;
      const feed = Number(/\/feed(\d+)\.xml/.exec(req.url ?? '')?.[1]);
      const etag = `"v${version[feed]}"`;
      setTimeout(() => {
        if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feedBody(feed, version[feed]!));
      }, LATENCY_MS);
    });
    server.keepAliveTimeout = 1;
    await new Promise<void>((r) => server.listen(0, `127.0.0.${h + 2}`, r));
    servers.push(server);
  }
  for (let f = 0; f < FEEDS; f++) {
    const s = servers[f % HOSTS]!;
    const { address, port } = s.address() as AddressInfo;
    urls.push(`http://${address}:${port}/feed${f}.xml`);
  }
  return { urls, count: () => requests, close: () => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))) };
}

function peakRss(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const t = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return {
    stop: () => {
      clearInterval(t);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

export async function benchPolling(): Promise<void> {
  const version = Array.from({ length: FEEDS }, () => 0);
  const servers = await startServers(version);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labwatch-bench-'));
  const db = openDatabase(path.join(dir, 'bench.db'));
  for (const url of servers.urls) upsertSource(db, { url }, 'config');
  const opts = (concurrency: number, perHost: number): PollOptions => ({
    fetch: { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, userAgent: USER_AGENT },
    concurrency,
    perHost,
    defaultIntervalMs: 600_000,
    firstPollMaxAgeMs: 48 * 3_600_000,
    backoff: DEFAULT_BACKOFF,
  });
  const log = silentLogger();
  console.log(`\n## Polling: ${FEEDS} feeds on ${HOSTS} local hosts, ~${LATENCY_MS} ms latency each, ${CHANGED * 100}% changed since the last poll\n`);

  // The first poll stores every feed and learns its validators (not measured: a new install does it once).
  await pollDue(db, opts(8, 2), log, () => undefined, new Date(), true);

  console.log('| run | wall time | requests | requests/s | 200s parsed | peak RSS |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const defaults = parseConfig({}, 'bench').fetch;
  for (const [label, c, p] of [
    [`labwatch (defaults: ${defaults.concurrency} at once, ${defaults.perHost} per host)`, defaults.concurrency, defaults.perHost],
    ['labwatch (8 at once, 2 per host: the defaults before)', 8, 2],
  ] as const) {
    for (let f = 0; f < FEEDS; f += 1 / CHANGED) version[f]!++;
    const before = servers.count();
    const mem = peakRss();
    const t0 = performance.now();
    let parsed = 0;
    await pollDue(db, opts(c, p), log, (r) => (parsed += r.status === 'ok' ? 1 : 0), new Date(), true);
    const ms = performance.now() - t0;
    const reqs = servers.count() - before;
    console.log(`| ${label} | ${(ms / 1000).toFixed(2)} s | ${reqs} | ${(reqs / (ms / 1000)).toFixed(0)} | ${parsed} | ${(mem.stop() / 1048576).toFixed(0)} MiB |`);
  }

  // Naive baseline: one feed after another, no validators, every body parsed.
  {
    const before = servers.count();
    const mem = peakRss();
    const t0 = performance.now();
    for (const url of servers.urls) {
      const res = await fetchUrl(url, { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, userAgent: USER_AGENT, allowPrivate: true });
      if (res.kind === 'ok') await parseFeed(decodeBody(res.body, res.contentType), url);
    }
    const ms = performance.now() - t0;
    const reqs = servers.count() - before;
    console.log(`| naive (sequential, no validators) | ${(ms / 1000).toFixed(2)} s | ${reqs} | ${(reqs / (ms / 1000)).toFixed(0)} | ${FEEDS} | ${(mem.stop() / 1048576).toFixed(0)} MiB |`);
  }
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  await servers.close();
}
