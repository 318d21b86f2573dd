import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface ChatServer {
  port: number;
  close(): Promise<void>;
}

/**
 * One HTTP server on `chat.port` for every platform's endpoints, routed by path prefix
 * (`/slack/` to Bolt's receiver, `/discord/interactions` to ours); anything else is 404.
 */
export async function startChatServer(port: number, host: string, routes: { prefix: string; handle: Handler }[], log: Logger): Promise<ChatServer> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const route = routes.find((r) => path.startsWith(r.prefix));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      route.handle(req, res);
    } catch (err) {
      log.error({ path, err: (err as Error).message }, 'chat endpoint failed');
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  log.info({ port: bound, routes: routes.map((r) => r.prefix) }, `chat endpoints listening on ${host}:${bound}`);
  return {
    port: bound,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/**
 * Refuses a signed request whose timestamp is further than `skewS` seconds from now, in either
 * direction (Bolt checks only the past; a future one could be replayed for as long as it says).
 */
export function freshTimestamp(header: string | string[] | undefined, skewS: number, now: number = Date.now()): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  const ts = Number(value);
  return Number.isFinite(ts) && Math.abs(now / 1000 - ts) <= skewS;
}
