import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedServer } from './fakes/feed-server.js';
import { hoursAgo, rss2 } from './helpers/feeds.js';
import { cli } from './helpers/cli-inproc.js';
import { readJsonl, tempDir, writeFile } from './helpers/cli.js';

let feeds: FeedServer;
beforeEach(async () => {
  feeds = await new FeedServer().start();
});
afterEach(async () => {
  await feeds.close();
});

const OLD = { title: 'Chi-Hao Wu leaves Meta', link: 'https://wire.example/wu', published: hoursAgo(2), body: '<p>Chi-Hao Wu has left Meta after more than five years, he said on Monday.</p>' };
const NEW = { title: 'Rohan Varma joins OpenAI', link: 'https://wire.example/varma', published: hoursAgo(1), body: '<p>Rohan Varma has left Meta to join OpenAI, the company said.</p>' };

function setup() {
  const dir = tempDir();
  const out = path.join(dir, 'alerts.jsonl');
  feeds.route('/config.xml', { body: rss2('Config feed', []) });
  feeds.route('/mine.xml', { body: rss2('My feed', []) });
  const config = writeFile(
    dir,
    'lw.yaml',
    `database: ${path.join(dir, 'lw.db')}\nsourceFiles: []\nsources:\n  - url: ${feeds.url('/config.xml')}\n    name: Config feed\nwatchlist:\n  orgs: [{ name: Meta }, { name: OpenAI }]\nsinks:\n  - type: jsonl\n    path: ${out}\n`,
  );
  return { config, out, lw: (...args: string[]) => cli('--config', config, ...args) };
}

describe('what the operator says sticks', () => {
  it('before the first run, watch list, sources list and status read the config as the poller will', async () => {
    const { lw } = setup();
    expect((await lw('watch', 'list')).stdout).toContain('org Meta  [config file]');
    expect((await lw('sources', 'list')).stdout).toContain(`[on ] Config feed <${feeds.url('/config.xml')}>`);
    expect((await lw('status')).stdout).toContain('Watching 0 people and 2 orgs.');
  });

  it('a watch or source from the config file cannot be removed from the CLI, and the answer says where to change it', async () => {
    const { lw, config } = setup();
    const watch = await lw('watch', 'remove', 'OpenAI');
    expect(watch).toMatchObject({ code: 1, stderr: "labwatch: org OpenAI is in the config file's watchlist: remove it there (removed here, it would come back on the next poll).\n" });
    expect((await lw('watch', 'list')).stdout).toContain('org OpenAI');
    const source = await lw('sources', 'remove', feeds.url('/config.xml'));
    expect(source.code).toBe(1);
    expect(source.stderr).toBe(`labwatch: ${feeds.url('/config.xml')} is listed in ${config}: remove it there, or "sources disable ${feeds.url('/config.xml')}" to stop polling it.\n`);
  });

  it('poll without --once polls once and exits, as its help says', async () => {
    const { lw } = setup();
    const res = await lw('poll');
    expect(res.code).toBe(0);
  });

  it('a removed CLI source added back never alerts its old items again', async () => {
    const { lw, out } = setup();
    expect((await lw('sources', 'add', feeds.url('/mine.xml'))).code).toBe(0);
    expect((await lw('poll', '--once')).code).toBe(0); // first poll: history
    feeds.route('/mine.xml', { body: rss2('My feed', [OLD]) });
    expect((await lw('poll', '--once')).code).toBe(0);
    expect(readJsonl(out).map((a) => a.person)).toEqual(['Chi-Hao Wu']);

    expect((await lw('sources', 'remove', feeds.url('/mine.xml'))).stdout).toContain('Removed');
    expect((await lw('sources', 'list')).stdout).not.toContain('/mine.xml');
    feeds.route('/mine.xml', { body: rss2('My feed', [OLD, NEW]) });
    expect((await lw('sources', 'add', feeds.url('/mine.xml'))).stdout).toMatch(/^Added /);
    expect((await lw('poll', '--once')).code).toBe(0);
    expect(readJsonl(out).map((a) => a.person)).toEqual(['Chi-Hao Wu', 'Rohan Varma']);
  });

  it('removing a name says what went, and --kind picks the person or the org of that name', async () => {
    const { lw } = setup();
    const person = await lw('watch', 'add', 'person', 'Open AI');
    expect(person.stdout).toContain('Note: "Open AI" is the name of an org (OpenAI)');
    const removed = await lw('watch', 'remove', 'Open AI', '--kind', 'person');
    expect(removed.stdout).toBe('Stopped watching person Open AI.\n');
    const short = await lw('watch', 'add', 'person', 'Xi');
    expect(short.code).toBe(0);
    const tooShort = await lw('watch', 'add', 'person', 'A');
    expect(tooShort).toMatchObject({ code: 2 });
    expect(tooShort.stderr).toMatch(/too short to match safely.*--force/);
    expect((await lw('watch', 'add', 'person', 'A', '--force')).code).toBe(0);
  });
});
