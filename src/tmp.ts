import { parseFeed } from './ingest/parse.js';
const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T &amp; nbsp&nbsp;x</title><link>https://ex.com/</link><item><title>Hello &lt;b&gt;world&lt;/b&gt; - Reuters</title><source url="https://reuters.com">Reuters</source><link>/a/1?utm_source=x</link><guid>g1</guid><pubDate>Tue, 10 Jun 2025 04:00:00 EST</pubDate><description><![CDATA[<p>Body <script>alert(1)</script>text &amp; more</p>]]></description></item></channel></rss>`;
console.log(JSON.stringify(await parseFeed(rss, 'https://ex.com/feed'), null, 1));
const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><link href="https://a.com/"/><entry><title type="html">X &amp;amp; Y</title><link href="e1"/><id>urn:1</id><updated>garbage</updated><summary>S</summary></entry></feed>`;
console.log(JSON.stringify(await parseFeed(atom, 'https://a.com/feed'), null, 1));
