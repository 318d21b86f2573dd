import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Answer 304 when If-None-Match carries this ETag (and send it with 200s). */
  etag?: string;
  lastModified?: string;
  /** Wait this long before answering (ms); Infinity never answers. */
  delayMs?: number;
  /** Custom handler, for anything the fields above cannot say. */
  handle?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

/** A local HTTP server that serves feeds the way real servers do, and counts what it was asked. */
export class FeedServer {
  readonly requests: SeenRequest[] = [];
  private readonly routes = new Map<string, FeedRoute>();
  private server = http.createServer((req, res) => this.handle(req, res));
  private readonly sockets = new Set<import('node:net').Socket>();
  port = 0;
  host = '127.0.0.1';

  /** Listens on a loopback address (127.0.0.2 stands in for a public host in redirect tests). */
  async start(host = '127.0.0.1'): Promise<this> {
    this.host = host;
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string): string {
    return `http://${this.host}:${this.port}${path}`;
  }

  route(path: string, route: FeedRoute): this {
    this.routes.set(path, route);
    return this;
  }

  count(path: string): number {
    return this.requests.filter((r) => r.path === path).length;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = req.url ?? '/';
    this.requests.push({ path, headers: req.headers });
    const route = this.routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const answer = () => {
      if (route.handle) return route.handle(req, res);
      if (route.etag && req.headers['if-none-match'] === route.etag) return res.writeHead(304, { etag: route.etag }).end();
      if (route.lastModified && req.headers['if-modified-since'] === route.lastModified) return res.writeHead(304).end();
      const headers: Record<string, string> = { 'content-type': 'application/rss+xml; charset=utf-8', ...route.headers };
      if (route.etag) headers.etag = route.etag;
      if (route.lastModified) headers['last-modified'] = route.lastModified;
      res.writeHead(route.status ?? 200, headers).end(route.body ?? '');
    };
    if (route.delayMs === Infinity) return;
    if (route.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
