import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATOR, type Move, type Watch } from '../../src/domain.js';
import { loadCatalog, type OrgCatalog } from '../../src/match/catalog.js';
import { buildMatchIndex } from '../../src/match/watch-index.js';
import { recognize } from '../../src/match/recognize.js';
import { routeMove, watchLookup } from '../../src/alerts/route.js';
import { normalizeAlias } from '../../src/text/normalize.js';
import { root } from '../helpers/cli.js';
import { renamePeople } from './renamed.js';

// Real news, labelled; read in place from ../shared and never copied into the project.
// Scored as its README says: people mode and orgs mode, precision, recall, direction.
const FILE = path.resolve(root, '../shared/corpora/moves-dev/moves-dev.jsonl');

interface Entry {
  person: string;
  aliases: string[];
  in_text: boolean;
  event: string;
  from: string | null;
  to: string | null;
  grade: 'grade' | 'skip';
}
interface Item {
  id: string;
  title: string;
  excerpt: string;
  published: string | null;
  in_scope: boolean;
  grade: 'grade' | 'skip';
  expect: Entry[];
}

const ORGS = [
  'OpenAI',
  'Anthropic',
  'Meta',
  'Google',
  'Apple',
  'Microsoft',
  'Alibaba',
  'ByteDance',
  'Tencent',
  'Xiaomi',
  'DeepSeek',
  'Zhipu AI',
  'Baichuan',
  '01.AI',
  'Safe Superintelligence',
  'Thinking Machines Lab',
  'Character.AI',
  'Inflection AI',
  'Scale AI',
  'Cohere',
  'Memories.ai',
  'xAI',
  'Mistral AI',
  'Moonshot AI',
];

const norm = (s: string) =>
  normalizeAlias(s.normalize('NFKD').replace(/\p{M}/gu, ''))
    .replace(/[\s.\-·]+/g, ' ')
    .trim();
/** "Google (Google DeepMind)" → "Google"; "(unnamed startup)" → null. */
const labelOrg = (s: string | null) => (!s || s.startsWith('(') ? null : s.replace(/\s*\(.*$/, '').trim());

interface Score {
  precision: number;
  recall: number;
  direction: number;
  alerts: number;
  matched: number;
  found: number;
  graded: number;
  misses: string[];
  falseAlerts: string[];
  wrongWay: string[];
}

function score(items: Item[], watches: Watch[], catalog: OrgCatalog, onlyWatchedOrgs: boolean): Score {
  const index = buildMatchIndex(watches, catalog);
  const cat = index.catalog;
  const watched = (org: string | null) => {
    if (!org) return null;
    const lineage = cat.lineage(cat.find(org)?.name ?? org);
    return ORGS.find((o) => lineage.includes(cat.find(o)?.name ?? o)) ?? null;
  };
  let alerts = 0;
  let matched = 0;
  const falseAlerts: string[] = [];
  const found = new Map<string, { entry: Entry; move: Move }>();
  const graded = new Map<string, { item: string; entry: Entry }>();
  for (const item of items) {
    const gradedEntries = item.in_scope && item.grade === 'grade' ? item.expect.filter((e) => e.grade === 'grade' && e.event !== 'none') : [];
    for (const e of gradedEntries) {
      if (onlyWatchedOrgs && !watched(labelOrg(e.from)) && !watched(labelOrg(e.to))) continue;
      const key = `${norm(e.person)}|${labelOrg(e.from)}|${labelOrg(e.to)}`;
      if (!graded.has(key)) graded.set(key, { item: item.id, entry: e });
    }
    if (item.grade === 'skip') continue;
    const year = Number((item.published ?? '2025').slice(0, 4));
    const { moves } = recognize(`${item.title}\n${item.excerpt}`, index, { year });
    for (const m of moves) {
      if (m.status === 'denied' || !routeMove(m, watchLookup(watches), cat, { minConfidence: 0.5, discover: true }).length) continue;
      const who = norm(m.person);
      const hit = item.expect.find((e) => e.aliases.some((a) => norm(a) === who) || who.includes(norm(e.aliases[0] ?? e.person)));
      if (hit && (hit.grade === 'skip' || !item.in_scope)) {
        if (!item.in_scope) falseAlerts.push(`${item.id} ${m.person} (${m.event}) on a distractor`);
        else continue;
        alerts++;
        continue;
      }
      alerts++;
      if (!hit || hit.event === 'none') {
        falseAlerts.push(`${item.id} ${m.person} (${m.event})`);
        continue;
      }
      matched++;
      const key = `${norm(hit.person)}|${labelOrg(hit.from)}|${labelOrg(hit.to)}`;
      if (graded.has(key) && !found.has(key)) found.set(key, { entry: hit, move: m });
    }
  }
  let scorable = 0;
  let right = 0;
  const wrongWay: string[] = [];
  for (const { entry, move } of found.values()) {
    if (entry.event === 'promotion') continue;
    const side = entry.event === 'departure' ? entry.from : entry.to;
    const want = watched(labelOrg(side));
    if (!want) continue;
    scorable++;
    const got = entry.event === 'departure' ? move.from : move.to;
    if (got && watched(got.unit ?? got.org) === want) right++;
    else wrongWay.push(`${move.person} (${entry.event} ${want}, got ${got?.org ?? 'none'})`);
  }
  const misses = [...graded.entries()].filter(([k]) => !found.has(k)).map(([, v]) => `${v.item} ${v.entry.person} (${v.entry.event} ${v.entry.from ?? '?'} → ${v.entry.to ?? '?'})`);
  return {
    precision: alerts ? matched / alerts : 1,
    recall: graded.size ? found.size / graded.size : 1,
    direction: scorable ? right / scorable : 1,
    alerts,
    matched,
    found: found.size,
    graded: graded.size,
    misses,
    falseAlerts,
    wrongWay,
  };
}

const fmt = (s: Score) =>
  `precision ${s.precision.toFixed(3)} (${s.matched}/${s.alerts}) · recall ${s.recall.toFixed(3)} (${s.found}/${s.graded}) · direction ${s.direction.toFixed(3)}\n  false alerts: ${s.falseAlerts.slice(0, 15).join('; ')}\n  wrong way: ${s.wrongWay.slice(0, 15).join('; ')}\n  first misses: ${s.misses.slice(0, process.env.MOVES_DEV_ALL ? 999 : 25).join('; ')}`;

/** Every labelled person watched by their first alias (people mode). */
function peopleWatches(items: readonly Item[]): Watch[] {
  const people = new Map<string, Watch>();
  let id = 1;
  for (const item of items) {
    for (const e of item.expect) {
      const key = norm(e.aliases[0] ?? e.person);
      if (!people.has(key)) people.set(key, { kind: 'person', id: id++, name: e.aliases[0] ?? e.person, aliases: e.aliases.slice(1), orgs: [], strict: false, channel: OPERATOR, origin: 'config' });
    }
  }
  return [...people.values()];
}
const orgWatches: Watch[] = ORGS.map((name, i) => ({ kind: 'org', id: i + 1, name, aliases: [], channel: OPERATOR, origin: 'config' }));

describe('moves-dev: real news, scored as its README says', () => {
  const items = fs
    .readFileSync(FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Item);
  const catalog = loadCatalog(path.join(root, 'config/orgs.yaml'));

  it('people mode: every labelled person watched', () => {
    const s = score(items, peopleWatches(items), catalog, false);
    console.log(`moves-dev, people mode: ${fmt(s)}`);
    // First, blind score 0.860 / 0.556 / 0.729; after lists of names were read, 0.873 / 0.613 / 0.722; after the rule
    // table (scoped biography, nouns, dismissals, article-level lists and headlines), 0.879 / 0.655 / 0.797; after
    // enumerations, "X loses Y", "departures include", possessive Chinese names, 0.885 / 0.725 / 0.818; after relative
    // clauses, gerunds and podcast guests, 0.921 / 0.732 / 0.821; after lists across ";", replacements, lay-offs,
    // "form a startup", 0.926 / 0.789 / 0.814; after relative clauses inside lists, the theme as origin, glossed Chinese
    // lists, 0.928 / 0.810 / 0.806; after surnames resolved to the article's full names, 0.929 / 0.824 / 0.819; after
    // sports news read as off topic, 0.970 / 0.824 / 0.819; after "stepping away" (a leave when the article says so),
    // 0.971 / 0.831 / 0.822; after successors, lists under a colon, glossed objects and appointments in a
    // reorganisation, 0.965 / 0.880 / 0.833; after one entity per person and pattern (two spellings that normalise
    // alike had made two mentions at one place, which ended a list), 0.966 / 0.887 / 0.833; after a watched surname
    // counts when the article names the person in full, 0.959 / 0.894 / 0.848 (the new false alert is a retail CEO's
    // real departure on a non-AI distractor: people watches alert any move of the person); after "former X" as an
    // origin (never where a promotion is), "will serve as", "调任", titles listing roles between names, 0.960 / 0.915 / 0.852;
    // after the fixes a blind seventh batch of our own showed (passive successors, "now at", "last day", the org a
    // sentence opens with as a join's destination), 0.960 / 0.923 / 0.866; by the ninth session 0.962 / 0.965 / 0.940.
    // Tuned here, so training scores. Floors just under: a change that loses ground fails.
    expect(s.precision).toBeGreaterThanOrEqual(0.955);
    expect(s.recall).toBeGreaterThanOrEqual(0.96);
    expect(s.direction).toBeGreaterThanOrEqual(0.935);
  });

  it('orgs mode: the 24 labs watched by their English names', () => {
    const s = score(items, orgWatches, catalog, true);
    console.log(`moves-dev, orgs mode: ${fmt(s)}`);
    // First, blind score 0.864 / 0.425 / 0.886; after lists of names and headline words, 0.918 / 0.442 / 0.889; after
    // the rule table, 0.931 / 0.540 / 0.911; then 0.940 / 0.628 / 0.927; 0.988 / 0.637 / 0.929; 0.988 / 0.681 / 0.931;
    // 0.989 / 0.743 / 0.922; 0.989 / 0.761 / 0.908; after "he/she" for the one person named before, 0.989 / 0.770 / 0.909;
    // 0.990 / 0.779 / 0.910; 0.990 / 0.832 / 0.917; 0.990 / 0.850 / 0.919; 0.991 / 0.858 / 0.933; by the ninth session
    // 0.992 / 0.929 / 0.963; after mojibake is read as the text it stands for ("KarĂ©n Simonyan"), 0.992 / 0.938 / 0.963.
    expect(s.precision).toBeGreaterThanOrEqual(0.985);
    expect(s.recall).toBeGreaterThanOrEqual(0.93);
    expect(s.direction).toBeGreaterThanOrEqual(0.955);
  });
  it('the same news with every labelled person renamed: as many found, so recognition does not hang on knowing them', () => {
    const plain = { people: score(items, peopleWatches(items), catalog, false), orgs: score(items, orgWatches, catalog, true) };
    for (const seed of [1, 2, 3]) {
      const renamed = renamePeople(items, seed);
      const people = score(renamed, peopleWatches(renamed), catalog, false);
      const orgs = score(renamed, orgWatches, catalog, true);
      console.log(`moves-dev renamed (seed ${seed}): people ${fmt(people).split('\n')[0]}; orgs ${fmt(orgs).split('\n')[0]}`);
      if (process.env.MOVES_DEV_ALL) console.log(`  people: ${fmt(people)}\n  orgs: ${fmt(orgs)}`);
      // (The first run, 2026-11-29, seeds 1-3: people precision 0.949-0.962, recall 0.954-0.960; orgs 0.991 and
      // 0.909-0.926; against plain 0.962 / 0.965 and 0.992 / 0.938. A person named in several items counts once per
      // item here, so the counts differ a little from the plain run's.)
      expect(people.recall).toBeGreaterThanOrEqual(plain.people.recall - 0.02);
      expect(people.precision).toBeGreaterThanOrEqual(plain.people.precision - 0.02);
      expect(orgs.recall).toBeGreaterThanOrEqual(plain.orgs.recall - 0.03);
      expect(orgs.precision).toBeGreaterThanOrEqual(plain.orgs.precision - 0.02);
    }
  });
});
