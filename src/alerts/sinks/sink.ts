import type { Alert } from '../../domain.js';
import { LabwatchError } from '../../errors.js';

/** What a sink needs besides the alert: the message a follow-up threads under. */
export interface SendContext {
  parentMessageId: string | null;
}

/** A place alerts go. `send` resolves with the platform's message id (or null), or throws a DeliveryError. */
export interface Sink {
  readonly name: string;
  /** Minimum time between two messages to this sink (Slack: one per second per channel). */
  readonly minIntervalMs: number;
  send(alert: Alert, ctx: SendContext): Promise<string | null>;
  /** Operator notices (a source disabled); best effort, not queued. Sinks without it get none. */
  notice?(text: string): Promise<void>;
  close?(): Promise<void>;
}

/**
 * A failed send, classified: 'retry' (5xx, timeout, network), 'rate-limited' (429, with
 * the wait the platform asked for), 'rejected' (4xx: 404 unknown webhook, 401/403 bad token;
 * `delivery.deadAfter` of them in a row mark the destination dead), 'gone' (the platform says
 * the channel is unusable: unknown, archived, bot not in it or removed, app uninstalled; a chat
 * channel pauses with its queue kept, a config sink counts it as rejected).
 */
export class DeliveryError extends LabwatchError {
  override name = 'DeliveryError';
  constructor(
    readonly kind: 'retry' | 'rate-limited' | 'rejected' | 'gone',
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}
