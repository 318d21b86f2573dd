import { afterEach, beforeEach } from 'vitest';
import { ChatServer } from '../fakes/chat-server.js';
import { FeedServer } from '../fakes/feed-server.js';

/** A fresh fake Slack/Discord and feed server for each test of the file, closed after it. */
export function useFakeServers(): { chat: () => ChatServer; feeds: () => FeedServer } {
  let chat: ChatServer | null = null;
  let feeds: FeedServer | null = null;
  beforeEach(async () => {
    chat = await new ChatServer().start();
    feeds = await new FeedServer().start();
  });
  afterEach(async () => {
    await chat?.close();
    await feeds?.close();
  });
  return { chat: () => chat!, feeds: () => feeds! };
}
