import type { Move, MoveEvent, MoveStatus, OrgRef } from '../domain.js';
import { normalize, originalSpan, stripAnnotations, type NormalizedText } from '../text/normalize.js';
import { splitSentences, type Span } from '../text/sentences.js';
import type { Trigger } from './lexicon.js';
import { findMentions, type Mention } from './mentions.js';
import { findChineseNames, findLatinNames } from './names.js';
import { extractRole, extractTenure } from './role.js';
import { personKey, type MatchIndex } from './watch-index.js';

/** A person as named in one sentence: watched (by alias) or discovered (by shape). */
interface PersonMention {
  start: number;
  end: number;
  key: string;
  name: string;
  watched: boolean;
  weak: boolean;
}

interface TriggerMention {
  start: number;
  end: number;
  trigger: Trigger;
  word: string;
}

interface OrgMention {
  start: number;
  end: number;
  org: string;
}

/** What one sentence says, for `labwatch explain`. */
export interface SentenceTrace {
  text: string;
  people: string[];
  orgs: string[];
  triggers: string[];
  notes: string[];
}

export interface Recognition {
  moves: Move[];
  mentions: { kind: 'person' | 'org'; name: string; text: string }[];
  sentences: SentenceTrace[];
  /** An article about departures from one org (its lead says so), or null. */
  theme: string | null;
}

export interface RecognizeOptions {
  /** The year the item was published: earlier years mark biography. */
  year: number;
}

const CLAUSE_BREAKS = new Set([',', ';', ':']);
const LIST_JOINERS = /^(?:\s*(?:、|,|and|&|和|与|及|以及)\s*)$/;

function clauseOf(text: string, pos: number, s: Span): Span {
  let start = pos;
  while (start > s.start && !CLAUSE_BREAKS.has(text[start - 1]!)) start--;
  let end = pos;
  while (end < s.end && !CLAUSE_BREAKS.has(text[end]!)) end++;
  return { start, end };
}

const within = (m: { start: number }, s: Span) => m.start >= s.start && m.start < s.end;

class SentenceReader {
  readonly people: PersonMention[];
  readonly orgs: OrgMention[];
  readonly triggers: TriggerMention[];
  readonly markers: Mention[];
  readonly notes: string[] = [];

  constructor(
    readonly n: NormalizedText,
    readonly span: Span,
    mentions: Mention[],
    readonly index: MatchIndex,
  ) {
    const inside = mentions.filter((m) => within(m, span));
    this.orgs = inside.flatMap((m) => (m.entity.kind === 'org' ? [{ start: m.start, end: m.end, org: m.entity.org }] : []));
    this.triggers = inside.flatMap((m) =>
      m.entity.kind === 'trigger' ? [{ start: m.start, end: m.end, trigger: m.entity.trigger, word: n.text.slice(m.start, m.end) }] : [],
    );
    this.markers = inside.filter((m) => m.entity.kind !== 'org' && m.entity.kind !== 'person' && m.entity.kind !== 'trigger');
    const watched: PersonMention[] = inside.flatMap((m) => {
      if (m.entity.kind !== 'person') return [];
      const entry = index.people.get(m.entity.key)!;
      return [{ start: m.start, end: m.end, key: m.entity.key, name: entry.name, watched: true, weak: m.entity.weak }];
    });
    this.people = [...watched, ...this.discover(watched)].sort((a, b) => a.start - b.start);
  }

  get text(): string {
    return this.n.text;
  }

  private discover(watched: PersonMention[]): PersonMention[] {
    const taken = [...watched, ...this.orgs];
    const overlaps = (a: { start: number; end: number }) => taken.some((b) => a.start < b.end && b.start < a.end);
    const spans = [
      ...findLatinNames(this.n.cased, this.span.start, this.span.end),
      ...findChineseNames(this.n.text, this.span.start, this.span.end, this.triggers.map((t) => t.start)),
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
    if (t.trigger.shape === 'hire' && after.length && !this.passive(t)) return [after[0]!];
    const nearest = before[before.length - 1];
    if (!nearest) {
      if (after.length && t.trigger.shape === 'hire') return [after[0]!];
      // "Several researchers have left for Mistral, including Timothée Lacroix and …"
      const listed = after.filter((p) => /(including|among them|such as|包括|其中有|其中)/.test(this.text.slice(t.end, p.start)));
      return listed;
    }
    const out = [nearest];
    for (let i = before.length - 2; i >= 0; i--) {
      const gap = this.text.slice(before[i]!.end, out[0]!.start);
      if (!LIST_JOINERS.test(gap)) break;
      out.unshift(before[i]!);
    }
    return out;
  }

  /** "X was hired by OpenAI", "X被OpenAI挖角": the person stands before the trigger. */
  private passive(t: TriggerMention): boolean {
    const head = this.text.slice(Math.max(this.span.start, t.start - 30), t.start);
    return /(被|was |were |been |is being )/.test(head);
  }
}

interface Candidate {
  person: PersonMention;
  event: MoveEvent;
  from: OrgMention | null;
  to: OrgMention | null;
  role: string | null;
  tenure: string | null;
  status: MoveStatus;
  strength: number;
  sentence: Span;
  reasons: string[];
  inferred: boolean;
}

const YEAR = /(?:^|[^\d])((?:19|20)\d\d)(?:年|\b)/g;

/** Whether a trigger sits in biography: "曾", "previously", an earlier year, "在加入X后", "after joining". */
function biographical(r: SentenceReader, t: TriggerMention, year: number): string | null {
  const clause = clauseOf(r.text, t.start, r.span);
  if (r.hasMarker('past', clause)) return 'past-tense marker in its clause';
  const sentence = r.text.slice(r.span.start, r.span.end);
  if (t.trigger.shape !== 'leave' || r.text.slice(clause.start, clause.end).match(YEAR)) {
    for (const m of sentence.matchAll(YEAR)) if (Number(m[1]) < year) return `earlier year ${m[1]}`;
  }
  const before = r.text.slice(clause.start, t.start);
  const after = r.text.slice(t.end, clause.end);
  if (/在$|在[^,]{0,4}$/.test(before) && /^[^,]{0,16}(后|之后|以后|前|之前)/.test(after)) return 'a time clause (在…后)';
  if (/\b(after|before|since|when|until|while)\s+(\w+\s+){0,2}$/.test(before)) return 'a time clause (after/before …)';
  // "X, who left OpenAI in June, …": the verb right after "who" tells the person's past.
  if (/\b(who|which)\s+(\w+\s+){0,2}$/.test(before)) return 'a relative clause (who …) about the past';
  return null;
}

function orgRef(index: MatchIndex, m: OrgMention | null): OrgRef | null {
  if (!m) return null;
  const root = index.catalog.root(m.org);
  return { org: root, unit: root === m.org ? null : m.org };
}

/** Reads one sentence's triggers into candidate moves, one per person. */
function readSentence(r: SentenceReader, year: number, theme: string | null): Candidate[] {
  const byPerson = new Map<string, Candidate>();
  const denial = r.hasMarker('denial', r.span);
  const rumour = r.hasMarker('rumour', r.span);
  // Orgs a person left in a biographical aside ("who left OpenAI in June"): where they came from.
  const formerOrgs: OrgMention[] = [];
  const bioClauses: Span[] = [];
  let firstUsed = Infinity;
  for (const t of r.triggers) {
    const bio = biographical(r, t, year);
    if (bio) {
      r.notes.push(`"${t.word}" ignored: ${bio}`);
      bioClauses.push(clauseOf(r.text, t.start, r.span));
      const left = t.trigger.shape === 'leave' ? r.orgAfter(t.end, clauseOf(r.text, t.start, r.span).end) : null;
      if (left) formerOrgs.push(left);
      continue;
    }
    const subjects = r.subjects(t);
    if (!subjects.length) {
      r.notes.push(`"${t.word}" has no named person`);
      continue;
    }
    firstUsed = Math.min(firstUsed, t.start);
    const clause = clauseOf(r.text, t.start, r.span);
    let from: OrgMention | null = null;
    let to: OrgMention | null = null;
    const reasons: string[] = [`trigger "${t.word}" (${t.trigger.event})`];
    const object = r.orgAfter(t.end, Math.max(clause.end, t.end + 12));
    switch (t.trigger.shape) {
      case 'leave':
        from = object ?? r.orgBefore(t.start, clause.start) ?? r.orgBefore(t.start, r.span.start);
        to = r.orgAfterConnector('to', from ? from.end : t.end);
        break;
      case 'enter':
      case 'switch':
        to = t.trigger.event === 'promotion' ? object ?? r.orgBefore(t.start, r.span.start) ?? r.orgs[0] ?? null : object;
        from = r.orgAfterConnector('from', r.span.start);
        if (from && to && from.start === to.start) from = null;
        break;
      case 'hire': {
        // "字节跳动从谷歌挖来…": the org after "from" is the origin, the one before it the hirer.
        const hirer = r.orgs.filter((o) => o.end <= t.start && o.start >= clause.start && !r.introducedBy('from', o)).pop() ?? null;
        to = r.orgAfterConnector('to', t.end) ?? hirer ?? object;
        from = r.orgAfterConnector('from', r.span.start);
        break;
      }
    }
    for (const person of subjects) {
      const personReasons = [...reasons];
      // The org named just before a person is where they work now ("MSL研究员X", "Meta researcher X"),
      // and so is one in an apposition between the person and the verb ("X, who led work at DeepMind, joined …").
      // With an active hire ("Meta hired X, Apple's lead researcher, …") the apposition follows the person.
      const notTo = (o: OrgMention | null | undefined) => (o && o.start !== to?.start ? o : null);
      const attributive =
        notTo(r.orgBefore(person.start, Math.max(clauseOf(r.text, person.start, r.span).start, person.start - 40))) ??
        (t.start > person.end && t.trigger.shape !== 'leave' ? notTo(r.orgs.find((o) => o.start >= person.end && o.end <= t.start)) : null) ??
        (t.trigger.shape === 'hire' && person.start > t.end ? notTo(r.orgs.find((o) => o.start >= person.end && o.start - person.end <= 60 && o.start !== to?.start)) : null);
      let pFrom = from;
      if (!pFrom && attributive && t.trigger.event !== 'promotion') pFrom = attributive;
      if (!pFrom && t.trigger.shape === 'switch') {
        pFrom = r.orgs.find((o) => !to || r.index.catalog.root(o.org) !== r.index.catalog.root(to.org)) ?? null;
        if (pFrom) personReasons.push('origin from another org in the sentence');
      }
      if (t.trigger.event === 'join' && theme && to && r.index.catalog.root(to.org) === theme) {
        r.notes.push(`"${t.word}" ignored: joining ${theme} is history in an article about leaving it`);
        continue;
      }
      const c = byPerson.get(person.key);
      const event = t.trigger.event;
      if (!c) {
        byPerson.set(person.key, {
          person,
          event,
          from: pFrom,
          to,
          role: null,
          tenure: null,
          status: denial ? 'denied' : rumour ? 'rumoured' : 'reported',
          strength: t.trigger.strength,
          sentence: r.span,
          reasons: personReasons,
          inferred: false,
        });
        continue;
      }
      // A second trigger about the same person: a join to the org they are leaving is their tenure.
      c.reasons.push(...personReasons);
      if (event === 'departure' && c.event !== 'departure') {
        const joined = c.to;
        c.event = 'departure';
        c.from = pFrom ?? c.from;
        c.to = joined && pFrom && r.index.catalog.root(joined.org) === r.index.catalog.root(pFrom.org) ? null : joined ?? to;
      } else if (c.event === 'departure' && event !== 'departure') {
        if (to && !(c.from && r.index.catalog.root(to.org) === r.index.catalog.root(c.from.org))) c.to ??= to;
      } else {
        c.from ??= pFrom;
        c.to ??= to;
      }
      c.strength = Math.max(c.strength, t.trigger.strength);
    }
  }
  for (const c of byPerson.values()) {
    if (c.from && c.to && r.index.catalog.root(c.from.org) === r.index.catalog.root(c.to.org)) {
      if (c.event === 'departure') c.to = null;
      else if (c.event === 'join') c.from = null;
    }
    if (c.event === 'join' && c.from && r.triggers.some((t) => t.trigger.shape === 'switch')) c.event = 'departure';
    if (!c.from && c.event !== 'promotion' && formerOrgs[0] && formerOrgs[0].start !== c.to?.start) {
      c.from = formerOrgs[0];
      c.reasons.push('origin from a biographical aside');
    }
    // "通义千问负责人…从阿里离职": the sentence names the unit too; alerts name both.
    c.from = r.preferUnit(c.from, c.to);
    c.to = r.preferUnit(c.to, c.from);
    c.role = extractRole(r.text, r.n.cased, { start: firstUsed, end: r.span.end }, r.markers.filter((m) => !bioClauses.some((b) => within(m, b))));
    c.tenure = extractTenure(r.text.slice(r.span.start, r.span.end));
  }
  return [...byPerson.values()];
}

/** A sentence with no trigger, in an article about leaving `theme`: "X在Meta工作八年多" is one of the leavers. */
function readTenure(r: SentenceReader, theme: string): Candidate[] {
  const sentence = r.text.slice(r.span.start, r.span.end);
  if (!/(工作|任职|效力|worked|spent|years at|years with)/.test(sentence)) return [];
  const tenure = extractTenure(sentence);
  if (!tenure) return [];
  const org = r.orgs.find((o) => r.index.catalog.root(o.org) === theme);
  const person = r.people.find((p) => org && p.start < org.start);
  if (!org || !person) return [];
  return [
    {
      person,
      event: 'departure',
      from: org,
      to: null,
      role: null,
      tenure,
      status: 'reported',
      strength: 0.6,
      sentence: r.span,
      reasons: [`${tenure} at ${theme}, in an article about departures from ${theme}`],
      inferred: true,
    },
  ];
}

function detectTheme(readers: SentenceReader[], index: MatchIndex): string | null {
  for (const r of readers.slice(0, 3)) {
    const leave = r.triggers.find((t) => t.trigger.shape === 'leave');
    if (!leave) continue;
    const org = r.orgAfter(leave.end, r.span.end) ?? r.orgBefore(leave.start, r.span.start);
    if (org) return index.catalog.root(org.org);
  }
  return null;
}

function confidenceOf(c: Candidate): number {
  let score = c.strength;
  if (!c.person.watched) score *= 0.9;
  else if (c.person.weak) score *= 0.8;
  if (c.from && c.to) score += 0.05;
  if (c.status === 'rumoured') score *= 0.75;
  return Math.round(Math.min(1, score) * 100) / 100;
}

/** Keeps one candidate per person: the strongest, with facts the others add. */
function mergeByPerson(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const b = best.get(c.person.key);
    if (!b) {
      best.set(c.person.key, { ...c });
      continue;
    }
    const [keep, other] = !b.inferred && c.inferred ? [b, c] : b.inferred && !c.inferred ? [c, b] : confidenceOf(c) > confidenceOf(b) ? [c, b] : [b, c];
    const merged = { ...keep };
    if (keep.event === other.event || other.inferred) {
      merged.from ??= other.from;
      merged.to ??= other.to;
    }
    merged.role ??= other.role;
    merged.tenure ??= other.tenure;
    // A rumour marker anywhere about the move (the body's "people familiar said") makes it unconfirmed.
    if (other.status === 'denied') merged.status = 'denied';
    else if (other.status === 'rumoured' && merged.status === 'reported') merged.status = 'rumoured';
    // A full name anywhere in the item names the person better than a surname.
    if (merged.person.weak && !other.person.weak) merged.person = other.person;
    best.set(c.person.key, merged);
  }
  return [...best.values()];
}

/** Whether a person matched only by surname, or set strict, has their context in the text. */
function disambiguated(c: Candidate, r: SentenceReader[], index: MatchIndex, allOrgs: Set<string>): boolean {
  const entry = index.people.get(c.person.key);
  if (!c.person.watched || !entry) return true;
  if (!c.person.weak && !entry.strict) return true;
  const wanted = new Set([...entry.orgs, ...index.watchedOrgs]);
  return [...allOrgs].some((o) => index.catalog.lineage(o).some((x) => wanted.has(x)));
}

/** Finds the moves an item's text reports. Pure: the same text and index give the same moves. */
export function recognize(text: string, index: MatchIndex, options: RecognizeOptions): Recognition {
  const n = normalize(text);
  const mentions = findMentions(n.text, index);
  const readers = splitSentences(n.text).map((s) => new SentenceReader(n, s, mentions, index));
  const theme = detectTheme(readers, index);
  const candidates: Candidate[] = [];
  for (const r of readers) {
    const found = r.triggers.length ? readSentence(r, options.year, theme) : [];
    if (!found.length && theme && r.people.length) found.push(...readTenure(r, theme));
    candidates.push(...found);
  }
  const allOrgs = new Set(mentions.flatMap((m) => (m.entity.kind === 'org' ? [m.entity.org] : [])));
  const moves: Move[] = [];
  for (const c of mergeByPerson(candidates)) {
    if (!disambiguated(c, readers, index, allOrgs)) {
      readers.find((r) => r.span === c.sentence)?.notes.push(`${c.person.name}: matched by surname or strict, and none of their orgs is named: skipped`);
      continue;
    }
    const entry = index.people.get(c.person.key);
    moves.push({
      person: entry && c.person.watched ? entry.name : c.person.name,
      personKey: c.person.key,
      personWatchId: null,
      discovered: !c.person.watched,
      event: c.event,
      from: orgRef(index, c.from),
      to: orgRef(index, c.to),
      role: c.role,
      tenure: c.tenure,
      status: c.status,
      confidence: confidenceOf(c),
      evidence: stripAnnotations(originalSpan(n, c.sentence.start, c.sentence.end)),
      reasons: c.reasons,
    });
  }
  const seen = new Set<string>();
  const mentionList = mentions.flatMap((m) => {
    if (m.entity.kind !== 'person' && m.entity.kind !== 'org') return [];
    const name = m.entity.kind === 'org' ? m.entity.org : index.people.get(m.entity.key)!.name;
    const key = `${m.entity.kind}:${name}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ kind: m.entity.kind, name, text: originalSpan(n, m.start, m.end) }];
  });
  return {
    moves,
    mentions: mentionList,
    theme,
    sentences: readers
      .filter((r) => r.triggers.length || r.people.length)
      .map((r) => ({
        text: originalSpan(n, r.span.start, r.span.end),
        people: r.people.map((p) => `${p.name}${p.watched ? '' : ' (discovered)'}`),
        orgs: r.orgs.map((o) => o.org),
        triggers: r.triggers.map((t) => t.word),
        notes: r.notes,
      })),
  };
}
