import type { Db } from '../db/open.js';
import { getSourceByUrl, listSources, removeSource, setSourceEnabled, upsertSource, type Source, type SourceInput } from '../db/sources.js';
import { fail, ok, type Reply } from './reply.js';
import type { Language } from '../domain.js';
import { newsSearchUrl } from '../ingest/news-search.js';

/** "5m ago", "in 2h", "never": times as people read them. */
export function ago(iso: string | null, now: Date): string {
  if (!iso) return 'never';
  const s = Math.round((now.getTime() - new Date(iso).getTime()) / 1000);
  const abs = Math.abs(s);
  const span = abs < 90 ? `${abs}s` : abs < 5400 ? `${Math.round(abs / 60)}m` : abs < 172800 ? `${Math.round(abs / 3600)}h` : `${Math.round(abs / 86400)}d`;
  return s >= 0 ? `${span} ago` : `in ${span}`;
}

export function describeSource(s: Source, now: Date = new Date()): string {
  const state = s.enabled ? 'on ' : 'off';
  const parts = [`[${state}] ${s.name} <${s.url}>`, `last ok ${ago(s.lastSuccessAt, now)}`, `${s.itemCount} items`];
  if (s.enabled) parts.push(`next poll ${s.nextPollAt ? ago(s.nextPollAt, now) : 'now'}`);
  if (s.failures) parts.push(`${s.failures} failure${s.failures === 1 ? '' : 's'} in a row`);
  if (s.lastError) parts.push(`last error: ${s.lastError}`);
  if (s.disabledReason) parts.push(`disabled: ${s.disabledReason}`);
  return parts.join(' · ');
}

export function listSourcesReply(db: Db): Reply {
  const all = listSources(db);
  if (!all.length) return ok('No sources yet. Add one with "sources add URL", or list them in the config.');
  return ok(
    `${all.length} source${all.length === 1 ? '' : 's'}:`,
    all.map((s) => describeSource(s)),
  );
}

function validUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? null : 'only http(s) feeds can be polled';
  } catch {
    return `"${url}" is not a URL`;
  }
}

export function addSource(db: Db, input: SourceInput): Reply {
  const problem = validUrl(input.url);
  if (problem) return fail(`Cannot add that source: ${problem}.`);
  const existed = getSourceByUrl(db, input.url)?.removed === false;
  const s = upsertSource(db, input, 'cli');
  return ok(`${existed ? 'Updated' : 'Added'} ${s.name} <${s.url}>; it is polled on the next cycle (its existing items are history, not news).`);
}

/** Removes a CLI source (its items' keys stay); one the config lists is refused, saying where it is. */
export function removeSourceReply(db: Db, url: string, configFile: string | null): Reply {
  const source = getSourceByUrl(db, url);
  if (source?.origin === 'config' && source.enabled) {
    return fail(`${url} is listed in ${configFile ?? 'the built-in sources (config/sources.yaml)'}: remove it there, or "sources disable ${url}" to stop polling it.`);
  }
  return removeSource(db, url) ? ok(`Removed ${url}; its items are kept as seen, so adding it back never repeats them.`) : fail(`No source ${url}. See "sources list".`);
}

export function enableSource(db: Db, url: string, enabled: boolean): Reply {
  return setSourceEnabled(db, url, enabled) ? ok(`${enabled ? 'Enabled' : 'Disabled'} ${url}.`) : fail(`No source ${url}. See "sources list".`);
}

export function addSearchSource(db: Db, query: string, language: Language, intervalMs: number | undefined): Reply {
  const q = query.trim();
  if (!q || q.length > 300) return fail('Cannot add that search: give a query of 1 to 300 characters.');
  const url = newsSearchUrl(q, language);
  const existed = getSourceByUrl(db, url)?.removed === false;
  upsertSource(db, { url, name: `News search: ${q} (${language})`, language, intervalMs, searchQuery: q }, 'cli');
  return ok(`${existed ? 'Updated' : 'Added'} a news search for ${q} (${language}) <${url}>.`);
}
