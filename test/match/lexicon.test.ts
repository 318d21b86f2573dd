import { describe, expect, it } from 'vitest';
import { TRIGGER_ENTRIES, TRIGGERS } from '../../src/match/lexicon.js';

describe('the lexicon of move words', () => {
  it('lists no phrase twice with different readings (the map would keep the later one and silently drop the other)', () => {
    const first = new Map<string, string>();
    const conflicts: string[] = [];
    for (const [phrase, trigger] of TRIGGER_ENTRIES) {
      const reading = JSON.stringify(trigger);
      const seen = first.get(phrase);
      if (seen !== undefined && seen !== reading) conflicts.push(`${phrase}: ${seen} / ${reading}`);
      first.set(phrase, reading);
    }
    expect(conflicts).toEqual([]);
    expect(TRIGGERS.size).toBe(first.size);
  });
});
