import { createHash } from 'node:crypto';
import type { FeedEntry } from '../domain.js';
import type { EntryKeys } from '../db/items.js';
import { normalize } from '../text/normalize.js';

const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|spm|scm|from|share_token|ref|ref_src|ref_url|cmpid|igshid|_hsenc|_hsmi|yclid|wt\.mc_id|sr_share|xtor|ncid|ocid|cid)$/i;

/** The URL two outlets (or one outlet twice) would share: no tracking parameters, fragment, default port or case differences in scheme and host. */
export function canonicalUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  const keep = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k));
  keep.sort(([a], [b]) => a.localeCompare(b));
  u.search = keep.length ? `?${new URLSearchParams(keep).toString()}` : '';
  let path = u.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const host = u.hostname.toLowerCase().replace(/^(www|m|amp)\./, '');
  return `https://${host}${u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : ''}${path}${u.search}`;
}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

/** The key that makes an entry unique within its feed: guid, else link, else a hash of title and date. */
export function entryKey(e: FeedEntry): string {
  if (e.guid) return `guid:${e.guid}`;
  if (e.url) return `url:${e.url}`;
  return `hash:${sha1(`${e.title}\n${e.published?.toISOString() ?? ''}`)}`;
}

/**
 * A fingerprint of the story, equal across outlets that syndicate it: the normalised
 * title without the " - Publisher" an aggregator appends, script folded, punctuation dropped.
 */
export function storyFingerprint(title: string): string | null {
  const bare = title.replace(/\s+[-–—|]\s+[^-–—|]{2,60}$/, '');
  const folded = normalize(bare).text.replace(/[^\p{L}\p{N}]+/gu, '');
  if (folded.length < 12) return null;
  return sha1(folded).slice(0, 20);
}

/** Every key an entry is deduplicated by. */
export function entryKeys(e: FeedEntry): EntryKeys {
  return { key: entryKey(e), canonical: e.url ? canonicalUrl(e.url) : null, fingerprint: storyFingerprint(e.title) };
}
