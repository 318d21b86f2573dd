import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/load.js';
import { openDatabase } from '../src/db/open.js';
import { listWatches, upsertWatch, watchlistVersion } from '../src/db/watches.js';
import { OPERATOR } from '../src/domain.js';
import { syncConfig } from '../src/pipeline/sync.js';
import { tempDir } from './helpers/cli.js';

describe("syncing the config's watchlist", () => {
  it('leaves an unchanged watchlist untouched (the matcher is not rebuilt), and follows every change', () => {
    const file = path.join(tempDir(), 'lw.db');
    const db = openDatabase(file);
    const load = (watchlist: object) => {
      const config = parseConfig({ database: file, watchlist }, 'test');
      return { config, file: null, sources: [] };
    };
    syncConfig(db, load({ people: [{ name: 'Chi-Hao Wu', aliases: ['吴启豪'] }], orgs: [{ name: 'Meta' }] }));
    upsertWatch(db, OPERATOR, { kind: 'org', name: 'OpenAI', aliases: [] }, 'cli');
    syncConfig(db, load({ people: [{ name: 'Chi-Hao Wu', aliases: ['吴启豪'] }], orgs: [{ name: 'Meta' }] }));
    const version = watchlistVersion(db);
    syncConfig(db, load({ people: [{ name: 'Chi-Hao Wu', aliases: ['吴启豪'] }], orgs: [{ name: 'Meta' }] }));
    expect(watchlistVersion(db)).toBe(version);

    // An alias dropped from the config is dropped from the watch; an org dropped is unwatched.
    syncConfig(db, load({ people: [{ name: 'Chi-Hao Wu', aliases: [], orgs: ['Meta'], strict: true }], orgs: [] }));
    expect(listWatches(db, OPERATOR).map((w) => [w.kind, w.name, w.aliases, w.kind === 'person' ? [w.orgs, w.strict] : null])).toEqual([
      ['org', 'OpenAI', [], null],
      ['person', 'Chi-Hao Wu', [], [['Meta'], true]],
    ]);
    db.close();
  });
});
