import { clauseOf, type SentenceReader, type TriggerMention } from './sentence-reader.js';

const YEAR = /(?:^|[^\d])((?:19|20)\d\d)(?:年|\b)/g;

/** Whether a trigger sits in biography: "曾", "previously", an earlier year, "在加入X后", "after joining". */
export function biographical(r: SentenceReader, t: TriggerMention, year: number): string | null {
  const clause = clauseOf(r.text, t.start, r.span);
  if (r.hasMarker('past', clause)) return 'past-tense marker in its clause';
  const sentence = r.text.slice(r.span.start, r.span.end);
  if (t.trigger.shape !== 'leave' || r.text.slice(clause.start, clause.end).match(YEAR)) {
    for (const m of sentence.matchAll(YEAR)) {
      // A year inside a relative clause ("…, who left Google in 2021, are returning") dates that clause only.
      const at = clauseOf(r.text, r.span.start + m.index, r.span);
      if (/^\s*(who|which)\b/.test(r.text.slice(at.start, at.end)) && (at.start > t.start || at.end < t.start)) continue;
      if (Number(m[1]) < year) return `earlier year ${m[1]}`;
    }
  }
  const before = r.text.slice(clause.start, t.start);
  const after = r.text.slice(t.end, clause.end);
  if (/在$|在[^,]{0,4}$/.test(before) && /^[^,]{0,16}(后|之后|以后|前|之前)/.test(after)) return 'a time clause (在…后)';
  // (Not "while": in news it contrasts two moves more often than it sets a time.)
  if (/\b(after|before|since|when|until)\s+(\w+\s+){0,2}$/.test(before)) return 'a time clause (after/before …)';
  // "X, who left OpenAI in June, …": the verb right after "who" tells the person's past.
  if (/\b(who|which)\s+(\w+\s+){0,2}$/.test(before)) return 'a relative clause (who …) about the past';
  return null;
}
