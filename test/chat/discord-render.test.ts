import { describe, expect, it } from 'vitest';
import { bigDigest } from '../helpers/digest.js';
import { MAX_EMBEDS, MAX_TOTAL, parsePageId, renderDigest } from '../../src/chat/discord/render.js';

describe('the /recent digest as Discord embeds', () => {
  it('stays within 10 embeds and 6,000 characters with 200 moves, and its pages together show every move', () => {
    const digest = bigDigest(200);
    const seen = new Map<string, number>();
    let offset = 0;
    for (let page = 0; page < 100; page++) {
      const reply = renderDigest(digest, offset);
      expect(reply.embeds.length).toBeLessThanOrEqual(MAX_EMBEDS);
      const total = reply.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + e.description.length, 0);
      expect(total).toBeLessThanOrEqual(MAX_TOTAL);
      for (const e of reply.embeds) {
        expect(e.description.length).toBeLessThanOrEqual(4096);
        expect((e.title ?? '').length).toBeLessThanOrEqual(256);
      }
      expect(reply.allowed_mentions).toEqual({ parse: [] });
      expect(JSON.stringify(reply.embeds)).not.toMatch(/@everyone|<@U123>|<!channel>/);
      for (const m of JSON.stringify(reply.embeds).matchAll(/Researcher (\d+)/g)) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
      const button = (reply.components[0] as { components?: { custom_id: string }[] } | undefined)?.components?.[0];
      if (!button) break;
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      offset = parsePageId(button.custom_id)!.offset;
    }
    expect(seen.size).toBe(200);
    expect([...seen.values()].every((n) => n === 2)).toBe(true);
  });
});
