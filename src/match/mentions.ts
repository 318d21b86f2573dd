import { isLower } from '../text/chars.js';
import { normalize, type NormalizedText } from '../text/normalize.js';
import type { Entity, MatchIndex } from './watch-index.js';

/** One place in the normalised text where a known name or word stands. */
export interface Mention {
  start: number;
  end: number;
  entity: Entity;
}

type Group = 'name' | 'trigger' | 'other';
// A not-trigger competes with triggers: the longer word wins, so "创业公司" hides "创业".
const groupOf = (e: Entity): Group => (e.kind === 'person' || e.kind === 'org' || e.kind === 'not-name' ? 'name' : e.kind === 'trigger' || e.kind === 'not-trigger' ? 'trigger' : 'other');

/**
 * Every mention in the text, left to right. Within names, and within triggers,
 * the longest match wins ("Google DeepMind" over "Google", "官宣离职" over "离职").
 */
export function findMentions(text: string, index: MatchIndex, cased?: string): Mention[] {
  const raw: Mention[] = [];
  // (A text written all in lower case, "i'm joining anthropic next month", capitalises nothing: capitals tell nothing there.)
  const capitals = cased !== undefined && /[A-Z]/.test(cased);
  index.automaton.scan(text, (start, end, pattern) => {
    // "Die mit den Leoniden": an acronym is the org only in capitals (`cased`, where the caller has it).
    if (capitals && index.upperOnly.has(pattern) && hasLowerCase(cased, start, end)) return;
    // "the anthropic principle": a name that is also a word is the org only capitalised.
    if (capitals && index.capitalOnly.has(pattern) && isLower(cased.charCodeAt(start))) return;
    const named = index.entities[pattern]!;
    if (Array.isArray(named)) for (const entity of named as readonly Entity[]) raw.push({ start, end, entity });
    else raw.push({ start, end, entity: named as Entity });
  });
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  const lastEnd: Record<Group, number> = { name: -1, trigger: -1, other: -1 };
  const lastStart: Record<Group, number> = { name: -1, trigger: -1, other: -1 };
  for (const m of raw) {
    // "平克·弗洛伊德的《月之暗面》": a name that is a whole work's title in 《》 is the work, not the org.
    if (m.entity.kind === 'org' && text.charCodeAt(m.start - 1) === 0x300a /* 《 */ && text.charCodeAt(m.end) === 0x300b /* 》 */) continue;
    // ("a Mistral-class amphibious ship", "a Google-style campus": a kind named after the org, not the org itself.)
    if (m.entity.kind === 'org' && KIND_AFTER.test(text.slice(m.end, m.end + 14))) continue;
    // "> Some personal news: …": a ">" opening a line marks a quoted post's line, not an arrow.
    if (m.entity.kind === 'trigger' && text.charCodeAt(m.start) === 0x3e /* > */ && opensLine(text, m.start)) continue;
    const g = groupOf(m.entity);
    if (g !== 'other' && m.start < lastEnd[g]) {
      // Same span naming several things (an alias shared by two orgs) is kept; a shorter overlap is not.
      if (!(m.start === lastStart[g] && m.end === lastEnd[g])) continue;
    }
    kept.push(m);
    if (g !== 'other' && m.end >= lastEnd[g]) {
      lastEnd[g] = m.end;
      lastStart[g] = m.start;
    }
  }
  return kept;
}

// (The hyphen is a space once normalised; "class action" is a lawsuit against the org.)
const KIND_AFTER = /^ (?:class(?! action)|style|like|type)\b/;

/** Whether only spaces (or more quote marks) stand between the line's start and `at`. */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x3e) return false;
  }
  return true;
}

function hasLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLower(c)) return true;
  }
  return false;
}

/** Every org the mentions name, with the orgs they belong to: what strict and surname-only watches look for. */
export function contextOrgs(mentions: readonly Mention[], catalog: MatchIndex['catalog']): string[] {
  const orgs = new Set<string>();
  for (const m of mentions) if (m.entity.kind === 'org') for (const o of catalog.lineage(m.entity.org)) orgs.add(o);
  return [...orgs];
}

/** Whether a mention names a watched person, or a watched org or one of its units: what routing can send a move for. */
export function namesAWatch(m: Mention, index: MatchIndex): boolean {
  if (m.entity.kind === 'person') return true;
  return m.entity.kind === 'org' && index.catalog.lineage(m.entity.org).some((o) => index.watchedOrgs.has(o));
}

/**
 * Whether a text can hold a move any watch takes: every end of a move, and every person routed by name, is a mention, so
 * a text that names no watch has nothing to alert on (most items of a general feed: they need not be read).
 */
export function concernsAWatch({ normalized, mentions }: ScannedText, index: MatchIndex): boolean {
  if (mentions.some((m) => namesAWatch(m, index))) return true;
  // (A person watched by a pinyin name is no mention in Chinese text: a move word and one of the surnames it may stand
  // for let the text be read, and the reader finds whose name it is.)
  return index.pinyinSurnames.length > 0 && mentions.some((m) => m.entity.kind === 'trigger') && index.pinyinSurnames.some((s) => normalized.text.includes(s));
}

/** A text normalised and scanned once: everything later stages read. */
export interface ScannedText {
  normalized: NormalizedText;
  mentions: Mention[];
}

export function scanText(text: string, index: MatchIndex): ScannedText {
  const normalized = normalize(text);
  return { normalized, mentions: findMentions(normalized.text, index, normalized.cased) };
}
