import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { checkHost, guardedLookup, isPublicAddress } from './address-guard.js';
import { FetchError } from './errors.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Operator-written URLs may reach private networks; URLs from chat or feeds may not. */
  allowPrivate: boolean;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** Which connected addresses count as public (the seam tests use to stand a loopback host in for a public one). */
  isPublic?: (address: string) => boolean;
}

export type FetchResult = { kind: 'not-modified' } | { kind: 'ok'; body: Buffer; contentType: string | null; etag: string | null; lastModified: string | null; url: string };

export const USER_AGENT = 'labwatch/0.1 (+https://github.com/labwatch/labwatch; personnel-move alerts)';

/** Retry-After as milliseconds: seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function statusError(status: number, headers: http.IncomingHttpHeaders, url: string): FetchError {
  const retry = parseRetryAfter(headers['retry-after'] as string | undefined);
  if (status === 410) return new FetchError('gone', `${url}: 410 Gone`, status);
  if (status === 429 || status === 503) return new FetchError('rate-limited', `${url}: ${status}${retry !== null ? `, retry after ${Math.round(retry / 1000)}s` : ''}`, status, retry);
  if (status >= 500) return new FetchError('server', `${url}: server error ${status}`, status);
  return new FetchError('client', `${url}: HTTP ${status}`, status);
}

function decoded(res: http.IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (enc === 'deflate') return res.pipe(zlib.createInflate());
  if (enc === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

function networkError(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  const e = err as NodeJS.ErrnoException;
  return new FetchError('network', `${url}: ${e.code ?? e.message}`);
}

function requestOnce(url: URL, opts: FetchOptions, deadline: number): Promise<{ res: http.IncomingMessage; req: http.ClientRequest }> {
  return new Promise((resolve, reject) => {
    if (!opts.allowPrivate) checkHost(url.hostname);
    const headers: Record<string, string> = {
      'user-agent': opts.userAgent,
      'accept-encoding': 'gzip, deflate, br',
      accept: opts.accept ?? 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, {
      method: 'GET',
      headers,
      lookup: opts.allowPrivate ? undefined : guardedLookup,
      timeout: Math.max(1, deadline - Date.now()),
    });
    // The socket timeout only notices silence; a server trickling its headers needs a real deadline.
    const timer = setTimeout(() => req.destroy(new FetchError('timeout', `${url.href}: no answer within ${opts.timeoutMs} ms`)), Math.max(1, deadline - Date.now()));
    req.on('timeout', () => req.destroy(new FetchError('timeout', `${url.href}: no answer within ${opts.timeoutMs} ms`)));
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(networkError(err, url.href));
    });
    req.on('response', (res) => {
      clearTimeout(timer);
      resolve({ res, req });
    });
    req.end();
  });
}

/**
 * GETs a URL politely: conditional headers, a total deadline, a size cap enforced while
 * the body streams, bounded redirects (each hop re-checked), gzip/deflate/br.
 */
export async function fetchUrl(rawUrl: string, opts: FetchOptions): Promise<FetchResult> {
  const deadline = Date.now() + opts.timeoutMs;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new FetchError('client', `${rawUrl}: not a valid URL`);
  }
  // Only the URL the operator wrote may be private: once a hop lands on a public address,
  // later redirects are held to the guard like any URL from a feed.
  let allowPrivate = opts.allowPrivate;
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('redirects', `${url.href}: only http(s) URLs can be fetched`);
    const { res, req } = await requestOnce(url, { ...opts, allowPrivate }, deadline);
    const remote = req.socket?.remoteAddress;
    if (allowPrivate && remote && (opts.isPublic ?? isPublicAddress)(remote)) allowPrivate = false;
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304) {
      res.resume();
      const location = res.headers.location;
      if (!location) throw new FetchError('server', `${url.href}: ${status} without a Location`, status);
      if (hop >= opts.maxRedirects) throw new FetchError('redirects', `${rawUrl}: more than ${opts.maxRedirects} redirects`);
      url = new URL(location, url);
      continue;
    }
    if (status === 304) {
      res.resume();
      return { kind: 'not-modified' };
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw statusError(status, res.headers, url.href);
    }
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > opts.maxBytes) {
      req.destroy();
      throw new FetchError('too-large', `${url.href}: body of ${declared} bytes is over the ${opts.maxBytes}-byte limit`);
    }
    const body = await readCapped(res, req, url.href, opts, deadline);
    return {
      kind: 'ok',
      body,
      contentType: (res.headers['content-type'] as string | undefined) ?? null,
      etag: (res.headers.etag as string | undefined) ?? null,
      lastModified: (res.headers['last-modified'] as string | undefined) ?? null,
      url: url.href,
    };
  }
}

function readCapped(res: http.IncomingMessage, req: http.ClientRequest, url: string, opts: FetchOptions, deadline: number): Promise<Buffer> {
  const stream = decoded(res);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => fail(new FetchError('timeout', `${url}: body not complete within ${opts.timeoutMs} ms`)), Math.max(1, deadline - Date.now()));
    const fail = (err: FetchError) => {
      clearTimeout(timer);
      req.destroy();
      stream.destroy();
      reject(err);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > opts.maxBytes) return fail(new FetchError('too-large', `${url}: body over the ${opts.maxBytes}-byte limit`));
      chunks.push(chunk);
    });
    stream.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    const onError = (err: Error) => fail(err instanceof FetchError ? err : new FetchError('network', `${url}: ${(err as NodeJS.ErrnoException).code ?? err.message}`));
    stream.on('error', onError);
    // pipe() does not pass on a dropped connection to the decompressor: watch the response itself.
    if (stream !== res) {
      res.on('error', onError);
      res.on('close', () => {
        if (!res.complete) onError(new Error('the connection closed before the body was complete'));
      });
    }
  });
}
