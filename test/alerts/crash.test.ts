import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatServer } from '../fakes/chat-server.js';
import { FeedServer } from '../fakes/feed-server.js';
import { hoursAgo, rss2 } from '../helpers/feeds.js';
import { root, runCli, tempDir, writeFile } from '../helpers/cli.js';

const PEOPLE = ['Rohan Varma', 'Rishabh Agarwal', 'Tony Liu', 'Chi-Hao Wu', 'Aram Markosyan', 'Chaya Nayak', 'Afroz Mohiuddin', 'Ethan Knight'];

describe('a killed process loses nothing and posts nothing twice (but the one in flight)', () => {
  const chat = new ChatServer();
  const feeds = new FeedServer();
  const dir = tempDir();
  let config = '';

  beforeAll(async () => {
    await chat.start();
    await feeds.start();
    feeds.route('/msl.xml', {
      body: rss2(
        'MSL watch',
        PEOPLE.map((p, i) => ({ title: `${p} leaves Meta`, link: `https://msl.example/${i}`, published: hoursAgo(1), body: `<p>${p} has left Meta, people familiar said.</p>` })),
      ),
    });
    // Slow enough that the kill lands while a message is on the wire.
    chat.delay('discord-webhook', 400);
    config = writeFile(
      dir,
      'lw.yaml',
      `database: ${path.join(dir, 'lw.db')}\nsources:\n  - url: ${feeds.url('/msl.xml')}\nwatchlist:\n  orgs: [{ name: Meta }]\nsinks:\n  - type: discord-webhook\n    url: ${chat.discordWebhookUrl()}\n`,
    );
  });
  afterAll(async () => {
    await chat.close();
    await feeds.close();
  });

  it('SIGKILL mid-delivery, restart: every move delivered, at most one twice', async () => {
    const loader = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const child = spawn(process.execPath, ['--import', loader, path.join(root, 'src/cli.ts'), 'poll', '--once', '--config', config], { stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    // Kill as soon as the third message has reached the server and before its answer goes back.
    await new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 30_000;
      const t = setInterval(() => {
        if (chat.received.length >= 3) {
          clearInterval(t);
          child.kill('SIGKILL');
          resolve();
        } else if (Date.now() > deadline) {
          clearInterval(t);
          reject(new Error('the first run never delivered three messages'));
        }
      }, 5);
    });
    await exited;
    const beforeRestart = chat.received.length;
    expect(beforeRestart).toBeLessThan(PEOPLE.length);

    const second = await runCli(['poll', '--once', '--config', config]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/resuming 1 delivery\(ies\) interrupted by a stop/);

    // Titles read "X leaves Meta (rumoured)": the feed says "people familiar said".
    const people = chat.received.map((r) => (r.body.embeds as { title: string }[])[0]!.title.replace(/ leaves Meta.*$/, ''));
    const counts = new Map<string, number>();
    for (const p of people) counts.set(p, (counts.get(p) ?? 0) + 1);
    for (const p of PEOPLE) expect(counts.get(p) ?? 0, p).toBeGreaterThanOrEqual(1);
    const duplicates = [...counts.values()].reduce((n, c) => n + c - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(1);
    expect(chat.received).toHaveLength(PEOPLE.length + duplicates);
  });
});
