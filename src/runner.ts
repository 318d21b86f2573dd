import type { Logger } from 'pino';
import { App, type AppDeps } from './app.js';
import type { LoadedConfig } from './config/load.js';
import { acquireLock } from './db/lock.js';
import { enabledSourceCount } from './db/sources.js';
import { destinationStats } from './db/outbox.js';
import { LabwatchError } from './errors.js';
import { schedule } from './scheduler.js';
import { collectGarbage } from './heap-limits.js';

/**
 * Runs `fn` on an App that holds the database's poller lock: one poller and dispatcher per
 * database, so a second process never resends what the first has in flight.
 */
export async function withPoller<T>(loaded: LoadedConfig, deps: AppDeps, command: string, fn: (app: App) => Promise<T>): Promise<T> {
  const app = new App(loaded, deps);
  let lock;
  try {
    lock = acquireLock(app.db, command);
  } catch (err) {
    await app.close();
    throw err;
  }
  try {
    app.dispatcher.resumeInterrupted();
    return await fn(app);
  } finally {
    await app.dispatcher.stop();
    lock.release();
    await app.close();
  }
}

/** Syncs the config into the store and builds the matcher before the first poll, letting each phase's garbage go. */
function startUp(app: App): void {
  collectGarbage();
  app.syncConfig();
  collectGarbage();
  app.pipeline.matchContext();
  collectGarbage();
}

/**
 * `poll --once`: sync, poll every enabled source, deliver, and wait (at most
 * `delivery.drainTimeout`) for the outbox. Alerts still queued then (a failing, dead or paused
 * destination) make it fail with one line naming each destination and its count; they are kept.
 */
export async function pollOnce(app: App, log: Logger): Promise<void> {
  startUp(app);
  const summary = await app.cycle(true);
  await app.dispatcher.drain(app.config.delivery.drainTimeout);
  log.info(summary, `poll done: ${summary.sources} source(s), ${summary.newItems} new item(s), ${summary.alerts} alert(s), ${summary.followups} follow-up(s)`);
  const stuck = destinationStats(app.db).filter((d) => d.pending > 0);
  if (stuck.length) {
    const total = stuck.reduce((n, d) => n + d.pending, 0);
    const each = stuck.map((d) => `${d.name}: ${d.pending} (${d.dead ? `dead: ${d.reason ?? 'rejected'}` : d.paused ? `paused: ${d.paused}` : (d.lastError ?? 'still retrying')})`);
    throw new LabwatchError(`${total} alert(s) not delivered, kept for the next run: ${each.join('; ')}`);
  }
}

/** `run`: poll on the schedule, deliver, and answer chat commands until SIGINT/SIGTERM. */
export async function runForever(app: App, log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  startUp(app);
  // A chat SDK's background reconnect that gives up must not stop the poller: say so and go on.
  const onRejection = (err: unknown) =>
    log.error({ err: err instanceof Error ? err.message : String(err) }, `a background task failed: ${err instanceof Error ? err.message : String(err)}; labwatch keeps running`);
  process.on('unhandledRejection', onRejection);
  // Bolt and discord.js load only for `run`, which answers chat commands.
  const { startChat } = await import('./chat/start.js');
  const chat = await startChat({ db: app.db, catalog: app.catalog, config: app.config }, env, log);
  const sources = enabledSourceCount(app.db);
  log.info(
    { sources, sinks: [...app.sinks.keys()], schedule: app.config.schedule, database: app.config.database },
    `labwatch running: ${sources} source(s), schedule "${app.config.schedule}"; Ctrl-C to stop`,
  );
  app.dispatcher.start();
  const next = () => {
    const at = job.nextRun();
    return at ? `next poll ${at.toTimeString().slice(0, 5)} (in ${Math.max(1, Math.round((at.getTime() - Date.now()) / 60_000))}m)` : 'no next poll scheduled';
  };
  const job = schedule(
    app.config.schedule,
    async () => {
      const s = await app.cycle(false);
      log.info(s, `cycle: ${s.sources} source(s) polled, ${s.failed} failed, ${s.newItems} new item(s), ${s.alerts} alert(s); ${next()}`);
    },
    log,
  );
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info(`${signal}: stopping (queued alerts are kept)`);
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await job.stop();
  await chat.stop();
  process.off('unhandledRejection', onRejection);
}
