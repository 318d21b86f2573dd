import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { FetchError } from './errors.js';

/** Whether an address is on the public internet (not loopback, private, link-local, metadata, reserved). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.range() === 'unicast';
}

/** Rejects a literal IP host that is not public; names are checked when they resolve (see guardedLookup). */
export function checkHost(hostname: string): void {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(bare) && !isPublicAddress(bare)) throw new FetchError('blocked', `refusing ${hostname}: not a public address`);
  if (/^(localhost|.*\.localhost|metadata\.google\.internal)$/i.test(bare)) throw new FetchError('blocked', `refusing ${hostname}: not a public address`);
}

/**
 * A dns.lookup that refuses names resolving to non-public addresses. It runs at
 * connect time, so a name that resolves differently the second time cannot slip through.
 */
export const guardedLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return (callback as (e: Error | null, a: string, f: number) => void)(err, '', 0);
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => !isPublicAddress(a.address));
    if (bad) {
      return (callback as (e: Error | null, a: string, f: number) => void)(new FetchError('blocked', `refusing ${hostname}: resolves to ${bad.address}, not a public address`), '', 0);
    }
    if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    const first = list[0]!;
    return (callback as (e: null, a: string, f: number) => void)(null, first.address, first.family);
  });
};
