import type { Logger } from 'pino';
import type { Db } from '../db/open.js';
import type { Item } from '../domain.js';
import { fullTextTried, setFullText } from '../db/items.js';
import { fetchArticleText, looksLikeSummary } from '../ingest/fulltext.js';
import type { FetchOptions } from '../ingest/fetch.js';
import { namesAWatch, type ScannedText } from '../match/mentions.js';
import type { MatchIndex } from '../match/watch-index.js';

/** Whether an item names someone or something we care about, or a move word: worth its full article. */
export function worthFullText(item: Item, scanned: ScannedText, index: MatchIndex): boolean {
  if (!item.url || !looksLikeSummary(item.text)) return false;
  return scanned.mentions.some((m) => m.entity.kind === 'trigger' || namesAWatch(m, index));
}

/**
 * The article's own text for a summary-only item that mentions a watch or a move, within
 * `budget` fetches a cycle; null when the feed's text stays. The outcome is stored with the
 * item, so a page is never fetched twice. Never fatal: a page that fails is recorded.
 */
export async function fetchFullText(
  db: Db,
  item: Item,
  scanned: ScannedText,
  index: MatchIndex,
  budget: { left: number },
  fetch: Omit<FetchOptions, 'etag' | 'lastModified'>,
  log: Logger,
): Promise<string | null> {
  if (budget.left <= 0 || !worthFullText(item, scanned, index) || fullTextTried(db, item.id)) return null;
  budget.left--;
  try {
    const text = await fetchArticleText(item.url!, fetch);
    if (text.length > item.text.length) {
      setFullText(db, item.id, { text });
      return text;
    }
    setFullText(db, item.id, { error: 'the article text is no longer than the feed text' });
  } catch (err) {
    setFullText(db, item.id, { error: (err as Error).message });
    log.info({ url: item.url, err: (err as Error).message }, 'article page not fetched; matching the feed text');
  }
  return null;
}
