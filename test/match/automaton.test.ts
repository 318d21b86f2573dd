import { describe, expect, it } from 'vitest';
import { Automaton } from '../../src/match/automaton.js';

function hits(patterns: string[], text: string, wordBoundary = true): string[] {
  const a = Automaton.build(patterns, () => wordBoundary);
  const out: string[] = [];
  a.scan(text, (s, e, p) => out.push(`${patterns[p]}@${s}-${e}`));
  return out;
}

describe('Automaton', () => {
  it('finds every pattern, overlapping ones included (classic he/she/his/hers)', () => {
    expect(hits(['he', 'she', 'his', 'hers'], 'ushers', false).sort()).toEqual(['he@2-4', 'hers@2-6', 'she@1-4']);
  });

  it('needs word boundaries at Latin ends only', () => {
    expect(hits(['meta'], 'metaverse meta meta’s')).toEqual(['meta@10-14', 'meta@15-19']);
    expect(hits(['离职'], '官宣离职了')).toEqual(['离职@2-4']);
    expect(hits(['meta'], 'meta超级智能实验室')).toEqual(['meta@0-4']);
  });

  it('matches a pattern that is a suffix of another through failure links', () => {
    expect(hits(['openai', 'ai'], 'openai ai', true).sort()).toEqual(['ai@7-9', 'openai@0-6']);
  });

  it('agrees with a naive search on many random patterns', () => {
    const alphabet = 'abc离职';
    const rnd = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
    const patterns = [...new Set(Array.from({ length: 200 }, () => rnd(1 + Math.floor(Math.random() * 4))))];
    const text = rnd(2000);
    const expected: string[] = [];
    patterns.forEach((p) => {
      for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) expected.push(`${p}@${i}`);
    });
    const a = Automaton.build(patterns, () => false);
    const got: string[] = [];
    a.scan(text, (s, _e, p) => got.push(`${patterns[p]}@${s}`));
    expect(got.sort()).toEqual(expected.sort());
  });

  it('agrees with a naive search that checks word boundaries, with patterns that need them and patterns that do not', () => {
    const alphabet = 'ab 离.';
    const isWord = (ch: string | undefined) => ch !== undefined && /[a-z]/.test(ch);
    const rnd = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
    for (let round = 0; round < 20; round++) {
      const patterns = [...new Set(Array.from({ length: 60 }, () => rnd(1 + Math.floor(Math.random() * 4))))].map((text) => ({ text, wordBoundary: Math.random() < 0.8 }));
      const text = rnd(1500);
      const expected: string[] = [];
      patterns.forEach((p, id) => {
        for (let i = text.indexOf(p.text); i >= 0; i = text.indexOf(p.text, i + 1)) {
          const end = i + p.text.length;
          if (p.wordBoundary && isWord(p.text[0]) && isWord(text[i - 1])) continue;
          if (p.wordBoundary && isWord(p.text[p.text.length - 1]) && isWord(text[end])) continue;
          expected.push(`${id}@${i}`);
        }
      });
      const got: string[] = [];
      Automaton.build(
        patterns.map((p) => p.text),
        (id) => patterns[id]!.wordBoundary,
      ).scan(text, (s, _e, id) => got.push(`${id}@${s}`));
      expect(got.sort()).toEqual(expected.sort());
    }
  });
});
