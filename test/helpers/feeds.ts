/** Builds real-shaped RSS 2.0 and Atom documents for tests. */
export interface TestEntry {
  title: string;
  link: string;
  body: string;
  published?: Date | null;
  guid?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss2(title: string, entries: TestEntry[], opts: { encoding?: string } = {}): string {
  const items = entries
    .map(
      (e) => `  <item>
    <title>${esc(e.title)}</title>
    <link>${esc(e.link)}</link>
    <guid isPermaLink="${e.guid ? 'false' : 'true'}">${esc(e.guid ?? e.link)}</guid>
    ${e.published === null ? '' : `<pubDate>${(e.published ?? new Date()).toUTCString()}</pubDate>`}
    <description><![CDATA[${e.body}]]></description>
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${opts.encoding ?? 'UTF-8'}"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>${esc(title)}</title>
  <link>https://news.example/</link>
  <description>${esc(title)}</description>
${items}
</channel>
</rss>`;
}

export function atom(title: string, entries: TestEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(title)}</title>
  <link href="https://atom.example/"/>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>${new Date().toISOString()}</updated>
${entries
  .map(
    (e) => `  <entry>
    <title>${esc(e.title)}</title>
    <link href="${esc(e.link)}"/>
    <id>${esc(e.guid ?? e.link)}</id>
    <updated>${(e.published ?? new Date()).toISOString()}</updated>
    <summary type="html">${esc(e.body)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>`;
}

export const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
