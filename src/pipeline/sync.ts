import type { LoadedConfig } from '../config/load.js';
import type { Db } from '../db/open.js';
import { OPERATOR } from '../domain.js';
import { listSources, setSourceEnabled, upsertSource, type SourceInput } from '../db/sources.js';
import { allWatches, replaceConfigWatches } from '../db/watches.js';
import { newsSearchUrl, personQuery } from '../ingest/news-search.js';

/** Merges the config's sources and watchlist into the database (CLI and chat ones stay). */
export function syncConfig(db: Db, loaded: LoadedConfig): void {
  const { config, sources } = loaded;
  db.transaction(() => {
    replaceConfigWatches(db, OPERATOR, [...config.watchlist.people.map((p) => ({ kind: 'person' as const, ...p })), ...config.watchlist.orgs.map((o) => ({ kind: 'org' as const, ...o }))]);
    const wanted: SourceInput[] = sources.map((s) => ({ url: s.url, name: s.name, language: s.language, intervalMs: s.interval, enabled: s.enabled }));
    if (config.search.perPerson) {
      for (const w of allWatches(db)) {
        if (w.kind !== 'person') continue;
        const query = personQuery(w.name, w.aliases);
        for (const language of config.search.languages) wanted.push({ url: newsSearchUrl(query, language), name: `News search: ${w.name} (${language})`, language, enabled: true, searchQuery: query });
      }
    }
    const urls = new Set(wanted.map((s) => s.url));
    for (const s of wanted) upsertSource(db, s, 'config');
    for (const s of listSources(db)) {
      if (s.origin === 'config' && !urls.has(s.url) && s.enabled) setSourceEnabled(db, s.url, false);
    }
  })();
}
