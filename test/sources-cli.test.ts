import { runInProcess } from './helpers/cli-inproc.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from './helpers/app.js';
import { tempDir, writeFile } from './helpers/cli.js';

describe('labwatch sources', () => {
  const dir = tempDir();
  const config = writeFile(dir, 'lw.yaml', `database: ${path.join(dir, 'lw.db')}\n`);
  const cli = (...args: string[]) => runInProcess(['--config', config, ...args]);

  it('adds, lists with state, disables, enables and removes', async () => {
    const add = await cli('sources', 'add', 'https://feeds.example/ai.xml', '--name', 'AI Feed', '--language', 'en', '--interval', '15m');
    expect(add.stdout).toContain('Added AI Feed <https://feeds.example/ai.xml>');
    const search = await cli('sources', 'add-search', 'Chi-Hao Wu', '--language', 'zh');
    expect(search.stdout).toContain('Added a news search for Chi-Hao Wu (zh) <https://news.google.com/rss/search?q=Chi-Hao+Wu&hl=zh-CN&gl=CN&ceid=CN%3Azh-Hans>');
    const list = await cli('sources', 'list');
    expect(list.stdout).toContain('[on ] AI Feed <https://feeds.example/ai.xml> · last ok never · 0 items · next poll now');
    expect((await cli('sources', 'disable', 'https://feeds.example/ai.xml')).code).toBe(0);
    expect((await cli('sources', 'list')).stdout).toContain('[off] AI Feed');
    expect((await cli('sources', 'enable', 'https://feeds.example/ai.xml')).stdout).toContain('Enabled');
    expect((await cli('sources', 'remove', 'https://feeds.example/ai.xml')).stdout).toContain('Removed');
    expect((await cli('sources', 'list')).stdout).not.toContain('AI Feed');
  });

  it('bad input: one line, non-zero', async () => {
    const bad = await cli('sources', 'add', 'ftp://x.example/feed');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('labwatch: Cannot add that source: only http(s) feeds can be polled.');
    const interval = await cli('sources', 'add', 'https://x.example/feed', '--interval', '5s');
    expect(interval.code).toBe(2);
    expect(interval.stderr.trim()).toBe('labwatch: --interval: "5s" is not a duration of at least 1m (e.g. 10m, 1h)');
    expect((await cli('sources', 'remove', 'https://nope.example/')).stderr.trim()).toBe('labwatch: No source https://nope.example/. See "sources list".');
  });
});

describe('search.perPerson', () => {
  it('creates a news search per watched person and edition, and retires it when the watch goes', () => {
    const { app } = testApp({ watchlist: { people: [{ name: 'Chi-Hao Wu', aliases: ['吴启豪'] }] }, search: { perPerson: true, languages: ['en', 'zh'] } });
    const urls = app.db.prepare('SELECT url, enabled, search_query FROM sources ORDER BY url').all() as { url: string; enabled: number; search_query: string }[];
    expect(urls).toHaveLength(2);
    expect(urls[0]!.search_query).toBe('"Chi-Hao Wu" OR "吴启豪"');
    expect(urls.map((u) => new URL(u.url).searchParams.get('hl')).sort()).toEqual(['en-US', 'zh-CN']);
    app.close();
  });
});
