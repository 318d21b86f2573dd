import type { Logger } from 'pino';
import type { Db } from '../db/open.js';
import type { Item } from '../domain.js';
import { markProcessed, recordReadFailure } from '../db/items.js';
import { copyReports, getMove, hasReport, moveSources, recentMoves } from '../db/moves.js';
import { destinationsOf } from '../db/outbox.js';
import { commitMoves } from '../db/commit.js';
import type { FetchOptions } from '../ingest/fetch.js';
import { concernsAWatch, scanText } from '../match/mentions.js';
import { recognizeScanned } from '../match/recognize.js';
import { fetchFullText } from './enrich.js';
import type { ModelReader } from './llm-reader.js';
import { planMoves, type MatchContext, type PlanLookups } from './plan.js';

/** Cycles an item may fail to be read in before it is left alone (a bug, not a passing fault). */
export const MAX_READ_ATTEMPTS = 3;

export interface ReadTally {
  moves: number;
  alerts: number;
  followups: number;
}

export interface ReadDeps {
  db: Db;
  log: Logger;
  /** Article pages, fetched for summary-only items (URLs from feeds: guarded). */
  fetch: Omit<FetchOptions, 'etag' | 'lastModified'>;
  /** Told when alerts were queued, so they go out now rather than at the dispatcher's next tick. */
  onQueued?: () => void;
  /** The optional language-model reader, with what is left of this cycle's budget for it. */
  model?: { reader: ModelReader; budget: { left: number } };
}

/** The store's answers for planning, read straight from the database. */
export function storeLookups(db: Db): PlanLookups {
  return {
    recentMoves: (key, since) => recentMoves(db, key, since),
    storedMove: (id) => getMove(db, id),
    sources: (id) => moveSources(db, id),
    deliveredTo: (id) => destinationsOf(db, id),
    hasReport: (id, itemId) => hasReport(db, id, itemId),
  };
}

/** How much of one item is read for moves: a news story is far shorter; a 9 MB "item" is a dump, not news. */
export const MAX_READ_CHARS = 200_000;

/** The text to read, cut at MAX_READ_CHARS (and said so). */
function readable(item: Item, text: string, log: Logger): string {
  const whole = `${item.title}\n${text}`;
  if (whole.length <= MAX_READ_CHARS) return whole;
  log.info({ item: item.url, chars: whole.length }, `an item of ${whole.length.toLocaleString('en')} characters is read for its first ${MAX_READ_CHARS.toLocaleString('en')} only`);
  return whole.slice(0, MAX_READ_CHARS);
}

/** Reads one item: scan once, the article's text where worth it, recognise, plan, commit. */
export async function readItem(deps: ReadDeps, item: Item, ctx: MatchContext, budget: { left: number }, tally: ReadTally): Promise<void> {
  let text = readable(item, item.text, deps.log);
  let scanned = scanText(text, ctx.index);
  const article = await fetchFullText(deps.db, item, scanned, ctx.index, budget, deps.fetch, deps.log);
  if (article !== null) {
    item = { ...item, text: article };
    text = readable(item, article, deps.log);
    scanned = scanText(text, ctx.index);
  }
  const now = new Date();
  if (!concernsAWatch(scanned, ctx.index)) {
    markProcessed(deps.db, item.id, now);
    return;
  }
  const year = new Date(item.publishedAt ?? now).getUTCFullYear();
  let { moves } = recognizeScanned(scanned, ctx.index, { year });
  if (deps.model) ({ moves } = await deps.model.reader.read(text, scanned, ctx.index, moves, deps.model.budget));
  const writes = planMoves(item, moves, ctx, storeLookups(deps.db), now);
  commitMoves(deps.db, item.id, writes, now);
  if (writes.some((w) => w.deliveries.length)) deps.onQueued?.();
  for (const w of writes) {
    if (w.kind === 'new') tally.moves++;
    for (const d of w.deliveries) {
      if (d.alert.followup) tally.followups++;
      else tally.alerts++;
    }
  }
  markProcessed(deps.db, item.id, now);
}

/**
 * Reads new items for moves, each marked read once its moves are committed. A syndicated copy
 * of a story already read joins its moves as a report without being read again. An item whose
 * reading fails is read again next cycle, and left alone after MAX_READ_ATTEMPTS.
 */
export async function readItems(deps: ReadDeps, items: { item: Item; duplicateOf: number | null }[], ctx: MatchContext, budget: { left: number }, tally: ReadTally, from: string): Promise<void> {
  for (const { item, duplicateOf } of items) {
    if (duplicateOf !== null && copyReports(deps.db, duplicateOf, item.id, new Date()) > 0) {
      markProcessed(deps.db, item.id, new Date());
      continue;
    }
    // Let timers, chat commands and the dispatcher in between items.
    await new Promise((r) => setImmediate(r));
    try {
      await readItem(deps, item, ctx, budget, tally);
    } catch (err) {
      const attempts = recordReadFailure(deps.db, item.id);
      const giveUp = attempts >= MAX_READ_ATTEMPTS;
      if (giveUp) markProcessed(deps.db, item.id, new Date());
      deps.log.error(
        { item: item.url, attempts, err: (err as Error).message },
        giveUp ? `could not read an item from ${from} after ${attempts} tries; it stays stored, unread` : `could not read an item from ${from}; it is read again next cycle`,
      );
    }
  }
}
