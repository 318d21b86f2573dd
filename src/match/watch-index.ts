import type { Org, OrgWatch, Watch } from '../domain.js';
import { normalizeAlias } from '../text/normalize.js';
import { Automaton } from './automaton.js';
import { OrgCatalog } from './catalog.js';
import { pinyinOrders, readPinyinName, romanisationsOf } from './romanize.js';
import {
  APPOSITION_WORDS,
  DENIAL_WORDS,
  FROM_WORDS,
  FICTION_WORDS,
  HYPOTHETICAL_WORDS,
  NOT_NAMES,
  NOT_TRIGGERS,
  OFF_TOPIC_WORDS,
  ORG_NAMES_THAT_ARE_WORDS,
  PAST_WORDS,
  ROLE_WORDS,
  RUMOUR_WORDS,
  TEMPORARY_WORDS,
  TO_WORDS,
  TRIGGERS,
  type Trigger,
} from './lexicon.js';

/** What an automaton pattern stands for. */
export type Entity =
  | { kind: 'person'; key: string; weak: boolean }
  | { kind: 'org'; org: string }
  | { kind: 'trigger'; trigger: Trigger }
  /** A word that contains a trigger but is not one ("创业公司" is a startup, not founding one). */
  | { kind: 'not-trigger' }
  /** A phrase that contains an org's name but is no org ("苹果种植合作社" grows apples, "阿里地区" is in Tibet). */
  | { kind: 'not-name' }
  | { kind: 'rumour' }
  | { kind: 'denial' }
  | { kind: 'past' }
  | { kind: 'temporary' }
  | { kind: 'hypothetical' }
  /** Fiction ("in the film", 剧中): a sentence holding it tells a plot's moves. */
  | { kind: 'fiction' }
  | { kind: 'apposition' }
  | { kind: 'off-topic' }
  | { kind: 'from' }
  | { kind: 'to' }
  | { kind: 'role' };

export interface MatchIndex {
  automaton: Automaton;
  /**
   * entities[i] is what pattern i stands for: one thing, or (an alias that names several) a list. A person's name,
   * aliases and surname share their one entity object: 100,000 aliases need no 100,000 one-element arrays.
   */
  entities: readonly (Entity | readonly Entity[])[];
  /** How many patterns the automaton holds (their texts are not kept: the automaton has them). */
  patternCount: number;
  /**
   * Patterns that stand for an org only where the text writes them in capitals: acronyms that are also words ("MIT" is
   * German "mit", "FAIR" is "fair").
   */
  upperOnly: ReadonlySet<number>;
  /** Patterns that stand for an org only where the text capitalises them: names that are also words ("the anthropic principle"). */
  capitalOnly: ReadonlySet<number>;
  catalog: OrgCatalog;
  /**
   * Watched people as the matcher sees them: a person's key (the normalised name) to the name as watched, one
   * entry whichever channels watch them. Disambiguation (strict, the person's orgs) is per watch, at routing.
   */
  people: Map<string, string>;
  /** The ids of the person watches on each watched person, by key: one id, or a list when several channels watch them. */
  watchIds: Map<string, number | readonly number[]>;
  /** Canonical names of the orgs someone watches. */
  watchedOrgs: Set<string>;
  /**
   * People watched by a romanised Chinese name ("Tang Yifan"), by that name normalised: a Chinese name found in the text
   * is theirs where one of its romanisations (either order) is it. Empty for most watch lists.
   */
  pinyinPeople: Map<string, string>;
  /** The Chinese surnames those names may stand for (唐, 汤 for "Tang"): a text with none of them names none of them. */
  pinyinSurnames: string[];
}

export function personKey(name: string): string {
  return normalizeAlias(name);
}

const WORD_NAMES: ReadonlySet<string> = new Set(ORG_NAMES_THAT_ARE_WORDS);

// An org's name or alias written in capitals only ("MIT", "FAIR", "AI21").
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
const ACRONYM_LENGTH = 6;

/**
 * The ways text writes a watched name besides the one given: the other apostrophe ("O'Connell", "O’Connell"), and a
 * Chinese name with a space after the surname, as some pages pad names ("翟 明川"). (Its pinyin is `romanisationsOf`.)
 */
const HYPHENED_SYLLABLE = /\p{L}-\p{Ll}/u;
const HYPHENED_SYLLABLES = /(\p{L})-(\p{Ll})/gu;
function spellingsOf(name: string): string[] {
  const out = [name];
  if (name.includes("'")) out.push(name.replace(/'/g, '’'));
  if (name.includes('’')) out.push(name.replace(/’/g, "'"));
  if (/^\p{Script=Han}{2,3}$/u.test(name)) out.push(`${name[0]} ${name.slice(1)}`);
  // ("Jae-won Park" is written "Jaewon Park" too; normalising already reads the hyphen as a space, "Jae Won Park".)
  if (HYPHENED_SYLLABLE.test(name)) out.push(name.replace(HYPHENED_SYLLABLES, '$1$2'));
  // ("Siobhan O'Connell" is written "Siobhan OConnell" too, where a feed drops the apostrophe.)
  if (/\p{L}['’]\p{L}/u.test(name)) out.push(name.replace(/(?<=\p{L})['’](?=\p{L})/gu, ''));
  // ("AJ Whitford" is "A.J. Whitford" and "A. J. Whitford"; and back.)
  const words = name.split(' ');
  if (words.length > 1 && INITIALS.test(words[0]!)) {
    const letters = [...words[0]!.replace(/[.\s]/g, '')];
    const rest = words.slice(1).join(' ');
    for (const first of [letters.join(''), letters.map((l) => `${l}.`).join(''), letters.map((l) => `${l}.`).join(' ')]) if (first !== words[0]) out.push(`${first} ${rest}`);
  }
  return out;
}
// Two or three capitals as a given name, with or without points: "AJ", "A.J.", "J.R.R.".
const INITIALS = /^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$/;

/** The last word of a romanised full name ("Varma" of "Rohan Varma"): a weak alias that needs context. */
function surnameOf(name: string): string | null {
  if (/\p{Script=Han}/u.test(name)) return null;
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1];
  return words.length >= 2 && last && last.length >= 3 ? last : null;
}

/**
 * Builds the one automaton over every watched alias, every catalog org and the
 * move lexicons. Org watches not in the catalog join it, so they are recognised too.
 */
export function buildMatchIndex(watches: Iterable<Watch>, baseCatalog: OrgCatalog): MatchIndex {
  const catalog = new OrgCatalog(baseCatalog.all());
  const watchedOrgs = new Set<string>();
  const watchOrg = (w: OrgWatch) => {
    const known = catalog.find(w.name) ?? w.aliases.map((a) => catalog.find(a)).find((o) => o);
    if (known) {
      catalog.add({ ...known, aliases: w.aliases });
      watchedOrgs.add(known.name);
    } else {
      const org: Org = { name: w.name, aliases: w.aliases, parent: null };
      catalog.add(org);
      watchedOrgs.add(w.name);
    }
  };

  // Pattern i is texts[i] and stands for entities[i]. A person's name and aliases share one entity; a pattern that
  // names a second thing gets a list of its own (a new array, never one pushed into).
  const texts: string[] = [];
  const entities: (Entity | readonly Entity[])[] = [];
  const idOf = new Map<string, number>();
  // Texts added as an org's acronym, and the short texts (all an acronym can be) added any other way: a set of every
  // text would hold 160,000 strings at 100,000 aliases to answer for a few hundred.
  const acronyms = new Set<string>();
  const caseless = new Set<string>();
  const add = (alias: string, entity: Entity) => {
    const text = normalizeAlias(alias);
    if (!text) return;
    if (entity.kind === 'org' && ACRONYM.test(alias)) acronyms.add(text);
    else if (text.length <= ACRONYM_LENGTH) caseless.add(text);
    const id = idOf.get(text);
    if (id === undefined) {
      idOf.set(text, texts.length);
      texts.push(text);
      entities.push(entity);
      return;
    }
    const known = entities[id]!;
    if (Array.isArray(known)) {
      if (!known.includes(entity)) entities[id] = [...known, entity];
    } else if (known !== entity) entities[id] = [known as Entity, entity];
  };

  const pinyinPeople = new Map<string, string>();
  const pinyinSurnames = new Set<string>();
  const people = new Map<string, string>();
  const watchIds = new Map<string, number | readonly number[]>();
  // Channels watching the same person share one entity for the name and one for the surname.
  const personEntities = { strong: new Map<string, Entity>(), weak: new Map<string, Entity>() };
  const personEntity = (key: string, weak: boolean): Entity => {
    const known = personEntities[weak ? 'weak' : 'strong'];
    let entity = known.get(key);
    if (!entity) known.set(key, (entity = { kind: 'person', key, weak }));
    return entity;
  };
  // One pass over the watches, which may be read from the database as they come; the orgs' patterns are added after it.
  for (const w of watches) {
    if (w.kind === 'org') {
      watchOrg(w);
      continue;
    }
    const key = personKey(w.name);
    if (!people.has(key)) people.set(key, w.name);
    const ids = watchIds.get(key);
    watchIds.set(key, ids === undefined ? w.id : [...(typeof ids === 'number' ? [ids] : ids), w.id]);
    const named = personEntity(key, false);
    let surnameFirst = false;
    for (const name of [w.name, ...w.aliases]) {
      // ("Tang Yifan": a pinyin name, read once, is also its other order and the Chinese names that romanise to it.)
      const pinyin = readPinyinName(normalizeAlias(name).split(' '));
      for (const spelling of [...spellingsOf(name), ...romanisationsOf(name), ...(pinyin ? pinyinOrders(pinyin) : [])]) add(spelling, named);
      if (pinyin) {
        for (const s of pinyin.hanSurnames) pinyinSurnames.add(s);
        pinyinPeople.set(pinyin.words.join(' '), key);
      }
      if (name === w.name) surnameFirst = pinyin?.surnameAt === 0;
    }
    // (Not the first word of a pinyin name that gives its surname first, "Lin Shuyuan": its last is no surname, and a
    // Chinese surname alone names too many people to stand for one.)
    const surname = surnameFirst ? null : surnameOf(w.name);
    if (surname) for (const spelling of spellingsOf(surname)) add(spelling, personEntity(key, true));
  }
  for (const org of catalog.all()) {
    add(org.name, { kind: 'org', org: org.name });
    for (const a of org.aliases) add(a, { kind: 'org', org: org.name });
    for (const h of handlesOf([org.name, ...org.aliases])) add(h, { kind: 'org', org: org.name });
  }
  for (const [word, trigger] of TRIGGERS) add(word, { kind: 'trigger', trigger });
  for (const w of NOT_TRIGGERS) add(w, { kind: 'not-trigger' });
  for (const w of NOT_NAMES) add(w, { kind: 'not-name' });
  for (const w of RUMOUR_WORDS) add(w, { kind: 'rumour' });
  for (const w of DENIAL_WORDS) add(w, { kind: 'denial' });
  for (const w of PAST_WORDS) add(w, { kind: 'past' });
  for (const w of TEMPORARY_WORDS) add(w, { kind: 'temporary' });
  for (const w of HYPOTHETICAL_WORDS) add(w, { kind: 'hypothetical' });
  for (const w of FICTION_WORDS) add(w, { kind: 'fiction' });
  for (const w of APPOSITION_WORDS) add(w, { kind: 'apposition' });
  for (const w of OFF_TOPIC_WORDS) add(w, { kind: 'off-topic' });
  for (const w of FROM_WORDS) add(w, { kind: 'from' });
  for (const w of TO_WORDS) add(w, { kind: 'to' });
  for (const w of ROLE_WORDS) add(w, { kind: 'role' });

  const upperOnly = new Set<number>();
  const capitalOnly = new Set<number>();
  for (const text of acronyms) if (!caseless.has(text)) upperOnly.add(idOf.get(text)!);
  for (const text of WORD_NAMES) {
    const id = idOf.get(text);
    if (id !== undefined) capitalOnly.add(id);
  }
  return {
    automaton: Automaton.build(texts),
    entities,
    patternCount: texts.length,
    upperOnly,
    capitalOnly,
    catalog,
    people,
    watchIds,
    watchedOrgs,
    pinyinPeople,
    pinyinSurnames: [...pinyinSurnames],
  };
}

/**
 * How an org is written as a social handle ("@GoogleDeepMind", "@AnthropicAI"): its Latin names run together, and with
 * "AI" after them. Only forms that differ from the names themselves.
 */
function handlesOf(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    if (!/^[A-Za-z0-9][A-Za-z0-9 .&'-]*$/.test(name)) continue;
    const compact = name.replace(/[ .&'-]+/g, '');
    if (compact.length < 4) continue;
    if (compact !== name) out.add(compact);
    if (!/ai$/i.test(compact)) out.add(`${compact}AI`);
  }
  return [...out];
}
