import path from 'node:path';
import type { Logger } from 'pino';
import type { LoadedConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { CONFIG_SCOPE, type Item, type Scope, type Watch } from './domain.js';
import { openDatabase, type Db } from './db/open.js';
import { acquireLock, type InstanceLock } from './db/lock.js';
import { listSources, setSourceEnabled, upsertSource } from './db/sources.js';
import { listWatches, upsertWatch } from './db/watches.js';
import { loadCatalog, type OrgCatalog } from './match/catalog.js';
import { buildMatchIndex } from './match/watch-index.js';
import { bundledConfigDir } from './paths.js';
import { pollDue, type PollOptions, type SourcePollResult } from './ingest/poller.js';
import { newsSearchUrl, personQuery } from './ingest/news-search.js';
import { USER_AGENT } from './ingest/fetch.js';
import { DEFAULT_BACKOFF } from './ingest/schedule.js';
import { processItem, type MatchContext } from './pipeline/process.js';
import { enrichWithFullText } from './pipeline/enrich.js';
import { forgetOldText, markProcessed, recordReadFailure, unprocessedItems } from './db/items.js';
import { copyReports } from './db/moves.js';
import { Dispatcher, DEFAULT_DISPATCH } from './alerts/dispatcher.js';
import type { Sink } from './alerts/sinks/sink.js';
import { createSinks } from './alerts/sinks/create.js';

/** Cycles an item may fail to be read in before it is left alone (a bug, not a passing fault). */
const MAX_READ_ATTEMPTS = 3;

export interface CycleSummary {
  sources: number;
  failed: number;
  newItems: number;
  moves: number;
  alerts: number;
  followups: number;
}

export interface AppDeps {
  log: Logger;
  /** Where the console sink writes (tests capture it). */
  stdout?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
  /** What is running (for the lock's error message): "run", "poll --once", "demo". */
  command?: string;
}

/** The composition root: database, watchlist, pipeline and sinks, built from one config. */
export class App {
  readonly db: Db;
  readonly catalog: OrgCatalog;
  readonly sinks: Map<string, Sink>;
  readonly dispatcher: Dispatcher;
  private readonly lock: InstanceLock;
  private context: { signature: string; ctx: MatchContext } | null = null;

  constructor(
    readonly loaded: LoadedConfig,
    readonly deps: AppDeps,
  ) {
    // Sinks first: a missing token fails before the database is touched.
    this.sinks = createSinks(loaded.config.sinks, { env: deps.env ?? process.env, stdout: deps.stdout, timeoutMs: loaded.config.delivery.timeout });
    this.catalog = loadCatalog(path.join(bundledConfigDir, 'orgs.yaml'));
    this.db = openDatabase(loaded.config.database);
    try {
      this.lock = acquireLock(this.db, deps.command ?? 'labwatch');
    } catch (err) {
      this.db.close();
      throw err;
    }
    this.dispatcher = new Dispatcher(
      this.db,
      this.sinks,
      { ...DEFAULT_DISPATCH, maxAttempts: loaded.config.delivery.maxAttempts, deadAfter: loaded.config.delivery.deadAfter, retryBaseMs: loaded.config.delivery.retryBase },
      deps.log,
    );
  }

  get config(): Config {
    return this.loaded.config;
  }

  get log(): Logger {
    return this.deps.log;
  }

  /** Merges the config's sources and watchlist into the database (the CLI's and chat's own stay). */
  syncConfig(): void {
    const { config, sources } = this.loaded;
    this.db.transaction(() => {
      this.db.prepare("DELETE FROM watches WHERE origin = 'config'").run();
      for (const p of config.watchlist.people) upsertWatch(this.db, { kind: 'person', ...p, scope: CONFIG_SCOPE }, 'config');
      for (const o of config.watchlist.orgs) upsertWatch(this.db, { kind: 'org', ...o, scope: CONFIG_SCOPE }, 'config');
      const wanted = sources.map((s) => ({ url: s.url, name: s.name, language: s.language, intervalMs: s.interval, enabled: s.enabled, searchQuery: undefined as string | undefined }));
      if (config.search.perPerson) {
        for (const w of listWatches(this.db)) {
          if (w.kind !== 'person') continue;
          const query = personQuery(w.name, w.aliases);
          for (const language of config.search.languages) wanted.push({ url: newsSearchUrl(query, language), name: `News search: ${w.name} (${language})`, language, intervalMs: undefined, enabled: true, searchQuery: query });
        }
      }
      const urls = new Set(wanted.map((s) => s.url));
      for (const s of wanted) upsertSource(this.db, s, 'config');
      for (const s of listSources(this.db)) {
        if (s.origin === 'config' && !urls.has(s.url) && s.enabled) setSourceEnabled(this.db, s.url, false);
      }
    })();
  }

  /** The matcher for the current watchlist, rebuilt only when the watchlist changes. */
  matchContext(): MatchContext {
    const sig = this.db.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS m, coalesce(sum(length(aliases) + length(orgs) + strict), 0) AS s FROM watches').get() as { n: number; m: number; s: number };
    const signature = `${sig.n}:${sig.m}:${sig.s}`;
    if (this.context?.signature === signature) return this.context.ctx;
    const watches: Watch[] = listWatches(this.db);
    const configSinks = [...this.sinks.keys()];
    const index = buildMatchIndex(watches, this.catalog);
    const ctx: MatchContext = {
      index,
      watches,
      // The index's catalog also knows the watched orgs that the bundled catalog does not.
      catalog: index.catalog,
      routing: { minConfidence: this.config.matching.minConfidence, discover: this.config.matching.discover },
      windowMs: this.config.moves.window,
      destinations: (scope: Scope) => (scope === CONFIG_SCOPE ? configSinks : this.sinks.has(scope) ? [scope] : []),
    };
    this.context = { signature, ctx };
    return ctx;
  }

  pollOptions(): PollOptions {
    const c = this.config;
    return {
      fetch: { timeoutMs: c.fetch.timeout, maxBytes: c.fetch.maxBytes, maxRedirects: c.fetch.maxRedirects, userAgent: USER_AGENT },
      concurrency: c.fetch.concurrency,
      perHost: c.fetch.perHost,
      allowPrivateNetworks: c.fetch.allowPrivateNetworks,
      defaultIntervalMs: c.polling.interval,
      maxIntervalMs: c.polling.maxInterval,
      firstPollMaxAgeMs: c.polling.firstPollMaxAge,
      backoff: { ...DEFAULT_BACKOFF, maxFailures: c.polling.maxFailures },
    };
  }

  /** Polls sources (every enabled one with `all`, else the due ones), processes new items, queues alerts. */
  async cycle(all: boolean): Promise<CycleSummary> {
    const ctx = this.matchContext();
    const summary: CycleSummary = { sources: 0, failed: 0, newItems: 0, moves: 0, alerts: 0, followups: 0 };
    const budget = { left: this.config.fetch.fullTextPerCycle };
    const forgotten = forgetOldText(this.db, new Date(Date.now() - this.config.polling.keepText));
    if (forgotten) this.log.debug({ items: forgotten }, 'dropped the text of old items');
    // Items a stopped process had stored but not yet read come first.
    const leftOver = unprocessedItems(this.db);
    if (leftOver.length) {
      this.log.info({ items: leftOver.length }, `reading ${leftOver.length} item(s) stored before the last stop`);
      await this.readItems(leftOver, ctx, budget, summary, 'an earlier run');
    }
    const onSource = async (r: SourcePollResult) => {
      summary.sources++;
      if (r.status === 'failed') summary.failed++;
      if (r.disabled) await this.notify(`labwatch: source ${r.source.name} <${r.source.url}> was disabled (${r.disabled}). Re-enable it with "labwatch sources enable ${r.source.url}".`);
      summary.newItems += r.items.length;
      await this.readItems(r.items.filter((n) => n.alertable), ctx, budget, summary, r.source.name);
    };
    await pollDue(this.db, this.pollOptions(), this.log, onSource, new Date(), all);
    return summary;
  }

  /** Reads new items for moves: full text where worth it, then recognise, cluster and queue; each marked read. */
  private async readItems(items: { item: Item; duplicateOf: number | null }[], ctx: MatchContext, budget: { left: number }, summary: CycleSummary, from: string): Promise<void> {
    // A syndicated copy of a story already read joins its moves as a report, without being read again.
    const toRead: Item[] = [];
    for (const { item, duplicateOf } of items) {
      if (duplicateOf !== null && copyReports(this.db, duplicateOf, item.id, new Date()) > 0) markProcessed(this.db, item.id, new Date());
      else toRead.push(item);
    }
    // Summaries that name a watch or a move: match on the article itself (article URLs come from feeds: guarded).
    const fetchOpts = { ...this.pollOptions().fetch, allowPrivate: this.config.fetch.allowPrivateNetworks };
    for (const item of await enrichWithFullText(this.db, toRead, ctx.index, budget, fetchOpts, this.log)) {
      try {
        const res = processItem(this.db, ctx, item, new Date());
        summary.moves += res.moves.length;
        summary.alerts += res.alerts;
        summary.followups += res.followups;
        markProcessed(this.db, item.id, new Date());
      } catch (err) {
        const attempts = recordReadFailure(this.db, item.id);
        const giveUp = attempts >= MAX_READ_ATTEMPTS;
        if (giveUp) markProcessed(this.db, item.id, new Date());
        this.log.error(
          { item: item.url, attempts, err: (err as Error).message },
          giveUp ? `could not read an item from ${from} after ${attempts} tries; it stays stored, unread` : `could not read an item from ${from}; it is read again next cycle`,
        );
      }
    }
  }

  /** Tells the operator something (a source disabled) through every sink that takes notices. */
  async notify(text: string): Promise<void> {
    for (const sink of this.sinks.values()) {
      if (!sink.notice) continue;
      try {
        await sink.notice(text);
      } catch (err) {
        this.log.warn({ sink: sink.name, err: (err as Error).message }, 'could not send a notice');
      }
    }
  }

  async close(): Promise<void> {
    await this.dispatcher.stop();
    for (const s of this.sinks.values()) await s.close?.();
    this.lock.release();
    this.db.close();
  }
}
