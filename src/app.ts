import path from 'node:path';
import type { Logger } from 'pino';
import type { LoadedConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { openDatabase, type Db } from './db/open.js';
import { loadCatalog, type OrgCatalog } from './match/catalog.js';
import { bundledConfigDir } from './paths.js';
import { Pipeline, type CycleSummary } from './pipeline/cycle.js';
import { syncConfig } from './pipeline/sync.js';
import { ModelReader, modelEndpoint } from './pipeline/llm-reader.js';
import { Dispatcher, DEFAULT_DISPATCH } from './alerts/dispatcher.js';
import { DestinationResolver } from './alerts/destinations.js';
import type { Sink } from './alerts/sinks/sink.js';
import { createChatSink, createSinks } from './alerts/sinks/create.js';

export type { CycleSummary };

export interface AppDeps {
  log: Logger;
  /** Where the console sink writes (tests capture it). */
  stdout?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** The composition root: database, sinks, destinations, dispatcher and pipeline, built from one config. Wiring only. */
export class App {
  readonly db: Db;
  readonly catalog: OrgCatalog;
  readonly sinks: Map<string, Sink>;
  readonly destinations: DestinationResolver;
  readonly dispatcher: Dispatcher;
  readonly pipeline: Pipeline;
  private synced = false;

  constructor(
    readonly loaded: LoadedConfig,
    readonly deps: AppDeps,
  ) {
    const config = loaded.config;
    const env = deps.env ?? process.env;
    // Sinks first: a missing token fails before the database is touched.
    this.sinks = createSinks(config.sinks, { env, stdout: deps.stdout, timeoutMs: config.delivery.timeout });
    this.catalog = loadCatalog(path.join(bundledConfigDir, 'orgs.yaml'));
    this.db = openDatabase(config.database);
    const envTokens = { slack: env.SLACK_BOT_TOKEN?.trim() || undefined, discord: env.DISCORD_TOKEN?.trim() || undefined };
    this.destinations = new DestinationResolver(this.db, this.sinks, envTokens, createChatSink(config));
    this.dispatcher = new Dispatcher(
      this.db,
      (name) => this.destinations.resolve(name),
      { ...DEFAULT_DISPATCH, maxAttempts: config.delivery.maxAttempts, deadAfter: config.delivery.deadAfter, retryBaseMs: config.delivery.retryBase },
      deps.log,
      (destination, reason) => void this.notify(`labwatch: alerts for ${destination} are paused (${reason}); they stay queued and go out when the app is back in that channel.`),
    );
    this.pipeline = new Pipeline({
      db: this.db,
      config,
      catalog: this.catalog,
      configSinks: [...this.sinks.keys()],
      log: deps.log,
      notify: (text) => this.notify(text),
      onQueued: () => this.dispatcher.wake(),
      ...(config.llm?.enabled ? { model: new ModelReader({ endpoint: modelEndpoint(config.llm, env), maxChars: config.llm.maxChars, db: this.db, log: deps.log }) } : {}),
    });
  }

  get config(): Config {
    return this.loaded.config;
  }

  get log(): Logger {
    return this.deps.log;
  }

  /**
   * Merges the config's sources and watchlist into the database (the CLI's and chat's own stay), once. The
   * App owns its config: the people of the watchlist and the sources are let go after the sync, since
   * nothing reads them again, and 50,000 watched people are about 15 MB of heap for the life of the process.
   */
  syncConfig(): void {
    if (this.synced) return;
    syncConfig(this.db, this.loaded);
    this.synced = true;
    this.loaded.config.watchlist.people = [];
    this.loaded.config.sources = [];
    this.loaded.sources = [];
  }

  cycle(all: boolean): Promise<CycleSummary> {
    return this.pipeline.cycle(all);
  }

  /** Tells the operator something (a source disabled, a channel paused) through every sink that takes notices. */
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
    await this.destinations.close();
    this.db.close();
  }
}
