import { describe, expect, it } from 'vitest';
import { checkHost, guardedLookup, isPublicAddress } from '../../src/ingest/address-guard.js';
import { runLimited } from '../../src/ingest/limiter.js';

describe('address guard', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', 'fe80::1', '0.0.0.0', '100.64.0.1', '::ffff:127.0.0.1'])('%s is not public', (a) => {
    expect(isPublicAddress(a)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111'])('%s is public', (a) => {
    expect(isPublicAddress(a)).toBe(true);
  });

  it('refuses literal private hosts, including spelled-out forms the URL parser normalises', () => {
    for (const url of ['http://127.0.0.1/', 'http://2130706433/', 'http://0x7f.1/', 'http://[::1]/', 'http://169.254.169.254/latest', 'http://localhost:8080/', 'http://metadata.google.internal/']) {
      expect(() => checkHost(new URL(url).hostname), url).toThrow(/not a public address/);
    }
  });

  it('checks the address a name resolves to, at connect time', async () => {
    const err = await new Promise<Error | null>((resolve) => guardedLookup('localhost', {}, (e) => resolve(e)));
    expect(err?.message).toMatch(/refusing localhost: resolves to (127\.0\.0\.1|::1), not a public address/);
  });
});

describe('runLimited', () => {
  it('keeps within the global and the per-host limits', async () => {
    const running = new Map<string, number>();
    let total = 0;
    let maxTotal = 0;
    let maxPerHost = 0;
    const items = Array.from({ length: 30 }, (_, i) => ({ host: `h${i % 3}` }));
    await runLimited(
      items,
      (i) => i.host,
      4,
      2,
      async (i) => {
        total++;
        running.set(i.host, (running.get(i.host) ?? 0) + 1);
        maxTotal = Math.max(maxTotal, total);
        maxPerHost = Math.max(maxPerHost, running.get(i.host)!);
        await new Promise((r) => setTimeout(r, 5));
        total--;
        running.set(i.host, running.get(i.host)! - 1);
      },
    );
    expect(maxTotal).toBe(4);
    expect(maxPerHost).toBe(2);
  });
});
