import { convert } from 'html-to-text';

const OPTIONS = {
  wordwrap: false as const,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable' },
  ],
};

// Control characters and bidirectional overrides: feed text must not reorder or hide what a channel shows.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Feed text with control characters and bidi overrides removed. */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE, '');
}

/** Clean text from feed HTML: tags, scripts and entities gone, paragraphs as lines, no control characters. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return stripUnsafe(html).trim();
  return stripUnsafe(convert(html, OPTIONS))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text (titles): whitespace collapsed. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim();
}
