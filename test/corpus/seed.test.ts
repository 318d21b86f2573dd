import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATOR, type Watch } from '../../src/domain.js';
import { loadCatalog } from '../../src/match/catalog.js';
import { buildMatchIndex } from '../../src/match/watch-index.js';
import { recognize } from '../../src/match/recognize.js';
import { routeMove, watchLookup } from '../../src/alerts/route.js';
import { root } from '../helpers/cli.js';

// The report labwatch was born from, read in place from ../shared (never copied into the repo).
const seedDir = path.resolve(root, '../shared/seed');

describe('the seed report (Meta Superintelligence Labs departures)', () => {
  const files = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  const text = fs.readFileSync(path.join(seedDir, files[0]!), 'utf8');
  const watches: Watch[] = [{ kind: 'org', id: 1, name: 'Meta', aliases: [], channel: OPERATOR, origin: 'config' }];
  const catalog = loadCatalog(path.join(root, 'config/orgs.yaml'));
  const index = buildMatchIndex(watches, catalog);
  const { moves } = recognize(text, index, { year: 2025 });
  const alerting = moves.filter((m) => routeMove(m, watchLookup(watches), index.catalog, { minConfidence: 0.5, discover: true }).length > 0);
  const byPerson = new Map(alerting.map((m) => [m.person, m]));

  it('finds the seven named departures from Meta, with Meta watched and nobody else', () => {
    console.log(
      alerting
        .map((m) => `${m.person}: ${m.event} from ${m.from?.org}${m.from?.unit ? ` (${m.from.unit})` : ''}${m.to ? ` to ${m.to.org}` : ''}${m.role ? `, ${m.role}` : ''} [${m.confidence}]`)
        .join('\n'),
    );
    for (const person of ['Rohan Varma', 'Rishabh Agarwal', 'Tony Liu', 'Chi-Hao Wu', 'Aram Markosyan', 'Chaya Nayak', 'Afroz Mohiuddin']) {
      const m = byPerson.get(person);
      expect(m, person).toBeDefined();
      expect(m!.event, person).toBe('departure');
      expect(m!.from?.org, person).toBe('Meta');
      expect(m!.discovered, person).toBe(true);
    }
  });

  it('knows where Chi-Hao Wu, Chaya Nayak and Afroz Mohiuddin went', () => {
    expect(byPerson.get('Chi-Hao Wu')).toMatchObject({ to: { org: 'Memories.ai' }, role: 'Chief AI Officer' });
    expect(byPerson.get('Chaya Nayak')?.to?.org).toBe('OpenAI');
    expect(byPerson.get('Afroz Mohiuddin')?.to?.org).toBe('OpenAI');
  });

  it('quotes evidence in the report’s own script, without the glued-in pinyin', () => {
    const evidence = byPerson.get('Chi-Hao Wu')!.evidence;
    expect(evidence).toContain('離開工作了五年多的Meta');
    expect(evidence).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
  });

  it('raises nothing for the Hive Box CEO, the esports results or the exhibition at the end', () => {
    for (const m of alerting) {
      expect(m.person).not.toMatch(/徐育斌|TES|Kanavi|BLG|HLE/);
      expect(m.evidence).not.toMatch(/豐巢|擊敗|展覽|高考/);
    }
    expect(alerting).toHaveLength(7);
  });
});
