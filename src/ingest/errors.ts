import { LabwatchError } from '../errors.js';

/** Every way a fetch can fail, as a small closed set (one switch decides what each means for the source). */
export type FetchFailureKind =
  | 'timeout' // no answer, or no complete body, in time
  | 'too-large' // body past the size cap
  | 'blocked' // the address is private/loopback/metadata and the URL did not come from the operator
  | 'network' // DNS, refused, reset, TLS
  | 'redirects' // too many, or to a non-http scheme
  | 'gone' // 410: the feed is no more
  | 'rate-limited' // 429 / 503 with or without Retry-After
  | 'client' // other 4xx
  | 'server' // 5xx
  | 'unparsable'; // the body is not a feed

export class FetchError extends LabwatchError {
  override name = 'FetchError';
  constructor(
    readonly kind: FetchFailureKind,
    message: string,
    readonly status: number | null = null,
    /** How long the server asked us to wait (Retry-After), in ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}
