import { describe, expect, it } from 'vitest';
import { schedule } from '../src/scheduler.js';
import { silentLogger } from '../src/log.js';
import { ConfigError } from '../src/errors.js';

describe('schedule', () => {
  it('runs at once, then on the schedule, and never overlaps a slow cycle', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const job = schedule(
      '* * * * * *',
      async () => {
        runs++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 1500));
        running--;
      },
      silentLogger(),
    );
    await new Promise((r) => setTimeout(r, 3500));
    await job.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(maxRunning).toBe(1);
  });

  it('rejects a bad cron expression with a one-line config error', () => {
    expect(() => schedule('every ten minutes', async () => undefined, silentLogger())).toThrow(ConfigError);
    expect(() => schedule('every ten minutes', async () => undefined, silentLogger())).toThrow('schedule: "every ten minutes" is not a cron expression (e.g. "*/10 * * * *")');
  });
});
