import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/ingest/charset.js';
import { parseFeed } from '../../src/ingest/parse.js';
import { htmlToLine } from '../../src/text/html.js';
import { root } from '../helpers/cli.js';

// rss-parser's real-world fixtures with their golden outputs, read in place from ../shared.
const dir = path.resolve(root, '../shared/corpora/rss-parser');

describe('rss-parser real-world feeds', () => {
  it('reads every feed with the golden item count, titles and links', async () => {
    const inputs = fs.readdirSync(path.join(dir, 'input'));
    let items = 0;
    let titles = 0;
    let links = 0;
    const problems: string[] = [];
    for (const file of inputs) {
      const golden = path.join(dir, 'output', file.replace(/\.\w+$/, '.json'));
      const text = decodeBody(fs.readFileSync(path.join(dir, 'input', file)), null);
      const ours = await parseFeed(text, 'https://feed.example/').catch((e: Error) => e);
      if (!fs.existsSync(golden)) {
        // No golden output: rss-parser rejects these; we must answer with a one-line error or parse.
        if (ours instanceof Error) expect(ours.message).toMatch(/^not a feed: /);
        continue;
      }
      if (ours instanceof Error) {
        problems.push(`${file}: ${ours.message}`);
        continue;
      }
      const want = (JSON.parse(fs.readFileSync(golden, 'utf8')) as { feed: { items: { title?: string; link?: string }[] } }).feed.items;
      if (want.length !== ours.entries.length) problems.push(`${file}: ${ours.entries.length} items, golden ${want.length}`);
      want.forEach((w, i) => {
        const e = ours.entries[i];
        items++;
        if (e && (w.title === undefined ? e.title === '(untitled)' : e.title === (htmlToLine(w.title) || '(untitled)'))) titles++;
        if (e && (w.link === undefined || e.url === new URL(w.link.trim(), 'https://feed.example/').href)) links++;
      });
    }
    console.log(`rss-parser fixtures: ${inputs.length} feeds, ${items} golden items: titles ${titles}/${items}, links ${links}/${items}${problems.length ? `\n${problems.join('\n')}` : ''}`);
    expect(problems).toEqual([]);
    expect(titles / items).toBeGreaterThan(0.95);
    expect(links / items).toBeGreaterThan(0.95);
  });
});
