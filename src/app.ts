import path from 'node:path';
import type { Logger } from 'pino';
import type { LoadedConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { CONFIG_SCOPE, type Scope, type Watch } from './domain.js';
import { openDatabase, type Db } from './db/open.js';
import { listSources, setSourceEnabled, upsertSource } from './db/sources.js';
import { listWatches, upsertWatch } from './db/watches.js';
import { loadCatalog, type OrgCatalog } from './match/catalog.js';
import { buildMatchIndex } from './match/watch-index.js';
import { bundledConfigDir } from './paths.js';
import { pollDue, type PollOptions, type SourcePollResult } from './ingest/poller.js';
import { USER_AGENT } from './ingest/fetch.js';
import { DEFAULT_BACKOFF } from './ingest/schedule.js';
import { processItem, type MatchContext } from './pipeline/process.js';
import { Dispatcher, DEFAULT_DISPATCH } from './alerts/dispatcher.js';
import type { Sink } from './alerts/sinks/sink.js';
import { createSinks } from './alerts/sinks/create.js';

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
}

/** The composition root: database, watchlist, pipeline and sinks, built from one config. */
export class App {
  readonly db: Db;
  readonly catalog: OrgCatalog;
  readonly sinks: Map<string, Sink>;
  readonly dispatcher: Dispatcher;
  private context: { signature: string; ctx: MatchContext } | null = null;

  constructor(
    readonly loaded: LoadedConfig,
    readonly deps: AppDeps,
  ) {
    this.db = openDatabase(loaded.config.database);
    this.catalog = loadCatalog(path.join(bundledConfigDir, 'orgs.yaml'));
    this.sinks = createSinks(loaded.config.sinks, { env: deps.env ?? process.env, stdout: deps.stdout, timeoutMs: loaded.config.delivery.timeout });
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
      const urls = new Set(sources.map((s) => s.url));
      for (const s of sources) upsertSource(this.db, { url: s.url, name: s.name, language: s.language, intervalMs: s.interval, enabled: s.enabled }, 'config');
      for (const s of listSources(this.db)) {
        if (s.origin === 'config' && !urls.has(s.url) && s.enabled) setSourceEnabled(this.db, s.url, false);
      }
      this.db.prepare("DELETE FROM watches WHERE origin = 'config'").run();
      for (const p of config.watchlist.people) upsertWatch(this.db, { kind: 'person', ...p, scope: CONFIG_SCOPE }, 'config');
      for (const o of config.watchlist.orgs) upsertWatch(this.db, { kind: 'org', ...o, scope: CONFIG_SCOPE }, 'config');
    })();
  }

  /** The matcher for the current watchlist, rebuilt only when the watchlist changes. */
  matchContext(): MatchContext {
    const sig = this.db.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS m, coalesce(sum(length(aliases) + length(orgs) + strict), 0) AS s FROM watches').get() as { n: number; m: number; s: number };
    const signature = `${sig.n}:${sig.m}:${sig.s}`;
    if (this.context?.signature === signature) return this.context.ctx;
    const watches: Watch[] = listWatches(this.db);
    const configSinks = [...this.sinks.keys()];
    const ctx: MatchContext = {
      index: buildMatchIndex(watches, this.catalog),
      watches,
      catalog: this.catalog,
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
      defaultIntervalMs: c.polling.interval,
      firstPollMaxAgeMs: c.polling.firstPollMaxAge,
      backoff: { ...DEFAULT_BACKOFF, maxFailures: c.polling.maxFailures },
    };
  }

  /** Polls sources (every enabled one with `all`, else the due ones), processes new items, queues alerts. */
  async cycle(all: boolean): Promise<CycleSummary> {
    const ctx = this.matchContext();
    const summary: CycleSummary = { sources: 0, failed: 0, newItems: 0, moves: 0, alerts: 0, followups: 0 };
    const onSource = (r: SourcePollResult) => {
      summary.sources++;
      if (r.status === 'failed') summary.failed++;
      summary.newItems += r.items.length;
      for (const { item, alertable } of r.items) {
        if (!alertable) continue;
        try {
          const res = processItem(this.db, ctx, item, new Date());
          summary.moves += res.moves.length;
          summary.alerts += res.alerts;
          summary.followups += res.followups;
        } catch (err) {
          this.log.error({ item: item.url, err: (err as Error).message }, `could not process an item from ${r.source.name}; it stays stored`);
        }
      }
    };
    await pollDue(this.db, this.pollOptions(), this.log, onSource, new Date(), all);
    return summary;
  }

  async close(): Promise<void> {
    await this.dispatcher.stop();
    for (const s of this.sinks.values()) await s.close?.();
    this.db.close();
  }
}
