import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake answers one request. */
export type LlmReply =
  /** A chat completion whose message content is this text (JSON or not). */
  | { content: string }
  /** An HTTP error. */
  | { status: number; body?: string; headers?: Record<string, string> }
  /** A 200 whose body is this, as is (not a chat completion). */
  | { raw: string }
  /** Never answers. */
  | { hang: true };

export interface LlmRequest {
  path: string;
  authorization: string | undefined;
  body: { model: string; messages: { role: string; content: string }[]; response_format?: { type: string }; temperature?: number };
}

/** A local OpenAI-compatible server (POST /v1/chat/completions), answering as told, recording what it was asked. */
export class LlmServer {
  readonly requests: LlmRequest[] = [];
  private reply: (req: LlmRequest) => LlmReply = () => ({ content: '{"moves":[]}' });
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private readonly sockets = new Set<import('node:net').Socket>();
  port = 0;

  async start(): Promise<this> {
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** The base URL a client is configured with (before /chat/completions). */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  answer(reply: LlmReply | ((req: LlmRequest) => LlmReply)): this {
    this.reply = typeof reply === 'function' ? reply : () => reply;
    return this;
  }

  /** A completion listing these moves, as a model would write them. */
  static moves(moves: Record<string, unknown>[]): LlmReply {
    return { content: JSON.stringify({ moves }) };
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const request: LlmRequest = { path: req.url, authorization: req.headers.authorization, body: JSON.parse(data) as LlmRequest['body'] };
      this.requests.push(request);
      const r = this.reply(request);
      if ('hang' in r) return;
      if ('status' in r) {
        res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers }).end(r.body ?? '{"error":{"message":"failed"}}');
        return;
      }
      const body =
        'raw' in r
          ? r.raw
          : JSON.stringify({
              id: `chatcmpl-${this.requests.length}`,
              object: 'chat.completion',
              created: Math.floor(Date.now() / 1000),
              model: request.body.model,
              choices: [{ index: 0, message: { role: 'assistant', content: r.content }, finish_reason: 'stop' }],
              usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
            });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
