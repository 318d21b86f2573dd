import type { Logger } from 'pino';
import type { Db } from '../db/open.js';
import type { Item } from '../domain.js';
import { fullTextTried, setFullText } from '../db/items.js';
import { fetchArticleText, looksLikeSummary } from '../ingest/fulltext.js';
import type { FetchOptions } from '../ingest/fetch.js';
import { findMentions } from '../match/mentions.js';
import type { MatchIndex } from '../match/watch-index.js';
import { normalize } from '../text/normalize.js';

/** Whether an item names someone or something we care about, or a move word: worth its full article. */
export function worthFullText(item: Item, index: MatchIndex): boolean {
  if (!item.url || !looksLikeSummary(item.text)) return false;
  return findMentions(normalize(`${item.title}\n${item.text}`).text, index).some(
    (m) => m.entity.kind === 'person' || m.entity.kind === 'trigger' || (m.entity.kind === 'org' && index.catalog.lineage(m.entity.org).some((o) => index.watchedOrgs.has(o))),
  );
}

/**
 * Fetches the article pages of summary-only items that mention a watch or a move, at most
 * `budget` a cycle, and returns the items with the article's text where it was longer. The
 * outcome is stored with the item, so a page is never fetched twice. Never fatal: a page that
 * fails is recorded and the feed's text is matched instead.
 */
export async function enrichWithFullText(db: Db, items: Item[], index: MatchIndex, budget: { left: number }, fetch: Omit<FetchOptions, 'etag' | 'lastModified'>, log: Logger): Promise<Item[]> {
  const out: Item[] = [];
  for (const item of items) {
    if (budget.left <= 0 || !worthFullText(item, index) || fullTextTried(db, item.id)) {
      out.push(item);
      continue;
    }
    budget.left--;
    try {
      const text = await fetchArticleText(item.url!, fetch);
      if (text.length > item.text.length) {
        setFullText(db, item.id, { text });
        out.push({ ...item, text });
        continue;
      }
      setFullText(db, item.id, { error: 'the article text is no longer than the feed text' });
    } catch (err) {
      setFullText(db, item.id, { error: (err as Error).message });
      log.info({ url: item.url, err: (err as Error).message }, 'article page not fetched; matching the feed text');
    }
    out.push(item);
  }
  return out;
}
