import type { Logger } from 'pino';
import type { Db } from '../db/open.js';
import {
  dueDeliveries,
  nextDue,
  markDead,
  markRateLimited,
  markRetry,
  markSending,
  markSent,
  parentMessageId,
  pendingCount,
  recordClientError,
  recordDestinationSuccess,
  resumeInterrupted,
  type Delivery,
} from '../db/outbox.js';
import { pauseDestination } from '../db/channels.js';
import { parseChatDestination } from '../domain.js';
import type { Resolved } from './destinations.js';
import { DeliveryError } from './sinks/sink.js';

export interface DispatcherOptions {
  maxAttempts: number;
  /** Client errors (4xx) in a row before a destination is marked dead. */
  deadAfter: number;
  retryBaseMs: number;
  retryCapMs: number;
}

export const DEFAULT_DISPATCH: DispatcherOptions = { maxAttempts: 10, deadAfter: 3, retryBaseMs: 2_000, retryCapMs: 10 * 60_000 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends the outbox: one message in flight per destination (so order holds and a crash can
 * repeat at most one), retries with backoff, honours rate limits, gives up on dead destinations.
 */
export class Dispatcher {
  private readonly lastSentAt = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  private tick: (() => void) | null = null;
  private woken = false;

  constructor(
    private readonly db: Db,
    private readonly resolve: (destination: string) => Resolved,
    private readonly opts: DispatcherOptions,
    private readonly log: Logger,
    /** Told when a chat destination pauses (to notify the operator). */
    private readonly onPause: (destination: string, reason: string) => void = () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Rows a process that died mid-send left 'sending' go out again. Only the lock holder may call this. */
  resumeInterrupted(): void {
    const resumed = resumeInterrupted(this.db);
    if (resumed) this.log.warn({ resumed }, `resuming ${resumed} delivery(ies) interrupted by a stop; each may arrive twice if the platform had received it`);
  }

  private pause(destination: string, reason: string): void {
    pauseDestination(this.db, destination, reason, this.now());
    this.log.warn({ destination, reason }, `paused ${destination}: ${reason}; its alerts stay queued until the app is back in that channel`);
    this.onPause(destination, reason);
  }

  /** Sends every delivery due now; returns how many were attempted. */
  runOnce(): Promise<number> {
    this.running ??= this.sendDue().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Every destination with work due drains it in order, one message in flight each, all at once. */
  private async sendDue(): Promise<number> {
    const heads = dueDeliveries(this.db, this.now());
    const sent = await Promise.all(heads.map((d) => this.drainDestination(d)));
    return sent.reduce((a, b) => a + b, 0);
  }

  /** Sends a destination's due rows one after another (at its own pace) until one fails or none is due. */
  private async drainDestination(first: Delivery): Promise<number> {
    let next: Delivery | null = first;
    let attempted = 0;
    while (next && !this.stopped) {
      attempted++;
      if (!(await this.deliver(next))) break;
      next = nextDue(this.db, next.destination, this.now());
    }
    return attempted;
  }

  /** Sends one row; true when it went out. */
  private async deliver(d: Delivery): Promise<boolean> {
    const resolved = this.resolve(d.destination);
    if (resolved.kind === 'unknown') {
      markDead(this.db, d.id, `no sink named "${d.destination}" in the config`);
      this.log.error({ destination: d.destination, move: d.moveId }, `dropping an alert for "${d.destination}": no such sink in the config any more`);
      return false;
    }
    if (resolved.kind === 'unavailable') {
      this.pause(d.destination, resolved.reason);
      return false;
    }
    const sink = resolved.sink;
    const wait = (this.lastSentAt.get(sink.name) ?? 0) + sink.minIntervalMs - Date.now();
    if (wait > 0) await sleep(wait);
    markSending(this.db, d.id);
    const parent = d.followup ? parentMessageId(this.db, d.moveId, d.destination) : null;
    try {
      const messageId = await sink.send(d.alert, { parentMessageId: parent });
      this.lastSentAt.set(sink.name, Date.now());
      markSent(this.db, d.id, messageId, this.now());
      recordDestinationSuccess(this.db, d.destination);
      return true;
    } catch (err) {
      this.lastSentAt.set(sink.name, Date.now());
      this.fail(d, err instanceof DeliveryError ? err : new DeliveryError('retry', (err as Error).message));
      return false;
    }
  }

  private fail(d: Delivery, err: DeliveryError): void {
    const now = this.now();
    const ctx = { destination: d.destination, move: d.moveId, attempt: d.attempts + 1 };
    switch (err.kind) {
      case 'gone':
        if (parseChatDestination(d.destination)) {
          markRateLimited(this.db, d.id, err.message, now);
          this.pause(d.destination, err.message);
          return;
        }
      // A config sink's channel is the operator's to fix: counted like any rejection.
      // falls through
      case 'rejected':
        if (recordClientError(this.db, d.destination, err.message, this.opts.deadAfter, now)) {
          markRetry(this.db, d.id, err.message, now);
          this.log.error(
            ctx,
            `destination ${d.destination} marked dead after ${this.opts.deadAfter} rejections in a row (${err.message}); its alerts stay queued: fix the sink and run "labwatch sinks revive ${d.destination}"`,
          );
          return;
        }
        break;
      case 'rate-limited': {
        const waitMs = err.retryAfterMs ?? 1_000;
        markRateLimited(this.db, d.id, err.message, new Date(now.getTime() + waitMs));
        this.log.warn({ ...ctx, waitMs }, `rate limited by ${d.destination}; retrying in ${Math.ceil(waitMs / 1000)}s`);
        return;
      }
      case 'retry':
        break;
    }
    if (d.attempts + 1 >= this.opts.maxAttempts) {
      markDead(this.db, d.id, err.message);
      this.log.error(ctx, `giving up on an alert for ${d.destination} after ${d.attempts + 1} attempts: ${err.message}`);
      return;
    }
    const backoff = Math.min(this.opts.retryCapMs, this.opts.retryBaseMs * 2 ** d.attempts) * (0.8 + Math.random() * 0.4);
    markRetry(this.db, d.id, err.message, new Date(now.getTime() + backoff));
    this.log.warn({ ...ctx, retryInMs: Math.round(backoff) }, `delivery to ${d.destination} failed: ${err.message}`);
  }

  /** Sends until nothing is pending (waiting out retries and rate limits), or until `timeoutMs`. Returns what is left. */
  async drain(timeoutMs = 10 * 60_000): Promise<number> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      await this.runOnce();
      const left = pendingCount(this.db);
      if (left === 0 || Date.now() >= until || this.stopped) return left;
      await sleep(100);
    }
  }

  /** Keeps sending in the background: at once when woken (an alert was queued), else every `everyMs` (retries). */
  start(everyMs = 1_000): void {
    this.tick = () => {
      if (this.stopped) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.woken = false;
      this.runOnce()
        .catch((err: Error) => this.log.error({ err: err.message }, 'dispatcher error'))
        .finally(() => {
          if (this.stopped) return;
          if (this.woken) this.tick?.();
          else this.timer = setTimeout(() => this.tick?.(), everyMs);
        });
    };
    this.tick();
  }

  /** Something was queued: send now rather than at the next tick (a pass under way runs once more). */
  wake(): void {
    if (!this.tick || this.stopped) return;
    if (this.running) this.woken = true;
    else this.tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
