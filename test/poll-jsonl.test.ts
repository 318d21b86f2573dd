import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer } from './fakes/feed-server.js';
import { hoursAgo, rss2 } from './helpers/feeds.js';
import { readJsonl, runCli, tempDir, writeFile } from './helpers/cli.js';

describe('labwatch poll --once → jsonl', () => {
  const server = new FeedServer();
  const dir = tempDir();
  const out = path.join(dir, 'alerts.jsonl');
  let config = '';

  beforeAll(async () => {
    await server.start();
    server.route('/en.xml', {
      body: rss2('AI Talent Wire', [
        {
          title: 'Chi-Hao Wu leaves Meta for Memories.ai',
          link: 'https://wire.example/chi-hao-wu-memories',
          published: hoursAgo(3),
          body: '<p>Chi-Hao Wu, who spent more than five years at Meta, has left the company to join Memories.ai as Chief AI Officer.</p>',
        },
        {
          title: 'PyTorch Conference recap',
          link: 'https://wire.example/pytorch-recap',
          published: hoursAgo(2),
          body: '<p>Chi-Hao Wu spoke at PyTorch Conference about GPU systems.</p>',
        },
      ]),
    });
    server.route('/zh.xml', {
      body: rss2('智能前沿', [
        {
          title: 'MSL研究员Rishabh Agarwal官宣离职',
          link: 'https://zh.example/8812',
          published: hoursAgo(1),
          body: '<p>另一位MSL研究员Rishabh Agarwal官宣离职。</p>',
        },
      ]),
    });
    server.route('/down.xml', { status: 500, body: 'oops' });
    config = writeFile(
      dir,
      'lw.yaml',
      `database: ${path.join(dir, 'lw.db')}
sources:
  - url: ${server.url('/en.xml')}
  - url: ${server.url('/zh.xml')}
    language: zh
  - url: ${server.url('/down.xml')}
watchlist:
  people:
    - name: Chi-Hao Wu
sinks:
  - type: jsonl
    path: ${out}
`,
    );
  });
  afterAll(() => server.close());

  it('writes the jsonl line for the watched person’s move and nothing for a mere mention', async () => {
    const res = await runCli(['poll', '--once', '--config', config]);
    expect(res.code).toBe(0);
    const lines = readJsonl(out);
    expect(lines).toHaveLength(1);
    const a = lines[0]!;
    expect(a).toMatchObject({
      event: 'departure',
      person: 'Chi-Hao Wu',
      from: 'Meta',
      to: 'Memories.ai',
      role: 'Chief AI Officer',
      watched: [{ kind: 'person', name: 'Chi-Hao Wu' }],
      reports: 1,
      followup: false,
      item: { title: 'Chi-Hao Wu leaves Meta for Memories.ai', url: 'https://wire.example/chi-hao-wu-memories', source: 'AI Talent Wire', language: 'en' },
    });
    expect(typeof a.id).toBe('string');
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(a.confidence).toBeLessThanOrEqual(1);
    expect(a.evidence).toContain('Chi-Hao Wu');
    expect(typeof (a.item as { published: string }).published).toBe('string');
    // The failing source is logged in one line and does not stop the run.
    expect(res.stderr).toMatch(/source unreachable: .*down\.xml: server error 500/);
  });

  it('a second run of the same feeds writes nothing', async () => {
    const before = server.count('/en.xml');
    const res = await runCli(['poll', '--once', '--config', config]);
    expect(res.code).toBe(0);
    // The feed was fetched again and still carried the move: nothing new is written.
    expect(server.count('/en.xml')).toBe(before + 1);
    expect(readJsonl(out)).toHaveLength(1);
  });

  it('status names the failing source and counts what was sent', async () => {
    const res = await runCli(['status', '--config', config]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Watching 1 person and 0 orgs.');
    expect(res.stdout).toMatch(/Sources: 3 on, 0 off, 1 failing; last poll \d+[sm] ago\./);
    expect(res.stdout).toMatch(/failing: 127\.0\.0\.1 \(2 in a row, last try \d+[sm] ago\): .*server error 500/);
    expect(res.stdout).toContain('Outbox: 0 queued, 1 sent, 0 given up.');
  });

  it('exits non-zero with one line when the database is unusable', async () => {
    // The database's folder would have to be inside a regular file.
    writeFile(dir, 'not-a-dir', 'x');
    const bad = writeFile(dir, 'baddb.yaml', `database: not-a-dir/nope.db\nsinks:\n  - type: jsonl\n    path: ${out}\n`);
    const res = await runCli(['poll', '--once', '--config', bad]);
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toMatch(/^labwatch: \S+not-a-dir\/nope\.db: cannot open database: .+$/);
  });
});

describe('labwatch demo', () => {
  it('shows English and Chinese alerts, offline', async () => {
    const res = await runCli(['demo'], { cwd: tempDir() });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Chi-Hao Wu leaves Meta for Memories.ai');
    expect(res.stdout).toContain('Rishabh Agarwal leaves Meta');
    expect(res.stdout).toContain('Chaya Nayak leaves Meta for OpenAI');
    // Evidence is quoted in the source's own script (Traditional here).
    expect(res.stdout).toContain('轉投OpenAI');
    expect(res.stdout).not.toMatch(/Manchester|Jonas Berg|徐育斌/);
  });
});
