import { describe, expect, it } from 'vitest';
import { groupByOrg } from '../../src/commands/core.js';
import type { DigestMove, Result } from '../../src/commands/types.js';
import { MAX_EMBEDS, MAX_TOTAL, parsePageId, renderDigest } from '../../src/chat/discord/render.js';

const ORGS = ['OpenAI', 'Anthropic', 'Google DeepMind', 'Meta', 'xAI', 'Mistral', 'Moonshot AI', '月之暗面', 'ByteDance Seed', 'Alibaba Qwen', 'Apple', 'Microsoft'];

function move(i: number): DigestMove {
  return {
    id: `m${i}`,
    person: `Researcher ${i} ${'Longname'.repeat(i % 4)}`,
    personKey: `r${i}`,
    personWatchId: null,
    discovered: true,
    bySurname: false,
    contextOrgs: [],
    event: 'join',
    from: { org: ORGS[i % ORGS.length]!, unit: null },
    to: { org: ORGS[(i + 5) % ORGS.length]!, unit: null },
    role: i % 3 ? 'member of technical staff @everyone' : null,
    tenure: null,
    status: 'reported',
    confidence: 0.9,
    evidence: '',
    reasons: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    reportedAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    firstItemId: i,
    reports: 1 + (i % 3),
    sources: Array.from({ length: 1 + (i % 4) }, (_, k) => ({ source: `Outlet ${k} <@123>`, url: `https://news${k}.example/${i}?x=${'y'.repeat(200)}` })),
  };
}

describe('the /recent digest as Discord embeds', () => {
  it('stays within 10 embeds and 6,000 characters with 200 moves, and its pages together show every move', () => {
    const moves = Array.from({ length: 200 }, (_, i) => move(i));
    const digest: Extract<Result, { kind: 'digest' }> = { kind: 'digest', days: 7, filter: null, moves, groups: groupByOrg(moves) };
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
      expect(JSON.stringify(reply.embeds)).not.toMatch(/@everyone|<@123>/);
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
