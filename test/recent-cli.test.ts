import { runInProcess } from './helpers/cli-inproc.js';
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer } from './fakes/feed-server.js';
import { hoursAgo, rss2 } from './helpers/feeds.js';
import { readJsonl, root, tempDir, writeFile } from './helpers/cli.js';

interface Week {
  feeds: { path: string; name: string; items: { title: string; body: string; hours: number }[] }[];
}

describe('labwatch recent on a seed-shaped week', () => {
  const server = new FeedServer();
  const dir = tempDir();
  const out = path.join(dir, 'alerts.jsonl');
  let config = '';

  beforeAll(async () => {
    await server.start();
    const week = load(fs.readFileSync(path.join(root, 'test/fixtures/msl-week.yaml'), 'utf8')) as Week;
    for (const f of week.feeds) {
      server.route(f.path, {
        body: rss2(
          f.name,
          f.items.map((i, n) => ({ title: i.title, link: `https://${f.path.slice(1, -4)}.example/${n}`, body: `<p>${i.body}</p>`, published: hoursAgo(i.hours) })),
        ),
      });
    }
    config = writeFile(
      dir,
      'lw.yaml',
      `database: ${path.join(dir, 'lw.db')}\nsources:\n${week.feeds.map((f) => `  - url: ${server.url(f.path)}\n    name: ${f.name}`).join('\n')}\nwatchlist:\n  orgs: [{ name: Meta }, { name: OpenAI }]\nsinks:\n  - type: jsonl\n    path: ${out}\n`,
    );
    const res = await runInProcess(['poll', '--once', '--config', config]);
    expect(res.code).toBe(0);
  });
  afterAll(() => server.close());

  it('alerts once per move however many outlets carry it', () => {
    const lines = readJsonl(out);
    const first = lines
      .filter((l) => !l.followup)
      .map((l) => l.person)
      .sort();
    expect(first).toEqual(['Afroz Mohiuddin', 'Chaya Nayak', 'Chi-Hao Wu', 'Rishabh Agarwal', 'Rohan Varma']);
  });

  it('groups the period’s moves by org with arrivals and departures counted', async () => {
    const res = await runInProcess(['recent', '--days', '7', '--config', config]);
    expect(res.code).toBe(0);
    console.log(res.stdout);
    expect(res.stdout).toContain('5 move(s) in the last 7 day(s):');
    expect(res.stdout).toContain('Meta: 0 arrival(s), 5 departure(s)');
    expect(res.stdout).toContain('OpenAI: 2 arrival(s), 0 departure(s)');
    expect(res.stdout).toContain('Memories.ai: 1 arrival(s), 0 departure(s)');
    expect(res.stdout).toMatch(/- Chi-Hao Wu → Memories\.ai as Chief AI Officer \(\d{4}-\d\d-\d\d, 2 reports\)/);
  });

  it('filters by org and person, and speaks JSON', async () => {
    const openai = await runInProcess(['recent', '--org', 'OpenAI', '--config', config]);
    expect(openai.stdout).toContain('2 move(s)');
    const person = JSON.parse((await runInProcess(['recent', '--person', 'chi-hao wu', '--json', '--config', config])).stdout) as { moves: { person: string; reports: number; sources: string[] }[] };
    expect(person.moves).toHaveLength(1);
    expect(person.moves[0]).toMatchObject({ person: 'Chi-Hao Wu', reports: 2 });
    expect(new Set(person.moves[0]!.sources)).toEqual(new Set(['量子位', 'AI Talent Wire']));
  });

  it('rejects a bad --days in one line', async () => {
    const res = await runInProcess(['recent', '--days', 'soon', '--config', config]);
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toBe('labwatch: --days: "soon" is not a positive number');
  });
});
