import { groupByOrg } from '../../src/commands/core.js';
import type { DigestMove, Result } from '../../src/commands/types.js';

const ORGS = ['OpenAI', 'Anthropic', 'Google DeepMind', 'Meta', 'xAI', 'Mistral', 'Moonshot AI', '月之暗面', 'ByteDance Seed', 'Alibaba Qwen', 'Apple', 'Microsoft'];

/** A digest of `n` made-up moves with long names, hostile roles and outlet names, and long URLs: the worst a renderer meets. */
export function bigDigest(n: number): Extract<Result, { kind: 'digest' }> {
  const moves: DigestMove[] = Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    person: `Researcher ${i} ${'Longname'.repeat(i % 5)}`,
    personKey: `r${i}`,
    personWatchId: null,
    discovered: true,
    bySurname: false,
    readBy: 'rules',
    contextOrgs: [],
    event: 'join',
    from: { org: ORGS[i % ORGS.length]!, unit: null },
    to: { org: ORGS[(i + 5) % ORGS.length]!, unit: null },
    role: i % 3 ? 'member of technical staff <!channel> @everyone' : null,
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
  }));
  return { kind: 'digest', days: 7, filter: null, moves, groups: groupByOrg(moves) };
}
