import fs from 'node:fs';
import type { Db } from '../db/open.js';
import type { LoadedConfig } from '../config/load.js';
import type { ChannelId, Move } from '../domain.js';
import { feedbackOn, type Feedback } from '../db/feedback.js';
import type { OrgCatalog } from '../match/catalog.js';
import { describeEvent, recognizeScanned, type Recognition } from '../match/recognize.js';
import { scanText } from '../match/mentions.js';
import type { ModelNote, ModelReader } from '../pipeline/llm-reader.js';
import { routeMove, type Route } from '../alerts/route.js';
import type { MatchContext } from '../pipeline/plan.js';
import { buildMatchContext } from '../pipeline/cycle.js';
import { syncConfig } from '../pipeline/sync.js';
import { fetchUrl, USER_AGENT } from '../ingest/fetch.js';
import { decodeBody } from '../ingest/charset.js';
import { parseFeed } from '../ingest/parse.js';
import { UsageError } from '../errors.js';

/** A feed is many articles: explain takes one, and says which to try. */
async function refuseFeed(text: string, target: string): Promise<void> {
  const head = text.trimStart().slice(0, 500);
  if (!/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head) && !/^\{\s*"version"\s*:\s*"https:\/\/jsonfeed/.test(head)) return;
  let links: string[] = [];
  try {
    links = (await parseFeed(text, /^https?:/i.test(target) ? target : 'https://feed.invalid/')).entries.flatMap((e) => (e.url ? [e.url] : []));
  } catch {
    links = [];
  }
  throw new UsageError(`${target} is a feed${links.length ? ` of ${links.length} item(s)` : ''}; explain reads one article${links.length ? `, e.g. labwatch explain ${links[0]}` : ''}`);
}

async function readTarget(target: string, loaded: LoadedConfig): Promise<string> {
  const { extractArticle } = await import('../ingest/article.js');
  if (/^https?:\/\//i.test(target)) {
    const f = loaded.config.fetch;
    const res = await fetchUrl(target, { timeoutMs: f.timeout, maxBytes: f.maxBytes, maxRedirects: f.maxRedirects, userAgent: USER_AGENT, allowPrivate: true, accept: 'text/html,*/*;q=0.8' });
    if (res.kind !== 'ok') throw new UsageError(`${target}: the server sent no body`);
    const body = decodeBody(res.body, res.contentType);
    await refuseFeed(body, target);
    const a = extractArticle(body);
    return `${a.title}\n${a.text}`;
  }
  let raw: Buffer;
  try {
    raw = fs.readFileSync(target);
  } catch (err) {
    throw new UsageError(`${target}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const text = decodeBody(raw, null);
  await refuseFeed(text, target);
  if (/^\s*<(!doctype html|html)/i.test(text)) {
    const a = extractArticle(text);
    return `${a.title}\n${a.text}`;
  }
  return text;
}

/** What reading one article finds: the pipeline's own recognition and routing, as data. */
export interface Explanation {
  recognition: Recognition;
  /** Each move, where it routes, and what chat users said about it when it was alerted. */
  moves: { move: Move; routes: Route[]; feedback: Feedback[] }[];
  /** What the language model did, when explain was asked to use it (`--llm`). */
  model: { name: string; note: ModelNote } | null;
}

/** Reads a text with the pipeline's match context, as a poll would; with a model reader, the model reads it too. */
export async function explainText(text: string, ctx: MatchContext, now: Date, feedbackFor: (m: Move) => Feedback[] = () => [], model?: ModelReader): Promise<Explanation> {
  const scanned = scanText(text, ctx.index);
  const recognition = recognizeScanned(scanned, ctx.index, { year: now.getUTCFullYear() });
  let moves = recognition.moves;
  let modelPart: Explanation['model'] = null;
  if (model) {
    const read = await model.read(text, scanned, ctx.index, moves, { left: 1 }, true);
    moves = read.moves;
    modelPart = { name: model.model, note: read.note };
  }
  return { recognition, moves: moves.map((move) => ({ move, routes: routeMove(move, ctx.watches, ctx.catalog, ctx.routing), feedback: feedbackFor(move) })), model: modelPart };
}

/** Explains a file or URL against the store's watches (the config's synced in first, as the poller does). */
export async function explainTarget(
  db: Db,
  loaded: LoadedConfig,
  catalog: OrgCatalog,
  configSinks: readonly string[],
  target: string,
  now: Date = new Date(),
  model?: ModelReader,
): Promise<Explanation> {
  const text = await readTarget(target, loaded);
  syncConfig(db, loaded);
  return explainText(text, buildMatchContext(db, loaded.config, catalog, configSinks), now, (m) => feedbackOn(db, m.personKey, m.evidence), model);
}

/** An explanation as terminal text: mentions, sentences considered, moves and why, where they go. */
export function presentExplanation(e: Explanation, channelName: (id: ChannelId) => string): string {
  const r = e.recognition;
  const out: string[] = [];
  out.push(`Mentions (${r.mentions.length}):`);
  for (const m of r.mentions) out.push(`  ${m.kind} ${m.name}${m.text !== m.name ? ` (as "${m.text}")` : ''}`);
  if (r.theme) out.push('', `Theme: an article about departures from ${r.theme}`);
  out.push('', `Sentences considered (${r.sentences.length}):`);
  for (const s of r.sentences) {
    out.push(`  “${s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text}”`);
    const bits = [
      s.people.length ? `people: ${s.people.join(', ')}` : '',
      s.orgs.length ? `orgs: ${[...new Set(s.orgs)].join(', ')}` : '',
      s.triggers.length ? `triggers: ${s.triggers.join(', ')}` : '',
    ].filter(Boolean);
    if (bits.length) out.push(`    ${bits.join(' · ')}`);
    for (const e of s.rules) out.push(`    ${describeEvent(e)}`);
  }
  if (e.model) {
    const n = e.model.note;
    out.push(
      '',
      `Language model (${e.model.name}): ${n.failure ? `not used: ${n.failure}; the rules read it alone` : n.asked ? 'asked' : n.cached ? 'answer from the cache' : `not asked: ${n.gate}`}`,
    );
    for (const d of n.dropped) out.push(`  dropped: ${d}`);
  }
  out.push('', `Moves (${e.moves.length}):`);
  if (!e.moves.length) out.push('  none: no sentence names a person together with a move word');
  for (const { move: m, routes, feedback } of e.moves) {
    const ends = [m.from ? `from ${m.from.org}${m.from.unit ? ` (${m.from.unit})` : ''}` : '', m.to ? `to ${m.to.org}${m.to.unit ? ` (${m.to.unit})` : ''}` : ''].filter(Boolean).join(' ');
    out.push(
      `  ${m.person}: ${m.event} ${ends}${m.role ? `, as ${m.role}` : ''}${m.tenure ? `, after ${m.tenure}` : ''} · ${m.status} · confidence ${m.confidence}${m.discovered ? ' · discovered' : ''}${m.bySurname ? ' · by surname' : ''}`,
    );
    out.push(`    read by: ${m.readBy === 'rules' ? 'the rules' : m.readBy === 'model' ? 'the language model' : 'the rules, with facts from the language model'}`);
    out.push(`    why: ${m.reasons.join('; ')}`);
    out.push(`    evidence: “${m.evidence}”`);
    out.push(
      routes.length
        ? `    routes to: ${routes.map((rt) => `${channelName(rt.channel)} (${rt.watched.map((w) => `${w.kind} ${w.name}`).join(', ')})`).join('; ')}`
        : '    routes to: nobody (no watch on the person or either org; a strict or surname-only match whose orgs the text does not name; a channel muted them; or confidence below the threshold)',
    );
    for (const f of feedback)
      out.push(`    flagged in chat: ${f.kind === 'not-a-move' ? 'not a move' : 'wrong person'}, by ${f.userName ?? f.userId} in ${channelName(f.channel)} (${f.createdAt.slice(0, 10)})`);
  }
  return `${out.join('\n')}\n`;
}
