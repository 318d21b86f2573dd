import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFeedProcess } from './feed-process.js';
import type { PollOptions } from '../src/ingest/poller.js';
import { openDatabase, upsertSource, pollDue, USER_AGENT, DEFAULT_BACKOFF, silentLogger, parseConfig } from './built.js';

const FEEDS = 1_000;
const HOSTS = 50;
const LATENCY_MS = 50;
const CHANGED = 0.1;

/**
 * The naive poller's own parse: items by regular expression, no XML parser, no entities, no HTML
 * to text. What a first script would do; it shares nothing with labwatch's ingest.
 */
function plainParse(xml: string): { title: string; link: string; text: string }[] {
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, body]) => ({
    title: /<title>([\s\S]*?)<\/title>/.exec(body!)?.[1] ?? '',
    link: /<link>([\s\S]*?)<\/link>/.exec(body!)?.[1] ?? '',
    text: (/<description>([\s\S]*?)<\/description>/.exec(body!)?.[1] ?? '').replace(/<[^>]+>/g, ' '),
  }));
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
  const servers = await startFeedProcess({ feeds: FEEDS, hosts: HOSTS, latency: LATENCY_MS });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labwatch-bench-'));
  const db = openDatabase(path.join(dir, 'bench.db'));
  for (const url of servers.urls) upsertSource(db, { url }, 'config');
  const opts = (concurrency: number, perHost: number): PollOptions => ({
    fetch: { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, userAgent: USER_AGENT },
    allowPrivateNetworks: true,
    maxIntervalMs: 7_200_000,
    concurrency,
    perHost,
    defaultIntervalMs: 600_000,
    firstPollMaxAgeMs: 48 * 3_600_000,
    backoff: DEFAULT_BACKOFF,
  });
  const log = silentLogger();
  console.log(`\n## Polling: ${FEEDS} feeds on ${HOSTS} local hosts (a separate process), ~${LATENCY_MS} ms latency each, ${CHANGED * 100}% changed since the last poll\n`);

  // The first poll stores every feed and learns its validators (not measured: a new install does it once).
  await pollDue(db, opts(8, 2), log, () => undefined, new Date(), true);

  console.log('| run | wall time | requests | requests/s | 200s parsed | peak RSS |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const defaults = parseConfig({}, 'bench').fetch;
  let ours = 0;
  for (const [label, c, p] of [
    [`labwatch (defaults: ${defaults.concurrency} at once, ${defaults.perHost} per host)`, defaults.concurrency, defaults.perHost],
    ['labwatch (8 at once, 2 per host: the defaults before)', 8, 2],
  ] as const) {
    await servers.bump(1 / CHANGED);
    const before = await servers.count();
    const mem = peakRss();
    const t0 = performance.now();
    let parsed = 0;
    await pollDue(
      db,
      opts(c, p),
      log,
      (r) => {
        if (r.status === 'ok') parsed++;
      },
      new Date(),
      true,
    );
    const ms = performance.now() - t0;
    ours ||= ms;
    const reqs = (await servers.count()) - before;
    console.log(`| ${label} | ${(ms / 1000).toFixed(2)} s | ${reqs} | ${(reqs / (ms / 1000)).toFixed(0)} | ${parsed} | ${(mem.stop() / 1048576).toFixed(0)} MiB |`);
  }

  // Naive baseline: one feed after another with fetch(), no validators, every body parsed by its own regular expressions.
  {
    const before = await servers.count();
    const mem = peakRss();
    const t0 = performance.now();
    let items = 0;
    for (const url of servers.urls) {
      const res = await fetch(url);
      items += plainParse(await res.text()).length;
    }
    const ms = performance.now() - t0;
    const reqs = (await servers.count()) - before;
    console.log(
      `| naive (sequential fetch, no validators, own regex parse: ${items.toLocaleString('en')} items) | ${(ms / 1000).toFixed(2)} s | ${reqs} | ${(reqs / (ms / 1000)).toFixed(0)} | ${FEEDS} | ${(mem.stop() / 1048576).toFixed(0)} MiB |`,
    );
    console.log(
      `\nlabwatch with the defaults: ${(ms / ours).toFixed(1)}× the naive poller (target ≥ 10×); ${(ours / 1000).toFixed(2)} s for ${FEEDS} feeds (target ≤ 5 s) → ${ms / ours >= 10 && ours <= 5000 ? 'OK' : 'MISSED'}`,
    );
  }
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  servers.close();
}
