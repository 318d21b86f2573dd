import fs from 'node:fs';
import type { Db } from '../db/open.js';
import type { LoadedConfig } from '../config/load.js';
import { CONFIG_SCOPE, type Watch } from '../domain.js';
import { listWatches } from '../db/watches.js';
import type { OrgCatalog } from '../match/catalog.js';
import { buildMatchIndex } from '../match/watch-index.js';
import { recognize } from '../match/recognize.js';
import { routeMove } from '../alerts/route.js';
import { fetchUrl, USER_AGENT } from '../ingest/fetch.js';
import { decodeBody } from '../ingest/charset.js';
import { extractArticle } from '../ingest/article.js';
import { UsageError } from '../errors.js';

async function readTarget(target: string, loaded: LoadedConfig): Promise<string> {
  if (/^https?:\/\//i.test(target)) {
    const f = loaded.config.fetch;
    const res = await fetchUrl(target, { timeoutMs: f.timeout, maxBytes: f.maxBytes, maxRedirects: f.maxRedirects, userAgent: USER_AGENT, allowPrivate: true, accept: 'text/html,*/*;q=0.8' });
    if (res.kind !== 'ok') throw new UsageError(`${target}: the server sent no body`);
    const html = decodeBody(res.body, res.contentType);
    const a = extractArticle(html);
    return `${a.title}\n${a.text}`;
  }
  let raw: Buffer;
  try {
    raw = fs.readFileSync(target);
  } catch (err) {
    throw new UsageError(`${target}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const text = decodeBody(raw, null);
  if (/^\s*<(!doctype html|html)/i.test(text)) {
    const a = extractArticle(text);
    return `${a.title}\n${a.text}`;
  }
  return text;
}

/** Config watches merged with stored ones, so explain works before the first run. */
function allWatches(db: Db, loaded: LoadedConfig): Watch[] {
  const stored = listWatches(db);
  let id = -1;
  const fromConfig: Watch[] = [
    ...loaded.config.watchlist.people.map((p) => ({ kind: 'person' as const, id: id--, ...p, scope: CONFIG_SCOPE })),
    ...loaded.config.watchlist.orgs.map((o) => ({ kind: 'org' as const, id: id--, ...o, scope: CONFIG_SCOPE })),
  ];
  return [...stored, ...fromConfig.filter((w) => !stored.some((s) => s.kind === w.kind && s.name === w.name && s.scope === w.scope))];
}

/** Prints how one article is read: mentions, sentences considered, moves recognised and why, and where they would go. */
export async function explainCommand(db: Db, loaded: LoadedConfig, catalog: OrgCatalog, target: string, json: boolean, now: Date = new Date()): Promise<string> {
  const text = await readTarget(target, loaded);
  const watches = allWatches(db, loaded);
  const index = buildMatchIndex(watches, catalog);
  const r = recognize(text, index, { year: now.getUTCFullYear() });
  const routed = r.moves.map((m) => ({ move: m, routes: routeMove(m, watches, index.catalog, { minConfidence: loaded.config.matching.minConfidence, discover: loaded.config.matching.discover }) }));
  if (json) return `${JSON.stringify({ theme: r.theme, mentions: r.mentions, sentences: r.sentences, moves: routed }, null, 2)}\n`;
  const out: string[] = [];
  out.push(`Mentions (${r.mentions.length}):`);
  for (const m of r.mentions) out.push(`  ${m.kind} ${m.name}${m.text !== m.name ? ` (as "${m.text}")` : ''}`);
  if (r.theme) out.push('', `Theme: an article about departures from ${r.theme}`);
  out.push('', `Sentences considered (${r.sentences.length}):`);
  for (const s of r.sentences) {
    out.push(`  “${s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text}”`);
    const bits = [s.people.length ? `people: ${s.people.join(', ')}` : '', s.orgs.length ? `orgs: ${[...new Set(s.orgs)].join(', ')}` : '', s.triggers.length ? `triggers: ${s.triggers.join(', ')}` : ''].filter(Boolean);
    if (bits.length) out.push(`    ${bits.join(' · ')}`);
    for (const n of s.notes) out.push(`    note: ${n}`);
  }
  out.push('', `Moves (${r.moves.length}):`);
  if (!r.moves.length) out.push('  none: no sentence names a person together with a move word');
  for (const { move: m, routes } of routed) {
    const ends = [m.from ? `from ${m.from.org}${m.from.unit ? ` (${m.from.unit})` : ''}` : '', m.to ? `to ${m.to.org}${m.to.unit ? ` (${m.to.unit})` : ''}` : ''].filter(Boolean).join(' ');
    out.push(`  ${m.person}: ${m.event} ${ends}${m.role ? `, as ${m.role}` : ''}${m.tenure ? `, after ${m.tenure}` : ''} · ${m.status} · confidence ${m.confidence}${m.discovered ? ' · discovered' : ''}`);
    out.push(`    why: ${m.reasons.join('; ')}`);
    out.push(`    evidence: “${m.evidence}”`);
    out.push(routes.length ? `    routes to: ${routes.map((rt) => `${rt.scope} (${rt.watched.map((w) => `${w.kind} ${w.name}`).join(', ')})`).join('; ')}` : '    routes to: nobody (no watch on the person or either org, or confidence below the threshold)');
  }
  return `${out.join('\n')}\n`;
}
