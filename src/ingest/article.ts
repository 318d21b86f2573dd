import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../text/html.js';

export interface Article {
  title: string;
  text: string;
}

/** The main text of an article page (Readability over a light DOM); falls back to the whole page's text. */
export function extractArticle(html: string): Article {
  const { document } = parseHTML(html);
  const title = document.querySelector('title')?.textContent?.trim() ?? '';
  try {
    const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (parsed?.content) return { title: parsed.title?.trim() || title, text: htmlToText(parsed.content) };
  } catch {
    // Fall through: some pages defeat Readability; their plain text still matches.
  }
  return { title, text: htmlToText(html) };
}
