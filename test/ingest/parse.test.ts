import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, detectCharset } from '../../src/ingest/charset.js';
import { parseFeed } from '../../src/ingest/parse.js';
import { parseFeedDate } from '../../src/ingest/dates.js';
import { rss2 } from '../helpers/feeds.js';

const ZH_TRAD = { title: 'Meta九年元老Chaya Nayak轉投OpenAI', link: 'https://keji.example/a/1', body: '<p>生成式AI產品管理總監Chaya Nayak已離開Meta，轉投OpenAI。</p>' };
const ZH_SIMP = { title: 'MSL研究员Rishabh Agarwal官宣离职', link: 'https://zh.example/8812', body: '<p>另一位MSL研究员Rishabh Agarwal官宣离职，下一站尚未透露。</p>' };

async function parseBytes(bytes: Buffer, contentType: string | null) {
  return parseFeed(decodeBody(bytes, contentType), 'https://feed.example/rss');
}

describe('charsets', () => {
  it('a Big5 feed decodes to the same text as its UTF-8 twin (declared in the XML)', async () => {
    const utf8 = await parseBytes(Buffer.from(rss2('科技快訊', [ZH_TRAD])), 'application/rss+xml; charset=utf-8');
    const big5 = await parseBytes(iconv.encode(rss2('科技快訊', [ZH_TRAD], { encoding: 'Big5' }), 'big5'), 'application/rss+xml');
    expect(big5.entries[0]!.title).toBe('Meta九年元老Chaya Nayak轉投OpenAI');
    expect(big5.entries.map((e) => [e.title, e.text])).toEqual(utf8.entries.map((e) => [e.title, e.text]));
  });

  it('a GBK feed decodes to the same text as its UTF-8 twin (declared in the HTTP header)', async () => {
    const utf8 = await parseBytes(Buffer.from(rss2('智能前沿', [ZH_SIMP])), null);
    const gbk = await parseBytes(iconv.encode(rss2('智能前沿', [ZH_SIMP], { encoding: 'GBK' }), 'gbk'), 'text/xml; charset=GBK');
    expect(gbk.entries.map((e) => [e.title, e.text])).toEqual(utf8.entries.map((e) => [e.title, e.text]));
    expect(gbk.title).toBe('智能前沿');
  });

  it('GB2312 labels read as GB18030 (real feeds mislabel GBK text)', async () => {
    const gb = await parseBytes(iconv.encode(rss2('智能前沿', [ZH_SIMP], { encoding: 'gb2312' }), 'gbk'), null);
    expect(gb.entries[0]!.title).toBe(ZH_SIMP.title);
  });

  it('a BOM wins; UTF-16 without a BOM is recognised by its layout', () => {
    expect(detectCharset(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]), 'text/xml; charset=iso-8859-1')).toBe('utf-8');
    expect(detectCharset(Buffer.from('<?xml version="1.0"?>', 'utf16le'), null)).toBe('utf-16le');
    expect(decodeBody(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss/>', 'utf16le')]), null)).toBe('<rss/>');
  });
});

describe('feed dialects', () => {
  it('RSS 0.91', async () => {
    const f = await parseFeed(
      '<rss version="0.91"><channel><title>Old</title><link>https://old.example/</link><item><title>T</title><link>https://old.example/1</link><description>D</description></item></channel></rss>',
      'https://old.example/rss',
    );
    expect(f.entries[0]).toMatchObject({ title: 'T', url: 'https://old.example/1', text: 'D' });
  });

  it('RSS 1.0 (RDF) with dc:date', async () => {
    const f = await parseFeed(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://rdf.example/"><title>RDF</title><link>https://rdf.example/</link></channel>
      <item rdf:about="https://rdf.example/1"><title>Entry</title><link>https://rdf.example/1</link><description>Body</description><dc:date>2025-09-19T08:30:00+08:00</dc:date></item></rdf:RDF>`,
      'https://rdf.example/rss',
    );
    expect(f.entries[0]).toMatchObject({ title: 'Entry', url: 'https://rdf.example/1', text: 'Body' });
    expect(f.entries[0]!.published?.toISOString()).toBe('2025-09-19T00:30:00.000Z');
  });

  it('Atom 1.0 with relative links under xml:base, HTML titles and a broken date', async () => {
    const f = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/"><title>A</title><link href="https://atom.example/blog/"/>
      <entry><title type="html">Q&amp;amp;A: &lt;b&gt;leaving&lt;/b&gt;</title><link rel="alternate" href="posts/1"/><id>tag:atom.example,2025:1</id>
      <updated>not a date</updated><content type="html">&lt;p&gt;Hi &lt;script&gt;alert(1)&lt;/script&gt;there&lt;/p&gt;</content></entry></feed>`,
      'https://atom.example/feed',
    );
    expect(f.entries[0]).toMatchObject({ title: 'Q&A: leaving', url: 'https://atom.example/blog/posts/1', guid: 'tag:atom.example,2025:1', text: 'Hi there', published: null });
  });

  it('xml:base on the entry and the link, each relative to the one above', async () => {
    const f = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.example/base/"><title>A</title>
      <entry xml:base="2025/"><title>T</title><link xml:base="09/" href="moves.html"/><id>urn:x</id></entry>
      <entry><title>U</title><link href="../up.html"/><id>urn:y</id></entry></feed>`,
      'https://atom.example/feed.xml',
    );
    expect(f.entries.map((e) => e.url)).toEqual(['https://cdn.example/base/2025/09/moves.html', 'https://cdn.example/up.html']);
  });

  it('relative RSS links resolve against the document URL', async () => {
    const f = await parseFeed(
      '<rss version="2.0"><channel><title>R</title><link>https://home.example/</link><item><title>T</title><link>/news/1</link></item></channel></rss>',
      'https://feeds.example/x/rss.xml',
    );
    expect(f.entries[0]!.url).toBe('https://feeds.example/news/1');
  });

  it('Atom 0.3', async () => {
    const f = await parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title><link rel="alternate" href="https://a03.example/"/>
      <entry><title>E</title><link rel="alternate" href="https://a03.example/e"/><id>urn:e</id><issued>2004-01-01T00:00:00Z</issued><modified>2025-09-01T00:00:00Z</modified><summary>S</summary></entry></feed>`,
      'https://a03.example/atom',
    );
    expect(f.entries[0]).toMatchObject({ title: 'E', url: 'https://a03.example/e', text: 'S' });
  });

  it('JSON Feed 1.1', async () => {
    const f = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        home_page_url: 'https://j.example/',
        items: [{ id: '1', url: '/p/1', title: 'Hello', content_html: '<p>Hi &amp; bye</p>', date_published: '2025-09-20T10:00:00Z' }],
      }),
      'https://j.example/feed.json',
    );
    expect(f.entries[0]).toMatchObject({ guid: '1', url: 'https://j.example/p/1', title: 'Hello', text: 'Hi & bye' });
  });

  it('HTML entities that XML does not define (&nbsp;) still parse', async () => {
    const f = await parseFeed(
      '<rss version="2.0"><channel><title>T&nbsp;1</title><item><title>A&nbsp;B &mdash; C</title><link>https://x.example/1</link></item></channel></rss>',
      'https://x.example/',
    );
    expect(f.entries[0]!.title).toBe('A B — C');
  });

  it('an aggregator’s " - Publisher" goes to the publisher', async () => {
    const f = await parseFeed(
      '<rss version="2.0"><channel><title>News search</title><item><title>Jan Leike joins Anthropic - Reuters</title><link>https://news.google.com/rss/articles/CBMiXWh0dHBz?oc=5</link><source url="https://www.reuters.com">Reuters</source></item></channel></rss>',
      'https://news.google.com/rss/search?q=x',
    );
    expect(f.entries[0]).toMatchObject({ title: 'Jan Leike joins Anthropic', publisher: 'Reuters' });
  });

  it('not a feed: one clear error', async () => {
    await expect(parseFeed('<html><body>hello</body></html>', 'https://x.example/')).rejects.toThrow(/^not a feed: /);
    await expect(parseFeed('{"nope": 1}', 'https://x.example/')).rejects.toThrow('not a JSON Feed: no "items" array');
  });
});

describe('hostile text', () => {
  it('control characters and bidi overrides never reach a title or a text', async () => {
    const f = await parseFeed(
      '<rss version="2.0"><channel><title>x</title><item><title>Jan Leike \u202Eslpoh\u202C joins Anthropic</title><link>https://x.example/1</link><description>A\u0007B\u2066C\u2069</description></item></channel></rss>',
      'https://x.example/',
    );
    expect(f.entries[0]).toMatchObject({ title: 'Jan Leike slpoh joins Anthropic', text: 'ABC' });
  });
});

describe('legacy encodings inside the text', () => {
  it('cp1252 punctuation sent as C1 controls is repaired (don\u0092t → don’t)', async () => {
    const f = await parseFeed(
      '<rss version="2.0"><channel><title>x</title><item><title>Don\u0092t leave \u0093OpenAI\u0094</title><link>https://x.example/1</link></item></channel></rss>',
      'https://x.example/',
    );
    expect(f.entries[0]!.title).toBe('Don’t leave “OpenAI”');
  });

  it('UTF-8 stored as cp1250 or cp1252 text (mojibake) is repaired: KarĂ©n → Karén, donâ€™t → don’t', async () => {
    const f = await parseFeed(
      '<rss version="2.0"><channel><title>x</title><item><title>KarĂ©n Simonyan joins Microsoft</title><link>https://x.example/1</link><description>&lt;p&gt;I donâ€™t regret it, she said.&lt;/p&gt;</description></item></channel></rss>',
      'https://x.example/',
    );
    expect(f.entries[0]).toMatchObject({ title: 'Karén Simonyan joins Microsoft', text: 'I don’t regret it, she said.' });
  });

  it('base64 Atom content and titles are decoded', async () => {
    const b64 = Buffer.from('Jason Wei <b>joins</b> Meta').toString('base64');
    const f = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title type="application/octet-stream">${b64}</title><id>urn:1</id><content type="application/octet-stream">${b64}</content></entry></feed>`,
      'https://x.example/',
    );
    expect(f.entries[0]).toMatchObject({ title: 'Jason Wei joins Meta', text: 'Jason Wei joins Meta' });
  });

  it('RSS items with an XHTML <body> are read', async () => {
    const f = await parseFeed(
      '<rss version="2.0"><channel><title>x</title><item><title>T</title><link>https://x.example/1</link><body xmlns="http://www.w3.org/1999/xhtml"><p>Jan Leike joins Anthropic</p></body></item></channel></rss>',
      'https://x.example/',
    );
    expect(f.entries[0]!.text).toBe('Jan Leike joins Anthropic');
  });
});

describe('hostile XML', () => {
  it('an entity-expansion bomb is never expanded', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://x.example/1</link></item></channel></rss>`;
    // The DOCTYPE is dropped before parsing, so the entity is never defined, let alone expanded.
    const f = await parseFeed(lol, 'https://x.example/');
    expect(f.entries[0]!.title).toBe('&lol9;');
  });

  it('an external entity never reads a file', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><link>https://x.example/1</link></item></channel></rss>`;
    const f = await parseFeed(xxe, 'https://x.example/');
    expect(f.entries[0]!.title).toBe('&xxe;');
    expect(JSON.stringify(f)).not.toContain('root:');
  });
});

describe('dates', () => {
  it.each([
    ['Tue, 10 Jun 2025 04:00:00 GMT', '2025-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2025 04:00:00 EST', '2025-06-10T09:00:00.000Z'],
    ['10 Jun 2025 12:00:00 +0800', '2025-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2025 12:00:00 GMT+8', '2025-06-10T04:00:00.000Z'],
    ['2025-06-10T04:00:00Z', '2025-06-10T04:00:00.000Z'],
    ['2025-06-10', '2025-06-10T00:00:00.000Z'],
    ['2025年9月21日 10:30', '2025-09-21T02:30:00.000Z'],
  ])('%s', (raw, iso) => {
    expect(parseFeedDate(raw)?.toISOString()).toBe(iso);
  });

  it.each(['', 'yesterday', 'Foo, 99 Bar 2025', '0000-00-00'])('"%s" is null, not a crash', (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });
});
