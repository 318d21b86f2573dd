import type { FetchFailureKind } from './errors.js';

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  maxFailures: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5 * 60_000, capMs: 24 * 3_600_000, maxFailures: 11 };

/** What a failure means for the source: when to try again, and whether to give up. */
export interface FailurePlan {
  retryInMs: number;
  disable: string | null;
}

/**
 * Exponential backoff with jitter: the larger of the source's interval and 5 minutes, doubled
 * per failure in a row, up to a cap; Retry-After wins; 410 and a long run of failures disable.
 */
export function planAfterFailure(kind: FetchFailureKind, failures: number, retryAfterMs: number | null, intervalMs: number, policy: BackoffPolicy, random: () => number = Math.random): FailurePlan {
  if (kind === 'gone') return { retryInMs: policy.capMs, disable: 'the feed answered 410 Gone' };
  if (failures >= policy.maxFailures) return { retryInMs: policy.capMs, disable: `${failures} failure${failures === 1 ? '' : 's'} in a row` };
  if (kind === 'rate-limited' && retryAfterMs !== null) return { retryInMs: Math.max(retryAfterMs, intervalMs), disable: null };
  const exp = Math.min(policy.capMs, Math.max(policy.baseMs, intervalMs) * 2 ** Math.max(0, failures - 1));
  const jitter = 0.9 + random() * 0.2;
  return { retryInMs: Math.round(exp * jitter), disable: null };
}

/**
 * The next interval for a source that answered: its own interval while it changes,
 * growing by half for each poll in a row with nothing new, up to the ceiling.
 */
export function adaptiveInterval(intervalMs: number, unchangedPolls: number, ceilingMs: number): number {
  if (unchangedPolls <= 0) return intervalMs;
  return Math.round(Math.max(intervalMs, Math.min(ceilingMs, intervalMs * 1.5 ** unchangedPolls)));
}
