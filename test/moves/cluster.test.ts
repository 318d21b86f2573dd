import { describe, expect, it } from 'vitest';
import type { Move } from '../../src/domain.js';
import { clusterMove, type KnownMove } from '../../src/moves/cluster.js';

const now = new Date('2025-09-20T12:00:00Z');
const DAY = 86_400_000;

function move(over: Partial<Move> = {}): Move {
  return {
    person: 'Chi-Hao Wu',
    personKey: 'chi hao wu',
    personWatchId: null,
    discovered: false,
    bySurname: false,
    contextOrgs: [],
    event: 'departure',
    from: { org: 'Meta', unit: null },
    to: null,
    role: null,
    tenure: null,
    status: 'reported',
    confidence: 0.9,
    evidence: '',
    reasons: [],
    readBy: 'rules',
    ...over,
  };
}

function known(over: Partial<KnownMove> = {}): KnownMove {
  return { id: 'm1', personKey: 'chi hao wu', event: 'departure', from: { org: 'Meta', unit: null }, to: null, role: null, status: 'reported', createdAt: new Date(now.getTime() - DAY), ...over };
}

describe('clusterMove', () => {
  it('the same move again, with nothing new, attaches quietly', () => {
    expect(clusterMove(move(), [known()], now, 14 * DAY)).toEqual({ kind: 'same', move: known(), changes: [] });
  });

  it('a report that names the destination, or the role, is a follow-up', () => {
    const d = clusterMove(move({ to: { org: 'Memories.ai', unit: null }, role: 'Chief AI Officer' }), [known()], now, 14 * DAY);
    expect(d).toMatchObject({ kind: 'same', changes: ['destination', 'role'] });
  });

  it('a join that names the destination of a known departure is the same move', () => {
    expect(clusterMove(move({ event: 'join', from: null, to: { org: 'OpenAI', unit: null } }), [known()], now, 14 * DAY)).toMatchObject({ kind: 'same', changes: ['destination'] });
  });

  it('confirmation of a rumour and a denial are follow-ups', () => {
    expect(clusterMove(move(), [known({ status: 'rumoured' })], now, 14 * DAY)).toMatchObject({ changes: ['confirmed'] });
    expect(clusterMove(move({ status: 'denied' }), [known()], now, 14 * DAY)).toMatchObject({ changes: ['denied'] });
  });

  it('a contradicting end, another person, or a report past the window is a new move', () => {
    expect(clusterMove(move({ to: { org: 'Google', unit: null } }), [known({ to: { org: 'OpenAI', unit: null } })], now, 14 * DAY).kind).toBe('new');
    expect(clusterMove(move({ personKey: 'tony liu' }), [known()], now, 14 * DAY).kind).toBe('new');
    expect(clusterMove(move(), [known({ createdAt: new Date(now.getTime() - 20 * DAY) })], now, 14 * DAY).kind).toBe('new');
    expect(clusterMove(move({ event: 'promotion', from: null, to: { org: 'Meta', unit: null } }), [known()], now, 14 * DAY).kind).toBe('new');
  });
});
