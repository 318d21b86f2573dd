import { originalSpan, type NormalizedText } from '../text/normalize.js';
import type { Span } from '../text/sentences.js';
import type { Trigger } from './lexicon.js';
import type { Mention } from './mentions.js';
import { findChineseNames, findLatinNames } from './names.js';
import { personKey, type MatchIndex } from './watch-index.js';

/** A person as named in one sentence: watched (by alias) or discovered (by shape). */
export interface PersonMention {
  start: number;
  end: number;
  key: string;
  name: string;
  watched: boolean;
  weak: boolean;
}

export interface TriggerMention {
  start: number;
  end: number;
  trigger: Trigger;
  word: string;
}

export interface OrgMention {
  start: number;
  end: number;
  org: string;
}

const CLAUSE_BREAKS = new Set([',', ';', ':']);
// What may stand between two names of one list: a joiner (", and" too), after an optional gloss in
// parentheses that belongs to the name before, and before an optional short title ("、副总裁", "and chief scientist").
const LIST_JOINERS = /^\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:,\s*and|，\s*以及|、|,|，|and|&|和|与|及|以及)\s*[\p{L} ]{0,24}$/u;
// Words that add people to a move already told: "还有钱一鸣和周子墨", "along with Ben Cole".
const ALSO = /(including|among them|such as|along with|together with|joined by|as well as|包括|其中有|其中|还有|以及|同行的有)/;

// A gap that holds a verb belongs to another clause, not to a list.
const TRIGGERISH = /\b(joins?|joined|left|leaves?|hired?|named|said|says|is|was|will|has|had)\b|[离加辞跳任聘挖]/;

export function clauseOf(text: string, pos: number, s: Span): Span {
  let start = pos;
  while (start > s.start && !CLAUSE_BREAKS.has(text[start - 1]!)) start--;
  let end = pos;
  while (end < s.end && !CLAUSE_BREAKS.has(text[end]!)) end++;
  return { start, end };
}

export const within = (m: { start: number }, s: Span) => m.start >= s.start && m.start < s.end;

/** One sentence with its people, orgs, triggers and markers, and the questions move recognition asks of it. */
export class SentenceReader {
  private watchedPeople: PersonMention[];
  private allPeople: PersonMention[] | null = null;
  readonly orgs: OrgMention[];
  readonly triggers: TriggerMention[];
  readonly markers: Mention[];
  readonly notes: string[] = [];

  /** `inside`: the mentions that start in this sentence (the caller slices them, so reading stays linear). */
  constructor(
    readonly n: NormalizedText,
    readonly span: Span,
    inside: Mention[],
    readonly index: MatchIndex,
  ) {
    this.orgs = inside.flatMap((m) => (m.entity.kind === 'org' ? [{ start: m.start, end: m.end, org: m.entity.org }] : []));
    this.triggers = inside.flatMap((m) => (m.entity.kind === 'trigger' ? [{ start: m.start, end: m.end, trigger: m.entity.trigger, word: n.text.slice(m.start, m.end) }] : []));
    this.markers = inside.filter((m) => m.entity.kind !== 'org' && m.entity.kind !== 'person' && m.entity.kind !== 'trigger' && m.entity.kind !== 'not-trigger');
    const watched: PersonMention[] = inside.flatMap((m) => {
      if (m.entity.kind !== 'person') return [];
      const entry = index.people.get(m.entity.key)!;
      return [{ start: m.start, end: m.end, key: m.entity.key, name: entry.name, watched: true, weak: m.entity.weak }];
    });
    this.watchedPeople = watched;
  }

  /** Watched and discovered people, in text order. Discovering names is the costly part of reading, so it waits until a rule asks. */
  get people(): PersonMention[] {
    this.allPeople ??= [...this.watchedPeople, ...this.discover(this.watchedPeople)].sort((a, b) => a.start - b.start);
    return this.allPeople;
  }

  get text(): string {
    return this.n.text;
  }

  private discover(watched: PersonMention[]): PersonMention[] {
    const taken = [...watched, ...this.orgs];
    const overlaps = (a: { start: number; end: number }) => taken.some((b) => a.start < b.end && b.start < a.end);
    const spans = [
      ...findLatinNames(this.n.cased, this.span.start, this.span.end),
      ...findChineseNames(
        this.n.text,
        this.span.start,
        this.span.end,
        this.triggers.map((t) => t.start),
      ),
    ];
    return spans
      .filter((s) => !overlaps(s))
      .map((s) => {
        const name = originalSpan(this.n, s.start, s.end);
        return { ...s, key: personKey(name), name, watched: false, weak: false };
      });
  }

  hasMarker(kind: 'rumour' | 'denial' | 'past' | 'from' | 'to' | 'role', where: Span): boolean {
    return this.markers.some((m) => m.entity.kind === kind && within(m, where));
  }

  /** The first org after `pos` in the same clause (or up to `limit`), not past another trigger or a "for"/"to join". */
  orgAfter(pos: number, limit: number): OrgMention | null {
    const nextTrigger = this.triggers.find((t) => t.start >= pos)?.start ?? Infinity;
    const nextTo = this.markers.find((m) => m.entity.kind === 'to' && m.start >= pos)?.start ?? Infinity;
    return this.orgs.find((o) => o.start >= pos && o.start < limit && o.start < nextTrigger && o.start < nextTo) ?? null;
  }

  orgBefore(pos: number, from: number): OrgMention | null {
    const before = this.orgs.filter((o) => o.end <= pos && o.start >= from);
    return before[before.length - 1] ?? null;
  }

  /** Whether a connector of that kind stands right before an org ("从谷歌", "from Google"). */
  introducedBy(kind: 'from' | 'to', org: OrgMention): boolean {
    return this.markers.some((m) => m.entity.kind === kind && m.end <= org.start && org.start - m.end <= 2);
  }

  /** The unit of the same org named in the sentence, if the move names only the org (and the other end is elsewhere). */
  preferUnit(end: OrgMention | null, other: OrgMention | null): OrgMention | null {
    if (!end) return end;
    const cat = this.index.catalog;
    const root = cat.root(end.org);
    if (end.org !== root || (other && cat.root(other.org) === root)) return end;
    return this.orgs.find((o) => o.org !== root && cat.root(o.org) === root) ?? end;
  }

  /** An org reached through a connector word ("for OpenAI", "从谷歌"), searched from `from` on. */
  orgAfterConnector(kind: 'from' | 'to', from: number): OrgMention | null {
    for (const m of this.markers) {
      if (m.entity.kind !== kind || m.start < from) continue;
      const org = this.orgs.find((o) => o.start >= m.end && o.start - m.end <= 48);
      if (org && !this.triggers.some((t) => t.start > m.end && t.start < org.start && t.trigger.shape !== 'leave')) return org;
    }
    return null;
  }

  /** The people a trigger is about: the nearest person before it with any listed alongside, else the first after it. */
  subjects(t: TriggerMention): PersonMention[] {
    // "Elon Musk's xAI": a possessive names an owner, not the one who moves.
    const candidates = this.people.filter((p) => !/^['’]s\b/.test(this.text.slice(p.end, p.end + 3)));
    const before = candidates.filter((p) => p.end <= t.start);
    const after = candidates.filter((p) => p.start >= t.end);
    if (t.trigger.shape === 'hire' && after.length && !this.passive(t)) return this.listFrom(after);
    const nearest = before[before.length - 1];
    if (!nearest) {
      if (after.length && t.trigger.shape === 'hire') return [after[0]!];
      // "Several researchers have left for Mistral, including Timothée Lacroix and …"
      return after.filter((p) => ALSO.test(this.text.slice(t.end, p.start)));
    }
    const out = [nearest];
    for (let i = before.length - 2; i >= 0; i--) {
      const gap = this.text.slice(before[i]!.end, out[0]!.start);
      if (!LIST_JOINERS.test(gap) || TRIGGERISH.test(gap)) break;
      out.unshift(before[i]!);
    }
    // "马晓川宣布离职，随他一起离开的还有钱一鸣和周子墨": people added after the move is told.
    const also = after.findIndex((p) => ALSO.test(this.text.slice(t.end, p.start)));
    if (also >= 0) out.push(...this.listFrom(after.slice(also)));
    return out;
  }

  /** The first person and those joined to them as one list ("Ana Ruiz, Ben Cole, and Tomas Berg"). */
  private listFrom(people: PersonMention[]): PersonMention[] {
    const out = [people[0]!];
    for (let i = 1; i < people.length; i++) {
      const gap = this.text.slice(out[out.length - 1]!.end, people[i]!.start);
      if (!LIST_JOINERS.test(gap) || TRIGGERISH.test(gap)) break;
      out.push(people[i]!);
    }
    return out;
  }

  /** "X was hired by OpenAI", "X被OpenAI挖角": the person stands before the trigger. */
  private passive(t: TriggerMention): boolean {
    const head = this.text.slice(Math.max(this.span.start, t.start - 30), t.start);
    return /(被|was |were |been |is being )/.test(head);
  }
}
