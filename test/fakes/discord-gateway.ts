import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A local Discord gateway that speaks enough for discord.js to connect: HELLO, IDENTIFY, READY
 * (no guilds, so the client is ready at once), heartbeats answered with ACKs, and dispatches
 * the test sends (INTERACTION_CREATE). No resume, no sharding, no compression.
 */
export class FakeGateway {
  private wss: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  private seq = 0;
  readonly identified: { token: string; intents: number }[] = [];
  heartbeats = 0;
  private ready: Promise<void> | null = null;
  private markReady: () => void = () => {};

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => this.wss!.once('listening', r));
    this.ready = new Promise((r) => (this.markReady = r));
    this.wss.on('connection', (socket) => {
      this.socket = socket;
      socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
      socket.on('message', (raw) => {
        const msg = JSON.parse(String(raw)) as { op: number; d: { token?: string; intents?: number } };
        if (msg.op === 1) {
          this.heartbeats++;
          socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
        }
        if (msg.op === 2) {
          this.identified.push({ token: msg.d.token ?? '', intents: msg.d.intents ?? 0 });
          this.dispatch('READY', {
            v: 10,
            user: { id: '42', username: 'labwatch', discriminator: '0', global_name: null, avatar: null, bot: true },
            guilds: [],
            session_id: 'fake-session',
            resume_gateway_url: this.url,
            application: { id: '42', flags: 0 },
          });
          this.markReady();
        }
      });
    });
    return this;
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.wss!.address() as AddressInfo).port}`;
  }

  /** Resolves once a client has identified and been sent READY. */
  whenReady(): Promise<void> {
    return this.ready!;
  }

  dispatch(t: string, d: unknown): void {
    this.socket?.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  async close(): Promise<void> {
    for (const c of this.wss?.clients ?? []) c.terminate();
    await new Promise<void>((r) => (this.wss ? this.wss.close(() => r()) : r()));
  }
}
