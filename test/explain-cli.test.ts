import { runInProcess } from './helpers/cli-inproc.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFile } from './helpers/cli.js';

describe('labwatch explain', () => {
  const dir = tempDir();
  const config = writeFile(dir, 'lw.yaml', `database: ${path.join(dir, 'lw.db')}\nwatchlist:\n  orgs:\n    - name: Meta\n`);

  it('shows mentions, the sentences considered, the move and why, and where it would go', async () => {
    const article = writeFile(
      dir,
      'article.txt',
      '繼昨日曝出三人閃辭Meta之後，又一位MSL老將官宣離職。\nChi-Hao Wu在本月早些時候，已表示將離開工作了五年多的Meta，加盟初創公司Memories.ai擔任首席AI官。\n他在2015年加入Meta。',
    );
    const res = await runInProcess(['--config', config, 'explain', article]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('org Meta Superintelligence Labs (as "MSL")');
    expect(res.stdout).toContain('Chi-Hao Wu: departure from Meta to Memories.ai, as Chief AI Officer, after 5+ years');
    expect(res.stdout).toMatch(/why: trigger "离开" \(departure\); trigger "加盟" \(join\)/);
    expect(res.stdout).toContain('routes to: config (org Meta)');
    expect(res.stdout).toContain('blocked block.year at "加入": earlier year 2015');
    expect(res.stdout).toContain('fired subject.before at "Chi-Hao Wu"');
  });

  it('says plainly when there is no move', async () => {
    const article = writeFile(dir, 'talk.txt', 'Rohan Varma spoke at PyTorch Conference about distributed training at Meta.');
    const res = await runInProcess(['--config', config, 'explain', article]);
    expect(res.stdout).toContain('Moves (0):');
    expect(res.stdout).toContain('none: no sentence names a person together with a move word');
  });

  it('reads an HTML page through article extraction', async () => {
    const html = writeFile(
      dir,
      'page.html',
      `<!doctype html><html><head><title>Moves</title><script>var x = "Jason Wei has left OpenAI";</script></head><body><nav>Home | About</nav><article><h1>Jason Wei leaves OpenAI for Meta</h1><p>${'Jason Wei, a researcher known for chain-of-thought prompting, has left OpenAI for Meta, according to a post on his blog. '.repeat(3)}</p></article></body></html>`,
    );
    const res = await runInProcess(['--config', config, 'explain', html]);
    expect(res.stdout).toMatch(/Jason Wei: departure from OpenAI to Meta/);
  });

  it('reads a URL: fetches the page and extracts the article', async () => {
    const { FeedServer } = await import('./fakes/feed-server.js');
    const server = await new FeedServer().start();
    server.route('/story', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<html><head><title>Moves</title></head><body><article><h1>Chaya Nayak joins OpenAI</h1><p>${'Chaya Nayak, a nine-year Meta veteran who led generative AI product management, has left Meta for OpenAI. '.repeat(3)}</p></article></body></html>`,
    });
    try {
      const res = await runInProcess(['--config', config, 'explain', server.url('/story')]);
      expect(res.stdout).toMatch(/Chaya Nayak: departure from Meta to OpenAI/);
    } finally {
      await server.close();
    }
  });

  it('a missing file is one line and exit 2', async () => {
    const res = await runInProcess(['--config', config, 'explain', path.join(dir, 'nope.txt')]);
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toMatch(/^labwatch: .*nope\.txt: cannot read \(ENOENT\)$/);
  });
});
