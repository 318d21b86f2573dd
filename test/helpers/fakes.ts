import { afterEach, beforeEach } from 'vitest';
import { ChatServer } from '../fakes/chat-server.js';
import { FeedServer } from '../fakes/feed-server.js';

/** A fresh fake server for each test of the enclosing suite, closed after it; the getter returns the current one. */
export function useServer<T extends { close(): Promise<unknown> }>(start: () => Promise<T>): () => T {
  let server: T | null = null;
  beforeEach(async () => {
    server = await start();
  });
  afterEach(async () => {
    await server?.close();
    server = null;
  });
  return () => server!;
}

/** A fresh fake Slack/Discord and feed server for each test of the file, closed after it. */
export function useFakeServers(): { chat: () => ChatServer; feeds: () => FeedServer } {
  return { chat: useServer(() => new ChatServer().start()), feeds: useServer(() => new FeedServer().start()) };
}
