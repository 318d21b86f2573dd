import type { Logger } from 'pino';
import type { Db } from '../db/open.js';
import type { Item, Language } from '../domain.js';
import { dueSources, nameFromFeed, recordPollFailure, recordPollSuccess, type Source } from '../db/sources.js';
import { storeEntry } from '../db/items.js';
import { detectLanguage } from '../text/language.js';
import { decodeBody } from './charset.js';
import { entryKeys } from './dedup.js';
import { FetchError } from './errors.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { runLimited } from './limiter.js';
import { parseFeed, PARSE_DEADLINE_MS } from './parse.js';
import { adaptiveInterval, planAfterFailure, type BackoffPolicy } from './schedule.js';

export interface PollOptions {
  fetch: Omit<FetchOptions, 'etag' | 'lastModified' | 'allowPrivate'>;
  /** Whether sources added from chat may reach private networks (config and CLI sources always may). */
  allowPrivateNetworks: boolean;
  concurrency: number;
  perHost: number;
  defaultIntervalMs: number;
  /** Sources that keep returning nothing new are polled less often, up to this. */
  maxIntervalMs: number;
  /** On a source's first poll, items older than this are history. */
  firstPollMaxAgeMs: number;
  backoff: BackoffPolicy;
  /** The most one source's poll may take (default: its fetch and parse deadlines plus 30 s). */
  sourceDeadlineMs?: number;
}

/** A new item, whether it may alert (a first poll's backlog may not), and the story it repeats if any. */
export interface NewItem {
  item: Item;
  alertable: boolean;
  duplicateOf: number | null;
}

export interface SourcePollResult {
  source: Source;
  status: 'ok' | 'not-modified' | 'failed';
  items: NewItem[];
  error?: string;
  /** Set when this failure disabled the source: the reason, for a notice to the operator. */
  disabled?: string;
}

/** What a cycle keeps of one source's poll once its items are handled: the items themselves are not held. */
export type SourcePollStatus = Omit<SourcePollResult, 'items'> & { newItems: number };

/** Entries stored per write transaction. */
export const WRITE_BATCH = 500;

function isBacklog(published: Date | null, firstPoll: boolean, now: Date, maxAgeMs: number): boolean {
  if (!firstPoll) return false;
  return !published || now.getTime() - published.getTime() > maxAgeMs;
}

/** Polls one source: fetch (conditional), decode, parse, store new entries, schedule the next poll. */
export async function pollSource(db: Db, source: Source, opts: PollOptions, log: Logger, now: () => Date = () => new Date()): Promise<SourcePollResult> {
  const interval = source.intervalMs ?? opts.defaultIntervalMs;
  const firstPoll = source.lastSuccessAt === null;
  // URLs written by the operator (config, CLI) may point at private hosts; those from chat may not.
  const allowPrivate = source.origin !== 'chat' || opts.allowPrivateNetworks;
  try {
    const res = await fetchUrl(source.url, { ...opts.fetch, allowPrivate, etag: source.etag, lastModified: source.lastModified });
    const at = now();
    if (res.kind === 'not-modified') {
      const next = adaptiveInterval(interval, source.unchangedPolls + 1, opts.maxIntervalMs);
      recordPollSuccess(db, source.id, { etag: null, lastModified: null, now: at, nextPollAt: new Date(at.getTime() + next), newItems: 0 });
      return { source, status: 'not-modified', items: [] };
    }
    const feed = await parseFeed(decodeBody(res.body, res.contentType), res.url).catch((err: unknown) => {
      throw err instanceof FetchError ? err : new FetchError('unparsable', `${source.url}: not a feed we can read (${(err as Error).message})`);
    });
    if (feed.skipped) log.warn({ source: source.url, skipped: feed.skipped }, `${source.name}: skipped ${feed.skipped} entry(ies) that could not be read; the rest are kept`);
    const items: NewItem[] = [];
    // Bounded write transactions, with the event loop let in between: a huge feed never holds the
    // database long enough for a command beside it (watch add) to time out.
    for (let from = 0; from < feed.entries.length || from === 0; from += WRITE_BATCH) {
      const batch = feed.entries.slice(from, from + WRITE_BATCH);
      const last = from + WRITE_BATCH >= feed.entries.length;
      db.transaction(() => {
        if (from === 0 && feed.title) nameFromFeed(db, source.id, feed.title);
        for (const entry of batch) {
          const language: Language = source.language ?? detectLanguage(`${entry.title} ${entry.text.slice(0, 500)}`);
          const alertable = !isBacklog(entry.published, firstPoll, at, opts.firstPollMaxAgeMs);
          const stored = storeEntry(db, source.id, entry, entryKeys(entry), language, at, alertable);
          if (stored) items.push({ item: stored.item, alertable, duplicateOf: stored.duplicateOf });
        }
        // The source's state (ETag, next poll) is written with the last batch: a crash before it polls again, and storing is idempotent.
        if (last) {
          const next = adaptiveInterval(interval, items.length ? 0 : source.unchangedPolls + 1, opts.maxIntervalMs);
          recordPollSuccess(db, source.id, { etag: res.etag, lastModified: res.lastModified, now: at, nextPollAt: new Date(at.getTime() + next), newItems: items.length });
        }
      })();
      if (!last) await new Promise((r) => setImmediate(r));
    }
    log.debug({ source: source.url, new: items.length, firstPoll }, 'polled');
    return { source, status: 'ok', items };
  } catch (err) {
    const fe = err instanceof FetchError ? err : new FetchError('network', `${source.url}: ${(err as Error).message}`);
    const at = now();
    const plan = planAfterFailure(fe.kind, source.failures + 1, fe.retryAfterMs, interval, opts.backoff);
    recordPollFailure(db, source.id, { error: fe.message, now: at, nextPollAt: new Date(at.getTime() + plan.retryInMs), disable: plan.disable });
    if (plan.disable) {
      log.error({ source: source.url, reason: plan.disable }, `source disabled: ${source.name} (${plan.disable}); re-enable with "labwatch sources enable ${source.url}"`);
      return { source, status: 'failed', items: [], error: fe.message, disabled: plan.disable };
    }
    log.warn({ source: source.url, failures: source.failures + 1, retryInS: Math.round(plan.retryInMs / 1000) }, `source unreachable: ${fe.message}`);
    return { source, status: 'failed', items: [], error: fe.message };
  }
}

/**
 * Polls every due source with the configured concurrency; `onSource` handles each result as it lands.
 * Only each source's status is returned: a first poll of 10,000 sources holding every new item until the
 * cycle ends was most of its memory.
 */
export async function pollDue(db: Db, opts: PollOptions, log: Logger, onSource: (r: SourcePollResult) => void | Promise<void>, now: Date = new Date(), all = false): Promise<SourcePollStatus[]> {
  // `all` (poll --once) takes every enabled source, due or not.
  const sources = dueSources(db, now, all);
  const results: SourcePollStatus[] = [];
  await runLimited(
    sources,
    (s) => hostOf(s.url),
    opts.concurrency,
    opts.perHost,
    async (s) => {
      const r = await withDeadline(pollSource(db, s, opts, log), sourceDeadlineMs(opts), () => {
        // Something below never settled (a library bug): this source fails, the cycle goes on.
        const at = new Date();
        const error = `${s.url}: the poll did not finish within ${(sourceDeadlineMs(opts) / 1000).toFixed(sourceDeadlineMs(opts) < 10_000 ? 1 : 0)}s`;
        recordPollFailure(db, s.id, { error, now: at, nextPollAt: new Date(at.getTime() + (s.intervalMs ?? opts.defaultIntervalMs)), disable: null });
        log.error({ source: s.url }, error);
        return { source: s, status: 'failed' as const, items: [], error };
      });
      const { items, ...status } = r;
      results.push({ ...status, newItems: items.length });
      await onSource(r);
    },
    // The database itself failing (a full disk): say so, and let the other sources go on.
    (s, err) => log.error({ source: s.url, err: (err as Error).message }, `could not record the poll of ${s.name}: ${(err as Error).message}`),
  );
  return results;
}

/** The most one source may take in a cycle: its fetch deadline, the parser's, and room to store. */
export function sourceDeadlineMs(opts: PollOptions): number {
  return opts.sourceDeadlineMs ?? opts.fetch.timeoutMs + PARSE_DEADLINE_MS + 30_000;
}

async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
