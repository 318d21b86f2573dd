import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedServer } from './fakes/feed-server.js';
import { hoursAgo, rss2 } from './helpers/feeds.js';
import { testApp } from './helpers/app.js';
import { MAX_READ_CHARS } from '../src/pipeline/read.js';

let feeds: FeedServer;
beforeEach(async () => {
  feeds = await new FeedServer().start();
});
afterEach(async () => {
  await feeds.close();
});

describe('reading a huge item', () => {
  it('reads only its first part, says so, and still finds the move there', async () => {
    feeds.route('/a.xml', { body: rss2('a', []) });
    const { app, lines } = testApp({ sources: [{ url: feeds.url('/a.xml') }], watchlist: { orgs: [{ name: 'Meta' }] }, sinks: [{ type: 'console' }] });
    await app.cycle(true);
    const filler = '<p>The quarterly report covered revenue, capital spending and data-centre leases in detail.</p>'.repeat(Math.ceil((MAX_READ_CHARS * 3) / 90));
    const late = '<p>Rohan Varma has left Meta to join OpenAI, people familiar said.</p>';
    feeds.route('/a.xml', {
      body: rss2('a', [
        {
          title: 'Chi-Hao Wu leaves Meta',
          link: 'https://wire.example/huge',
          published: hoursAgo(1),
          body: `<p>Chi-Hao Wu has left Meta after more than five years, he said on Monday.</p>${filler}${late}`,
        },
      ]),
    });
    const summary = await app.cycle(true);
    expect(summary.moves).toBe(1);
    const people = app.db.prepare('SELECT person FROM moves').all();
    expect(people).toEqual([{ person: 'Chi-Hao Wu' }]);
    expect(lines.some((l) => /is read for its first 200,000 only/.test(l.msg))).toBe(true);
    await app.close();
  });
});
