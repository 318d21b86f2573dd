import { parseRetryAfter } from '../../ingest/fetch.js';
import { DeliveryError } from './sink.js';

/** Maps a platform's HTTP answer to what the dispatcher should do. */
export function classifyStatus(status: number, retryAfter: string | null, body: string, where: string): DeliveryError {
  // A short excerpt: an HTML error page becomes its text, cut to one line.
  const detail = body
    .slice(0, 2_000)
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  const msg = `${where}: HTTP ${status}${detail ? ` ${detail}` : ''}`;
  if (status === 429) {
    let waitMs = parseRetryAfter(retryAfter ?? undefined);
    if (waitMs === null) {
      // Discord also says it in the body, in (fractional) seconds.
      const inBody = /"retry_after"\s*:\s*([\d.]+)/.exec(body)?.[1];
      waitMs = inBody ? Math.ceil(Number(inBody) * 1000) : null;
    }
    return new DeliveryError('rate-limited', msg, waitMs);
  }
  if (status >= 500) return new DeliveryError('retry', msg);
  return new DeliveryError('rejected', msg);
}

/** Network failures and timeouts are worth retrying. */
export function networkFailure(err: unknown, where: string): DeliveryError {
  const e = err as Error & { cause?: { code?: string } };
  const reason = e.name === 'TimeoutError' || e.name === 'AbortError' ? 'timed out' : (e.cause?.code ?? e.message);
  return new DeliveryError('retry', `${where}: ${reason}`);
}

/** The webhook URL without its secret part, for logs and errors. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    const parts = u.pathname.split('/');
    return `${u.origin}${parts.slice(0, Math.min(parts.length, 3)).join('/')}/…`;
  } catch {
    return '(webhook)';
  }
}
