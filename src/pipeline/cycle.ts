import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { Db } from '../db/open.js';
import { forgetOldText, unprocessedItems } from '../db/items.js';
import { destinationsOfChannel, listChannels } from '../db/channels.js';
import { allOrgWatches, eachWatch, watchesById, watchlistVersion } from '../db/watches.js';
import { allMutes } from '../db/feedback.js';
import { USER_AGENT } from '../ingest/fetch.js';
import { pollDue, type PollOptions, type SourcePollResult } from '../ingest/poller.js';
import { DEFAULT_BACKOFF } from '../ingest/schedule.js';
import type { OrgCatalog } from '../match/catalog.js';
import { buildMatchIndex } from '../match/watch-index.js';
import type { ChannelId, PersonWatch } from '../domain.js';
import type { MatchContext } from './plan.js';
import { readItems, type ReadDeps, type ReadTally } from './read.js';
import type { ModelReader } from './llm-reader.js';

export interface CycleSummary extends ReadTally {
  sources: number;
  failed: number;
  newItems: number;
}

export interface PipelineDeps {
  db: Db;
  config: Config;
  catalog: OrgCatalog;
  /** Names of the config's sinks: where the operator's watches route. */
  configSinks: readonly string[];
  log: Logger;
  /** Tells the operator something (a source disabled). */
  notify: (text: string) => Promise<void>;
  /** Alerts were queued (wakes the dispatcher). */
  onQueued?: () => void;
  /** The optional language-model reader (config `llm:`). */
  model?: ModelReader;
}

/** The poller's fetch settings from the config. */
export function pollOptions(c: Config): PollOptions {
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

/** Builds what reading needs from every channel's watches and the catalog. */
export function buildMatchContext(db: Db, config: Config, catalog: OrgCatalog, configSinks: readonly string[]): MatchContext {
  const index = buildMatchIndex(eachWatch(db), catalog);
  const channels = new Map(listChannels(db).map((c) => [c.id, destinationsOfChannel(c, configSinks)]));
  // Person watches are read back when a move names one: none is kept once the index is built.
  const orgs = allOrgWatches(db);
  const people = (key: string): PersonWatch[] => {
    const ids = index.watchIds.get(key);
    if (ids === undefined) return [];
    return watchesById(db, typeof ids === 'number' ? [ids] : ids).filter((w): w is PersonWatch => w.kind === 'person');
  };
  return {
    index,
    watches: { orgs, people },
    // The index's catalog also knows the watched orgs that the bundled catalog does not.
    catalog: index.catalog,
    routing: { minConfidence: config.matching.minConfidence, discover: config.matching.discover, mutes: allMutes(db) },
    windowMs: config.moves.window,
    destinations: (channel: ChannelId) => channels.get(channel) ?? [],
  };
}

/** One poll cycle: sync, poll, read, plan, commit. The matcher is rebuilt only when a watch changed. */
export class Pipeline {
  private context: { version: string; ctx: MatchContext } | null = null;

  constructor(private readonly deps: PipelineDeps) {}

  matchContext(): MatchContext {
    const { db, config, catalog, configSinks } = this.deps;
    const version = watchlistVersion(db);
    if (this.context?.version !== version) this.context = { version, ctx: buildMatchContext(db, config, catalog, configSinks) };
    return this.context.ctx;
  }

  /** Polls sources (every enabled one with `all`, else the due ones), reads new items, queues alerts. */
  async cycle(all: boolean): Promise<CycleSummary> {
    const { db, config, log } = this.deps;
    const ctx = this.matchContext();
    const summary: CycleSummary = { sources: 0, failed: 0, newItems: 0, moves: 0, alerts: 0, followups: 0 };
    const budget = { left: config.fetch.fullTextPerCycle };
    const opts = pollOptions(config);
    const read: ReadDeps = {
      db,
      log,
      fetch: { ...opts.fetch, allowPrivate: config.fetch.allowPrivateNetworks },
      onQueued: this.deps.onQueued,
      ...(this.deps.model ? { model: { reader: this.deps.model, budget: { left: config.llm?.perCycle ?? 0 } } } : {}),
    };
    const forgotten = forgetOldText(db, new Date(Date.now() - config.polling.keepText));
    if (forgotten) log.debug({ items: forgotten }, 'dropped the text of old items');
    // Items a stopped process had stored but not yet read come first.
    const leftOver = unprocessedItems(db);
    if (leftOver.length) {
      log.info({ items: leftOver.length }, `reading ${leftOver.length} item(s) stored before the last stop`);
      await readItems(read, leftOver, ctx, budget, summary, 'an earlier run');
    }
    const onSource = async (r: SourcePollResult) => {
      summary.sources++;
      if (r.status === 'failed') summary.failed++;
      if (r.disabled) await this.deps.notify(`labwatch: source ${r.source.name} <${r.source.url}> was disabled (${r.disabled}). Re-enable it with "labwatch sources enable ${r.source.url}".`);
      summary.newItems += r.items.length;
      await readItems(
        read,
        r.items.filter((n) => n.alertable),
        ctx,
        budget,
        summary,
        r.source.name,
      );
    };
    await pollDue(db, opts, log, onSource, new Date(), all);
    return summary;
  }
}
