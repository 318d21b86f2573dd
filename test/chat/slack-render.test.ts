import { describe, expect, it } from 'vitest';
import { bigDigest } from '../helpers/digest.js';
import { MAX_BLOCKS, renderDigest, type DigestCursor } from '../../src/chat/slack/render.js';

/** What these checks read of a Block Kit block. */
interface Block {
  type: string;
  text?: { text: string };
  elements?: { text?: { text: string }; action_id?: string; value?: string }[];
}

describe('the /recent digest in Block Kit', () => {
  it('stays within Slack’s limits with 200 moves, and its pages together show every move once', () => {
    const digest = bigDigest(200);
    const seen: string[] = [];
    let offset = 0;
    for (let page = 0; page < 50; page++) {
      const reply = renderDigest(digest, offset, false);
      const blocks = reply.blocks as unknown as Block[];
      expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
      for (const b of blocks) {
        if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(150);
        if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
        if (b.type === 'actions') for (const e of b.elements!) expect(e.text!.text.length).toBeLessThanOrEqual(75);
      }
      const text = JSON.stringify(blocks);
      expect(text).not.toContain('<!channel>');
      expect(text).not.toContain('<@U123>');
      expect(text).not.toMatch(/@everyone/);
      seen.push(...[...text.matchAll(/Researcher (\d+)/g)].map((m) => m[1]!));
      const next = blocks.find((b) => b.type === 'actions')?.elements?.find((e) => e.action_id === 'lw_digest_page');
      if (!next) break;
      offset = (JSON.parse(next.value!) as DigestCursor).offset;
    }
    // Each move shows twice (as a departure and as an arrival), on some page.
    const counts = new Map<string, number>();
    for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(counts.size).toBe(200);
    expect([...counts.values()].every((n) => n === 2)).toBe(true);
  });
});
