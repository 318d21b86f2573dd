import type { Language } from '../domain.js';

const EDITIONS: Record<Language, { hl: string; gl: string; ceid: string }> = {
  en: { hl: 'en-US', gl: 'US', ceid: 'US:en' },
  zh: { hl: 'zh-CN', gl: 'CN', ceid: 'CN:zh-Hans' },
};

/**
 * The RSS feed of a news search (Google News) for a query, in an edition. Its items link
 * through opaque redirect URLs and end titles with " - Publisher"; parse.ts keeps the publisher
 * as the item's source, and dedup compares the titles, not only the URLs.
 */
export function newsSearchUrl(query: string, language: Language): string {
  const e = EDITIONS[language];
  const params = new URLSearchParams({ q: query, hl: e.hl, gl: e.gl, ceid: e.ceid });
  return `https://news.google.com/rss/search?${params.toString()}`;
}

/** The query that finds news about a person's moves: the name in quotes (each alias too). */
export function personQuery(name: string, aliases: string[] = []): string {
  return [name, ...aliases].map((n) => `"${n.replace(/"/g, '')}"`).join(' OR ');
}
