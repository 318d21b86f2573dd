import { describe, expect, it } from 'vitest';
import { groupByOrg } from '../../src/commands/core.js';
import type { DigestMove, Result } from '../../src/commands/types.js';
import { MAX_BLOCKS, renderDigest, type DigestCursor } from '../../src/chat/slack/render.js';

const ORGS = ['OpenAI', 'Anthropic', 'Google DeepMind', 'Meta', 'xAI', 'Mistral', 'Moonshot AI', '月之暗面', 'ByteDance Seed', 'Alibaba Qwen'];

function move(i: number): DigestMove {
  return {
    id: `m${i}`,
    person: `Researcher ${i} ${'Longname'.repeat(i % 5)}`,
    personKey: `r${i}`,
    personWatchId: null,
    discovered: true,
    bySurname: false,
    contextOrgs: [],
    event: 'join',
    from: { org: ORGS[i % ORGS.length]!, unit: null },
    to: { org: ORGS[(i + 3) % ORGS.length]!, unit: null },
    role: i % 3 ? 'member of technical staff <!channel>' : null,
    tenure: null,
    status: i % 7 ? 'reported' : 'rumoured',
    confidence: 0.9,
    evidence: '',
    reasons: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    reportedAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    firstItemId: i,
    reports: 1 + (i % 4),
    sources: Array.from({ length: 1 + (i % 6) }, (_, k) => ({ source: `Outlet ${k} | <@U123>`, url: `https://news${k}.example/story/${i}?ref=${'x'.repeat(300)}` })),
  };
}

type Block = { type: string; text?: { text: string }; elements?: { value?: string; action_id?: string; text?: { text: string } }[] };

describe('the /recent digest in Block Kit', () => {
  it('stays within Slack’s limits with 200 moves, and its pages together show every move once', () => {
    const moves = Array.from({ length: 200 }, (_, i) => move(i));
    const digest: Extract<Result, { kind: 'digest' }> = { kind: 'digest', days: 7, filter: null, moves, groups: groupByOrg(moves) };
    const seen: string[] = [];
    let offset = 0;
    for (let page = 0; page < 50; page++) {
      const reply = renderDigest(digest, offset, false);
      const blocks = reply.blocks as Block[];
      expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
      for (const b of blocks) {
        if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(150);
        if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
        if (b.type === 'actions') for (const e of b.elements!) expect(e.text!.text.length).toBeLessThanOrEqual(75);
      }
      const text = JSON.stringify(blocks);
      expect(text).not.toContain('<!channel>');
      expect(text).not.toContain('<@U123>');
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
