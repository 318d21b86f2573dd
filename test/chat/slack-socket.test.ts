import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startChat } from '../../src/chat/start.js';
import { ChatServer } from '../fakes/chat-server.js';
import { testApp } from '../helpers/app.js';
import { slashCommand } from '../helpers/slack.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('the Slack app in Socket Mode', () => {
  it('connects through apps.connections.open, acks a slash command envelope and replies to it', async () => {
    const fake = await new ChatServer().start();
    cleanups.push(() => fake.close());
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    cleanups.push(() => new Promise((r) => wss.close(() => r())));
    await new Promise((r) => wss.once('listening', r));
    fake.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;

    const acks: Record<string, unknown>[] = [];
    // Slack says hello as soon as the client connects; the client's start() waits for it.
    const connected = new Promise<WebSocket>((resolve) =>
      wss.once('connection', (socket) => {
        socket.on('message', (data) => acks.push(JSON.parse(String(data)) as Record<string, unknown>));
        socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0LABWATCH' } }));
        resolve(socket);
      }),
    );
    const { app } = testApp({ sinks: [], slack: { apiUrl: fake.slackApiUrl() } });
    const chat = await startChat({ db: app.db, catalog: app.catalog, config: app.config }, { SLACK_APP_TOKEN: 'xapp-test-token', SLACK_BOT_TOKEN: 'xoxb-test-token' }, app.log);
    cleanups.push(async () => {
      await chat.stop();
      await app.close();
    });
    expect(chat.port).toBeNull(); // Socket Mode needs no public endpoint

    const socket = await connected;
    await chat.connected;
    socket.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: slashCommand('/watch', 'org OpenAI', { team: 'T0AAAA', channel: 'CAAAA' }, fake.responseUrl(1)),
      }),
    );
    const [reply] = await fake.waitFor('slack-response');
    expect(acks.some((a) => a.envelope_id === 'env-1')).toBe(true);
    expect(JSON.stringify(reply!.body)).toContain('Now watching');
  });

  it('an unreachable Slack neither blocks the start nor crashes the process: it is retried and logged', async () => {
    const fake = await new ChatServer().start();
    fake.socketUrl = 'ws://127.0.0.1:9/nothing-listens-here';
    cleanups.push(() => fake.close());
    const { app, lines } = testApp({ sinks: [], slack: { apiUrl: fake.slackApiUrl() } });
    const chat = await startChat({ db: app.db, catalog: app.catalog, config: app.config }, { SLACK_APP_TOKEN: 'xapp-test-token', SLACK_BOT_TOKEN: 'xoxb-test-token' }, app.log);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(lines.some((l) => l.level >= 50 && /WebSocket|Slack/i.test(l.msg))).toBe(true);
    await chat.stop();
    await app.close();
  });
});

describe('the chat port', () => {
  it('already in use is logged and the poller goes on', async () => {
    const http = await import('node:http');
    const busy = http.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => busy.close(() => r())));
    const port = (busy.address() as AddressInfo).port;
    const { app, lines } = testApp({ sinks: [], chat: { port, host: '127.0.0.1' } });
    const chat = await startChat({ db: app.db, catalog: app.catalog, config: app.config }, { SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-test-token' }, app.log);
    cleanups.push(async () => {
      await chat.stop();
      await app.close();
    });
    expect(chat.port).toBeNull();
    expect(lines.some((l) => /chat endpoints could not listen on 127\.0\.0\.1:\d+ \(.*EADDRINUSE/.test(l.msg))).toBe(true);
  });
});
