import { decodeBody } from './charset.js';
import { FetchError } from './errors.js';
import { fetchUrl, type FetchOptions } from './fetch.js';

/** Whether feed text is only a summary: short, or cut off with an ellipsis or "read more". */
export function looksLikeSummary(text: string): boolean {
  const t = text.trim();
  if (t.length < 400) return true;
  return /(…|\.\.\.|\[…\]|\[\.\.\.\]|read more|continue reading|阅读全文|閱讀全文|查看全文|點擊閱讀|点击阅读)\s*$/i.test(t);
}

/** Fetches an article page (under the fetch limits, through the address guard) and returns its main text. */
export async function fetchArticleText(url: string, opts: Omit<FetchOptions, 'etag' | 'lastModified'>): Promise<string> {
  const res = await fetchUrl(url, { ...opts, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
  if (res.kind !== 'ok') throw new FetchError('client', `${url}: no body`);
  // Readability over linkedom is heavy to load: only when an article page is actually read.
  const { extractArticle } = await import('./article.js');
  const a = extractArticle(decodeBody(res.body, res.contentType));
  return a.text;
}
