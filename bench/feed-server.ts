/**
 * The benches' feed server, in its own process (so its CPU and memory are not the poller's):
 * `feeds` feeds spread over `hosts` loopback addresses (127.0.0.x), each answer `latency` ms late,
 * with ETags. The parent sends {bump: every} to change every n-th feed, and {count: true} for the
 * number of requests answered; the server replies with {urls}, {bumped}, {count}.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface Options {
  feeds: number;
  hosts: number;
  latency: number;
  items: number;
}

function feedBody(feed: number, version: number, items: number): string {
  const entries = Array.from({ length: items }, (_, i) => {
    const n = version * items + i;
    return `<item><title>Feed ${feed} story ${n}: a lab hires a researcher</title><link>https://feed${feed}.example/${n}</link><guid>f${feed}-${n}</guid><pubDate>${new Date(Date.now() - i * 3_600_000).toUTCString()}</pubDate><description><![CDATA[<p>Story ${n} of feed ${feed}. ${'Lorem ipsum dolor sit amet. '.repeat(20)}</p>]]></description></item>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>https://feed${feed}.example/</link>${entries}</channel></rss>`;
}

async function main(): Promise<void> {
  const o: Options = JSON.parse(process.argv[2] ?? '{}') as Options;
  const version = new Int32Array(o.feeds);
  let requests = 0;
  const urls: string[] = [];
  const servers: http.Server[] = [];
  for (let h = 0; h < o.hosts; h++) {
    const server = http.createServer((req, res) => {
      requests++;
      const feed = Number(/\/feed(\d+)\.xml/.exec(req.url ?? '')?.[1]);
      const etag = `"v${version[feed]}"`;
      setTimeout(() => {
        if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feedBody(feed, version[feed]!, o.items));
      }, o.latency);
    });
    server.keepAliveTimeout = 1;
    await new Promise<void>((r) => server.listen(0, `127.0.0.${h + 2}`, r));
    servers.push(server);
  }
  for (let f = 0; f < o.feeds; f++) {
    const { address, port } = servers[f % o.hosts]!.address() as AddressInfo;
    urls.push(`http://${address}:${port}/feed${f}.xml`);
  }
  process.on('message', (m: { bump?: number; count?: boolean }) => {
    if (m.bump) {
      for (let f = 0; f < o.feeds; f += m.bump) version[f]!++;
      process.send!({ bumped: true });
    }
    if (m.count) process.send!({ count: requests });
  });
  process.send!({ urls });
}

void main();
