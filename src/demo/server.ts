import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_FEEDS } from './feeds.js';

/** Serves the demo feeds on 127.0.0.1 at a free port; returns their URLs. */
export async function startDemoServer(): Promise<{ urls: { url: string; name: string }[]; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const feed = DEMO_FEEDS.find((f) => f.path === req.url);
    if (!feed) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': feed.contentType }).end(feed.body(new Date()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urls: DEMO_FEEDS.map((f) => ({ url: `http://127.0.0.1:${port}${f.path}`, name: f.name })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
