import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer } from './fakes/feed-server.js';
import { hoursAgo, rss2 } from './helpers/feeds.js';
import { readJsonl, root, tempDir, writeFile } from './helpers/cli.js';

describe('labwatch run', () => {
  const feeds = new FeedServer();
  const dir = tempDir();
  beforeAll(async () => {
    await feeds.start();
    feeds.route('/f.xml', { body: rss2('Wire', [{ title: 'Jan Leike joins Anthropic', link: 'https://wire.example/1', published: hoursAgo(1), body: '<p>Jan Leike has joined Anthropic.</p>' }]) });
  });
  afterAll(() => feeds.close());

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`polls at start, delivers, and stops cleanly on ${signal}`, async () => {
      const out = path.join(dir, `${signal}.jsonl`);
      const config = writeFile(
        dir,
        `${signal}.yaml`,
        `database: ${path.join(dir, `${signal}.db`)}\nschedule: "0 0 1 1 *"\nsources:\n  - url: ${feeds.url('/f.xml')}\nwatchlist:\n  orgs: [{ name: Anthropic }]\nsinks:\n  - type: jsonl\n    path: ${out}\n`,
      );
      const loader = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;
      const child = spawn(process.execPath, ['--import', loader, path.join(root, 'src/cli.ts'), 'run', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      const deadline = Date.now() + 20_000;
      while (readJsonl(out).length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(readJsonl(out)).toHaveLength(1);
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(stderr).toContain('labwatch running: 1 source(s)');
      expect(stderr).toContain(`${signal}: stopping (queued alerts are kept)`);
    });
  }
});
