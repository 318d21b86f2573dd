import cron from 'node-cron';
import type { Logger } from 'pino';
import { ConfigError } from './errors.js';

export interface Scheduled {
  /** When the next cycle is due, or null. */
  nextRun(): Date | null;
  stop(): Promise<void>;
}

/**
 * Runs `job` on a cron schedule; a run still going when the next is due is skipped
 * (not queued), so a slow cycle never overlaps itself.
 */
export function schedule(expression: string, job: () => Promise<void>, log: Logger): Scheduled {
  if (!cron.validate(expression)) throw new ConfigError(`schedule: "${expression}" is not a cron expression (e.g. "*/10 * * * *")`);
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) {
      log.warn('previous poll cycle still running; skipping this one');
      return;
    }
    running = job()
      .catch((err: Error) => log.error({ err: err.message }, 'poll cycle failed'))
      .finally(() => {
        running = null;
      });
  };
  const task = cron.schedule(expression, tick, { noOverlap: true });
  tick();
  return {
    nextRun: () => task.getNextRun(),
    async stop() {
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
