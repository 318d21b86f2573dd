import Parser from 'rss-parser';
import type { FeedEntry } from '../domain.js';
import { htmlToLine, htmlToText, stripUnsafe } from '../text/html.js';
import { parseFeedDate } from './dates.js';
import { FetchError } from './errors.js';

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  entries: FeedEntry[];
  /** Entries that could not be read and were left out. */
  skipped?: number;
}

type RawItem = Record<string, unknown>;

// rss-parser turns an Atom entry's date into ISO with `new Date(x).toISOString()`, which throws
// on a malformed date and loses the whole feed; we hand it entries without dates and read them ourselves.
type AtomParser = {
  parseItemAtom(entry: Record<string, unknown>): RawItem;
  buildAtomFeed(xml: Record<string, unknown>): Record<string, unknown>;
};
const attr = (node: unknown, name: string): string | undefined => (node as { $?: Record<string, string> } | undefined)?.$?.[name];

/** Atom content marked base64 (mode="base64", or a non-text type) is decoded before it is read. */
function decodeBase64Nodes(nodes: unknown): unknown {
  if (!Array.isArray(nodes)) return nodes;
  return nodes.map((n) => {
    const mode = attr(n, 'mode');
    const type = attr(n, 'type') ?? '';
    const text = typeof n === 'object' && n ? (n as { _?: unknown })._ : n;
    const isBase64 = mode === 'base64' || (!!type && !/^(text|html|xhtml)$|^text\/|xml$/.test(type));
    if (!isBase64 || typeof text !== 'string') return n;
    const decoded = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
    return { ...(n as object), _: decoded };
  });
}

class DateSafeParser extends Parser<Record<string, unknown>, RawItem> {
  /** The feed element's xml:base while its entries are built (buildAtomFeed builds them synchronously). */
  private feedBase: string | undefined;

  buildAtomFeed(xml: Record<string, unknown>): Record<string, unknown> {
    this.feedBase = attr(xml.feed, 'xml:base');
    try {
      return (Parser.prototype as unknown as AtomParser).buildAtomFeed.call(this, xml);
    } finally {
      this.feedBase = undefined;
    }
  }

  parseItemAtom(entry: Record<string, unknown>): RawItem {
    const { published, updated, title, ...rest } = entry;
    for (const k of ['content', 'summary'] as const) rest[k] = decodeBase64Nodes(rest[k]);
    const item = (Parser.prototype as unknown as AtomParser).parseItemAtom.call(this, rest);
    // Titles with inline XHTML come as element trees; keep them for textOf. xml:base may sit on
    // the feed, the entry and the link: each resolves against the one above it.
    const link = (Array.isArray(entry.link) ? entry.link : []).find((l) => !attr(l, 'rel') || attr(l, 'rel') === 'alternate');
    const bases = [this.feedBase, attr(entry, 'xml:base'), attr(link, 'xml:base')].filter((b): b is string => !!b);
    return { ...item, published, updated, title: decodeBase64Nodes(title), xmlBases: bases };
  }
}

const customFields = {
  item: [
    'content:encoded',
    'body',
    'xhtml:body',
    'fullitem',
    'dc:description',
    'itunes:summary',
    'dc:date',
    'dcterms:issued',
    'dcterms:modified',
    'dcterms:created',
    'issued',
    'modified',
    'source',
    'description',
    'updated',
    'published',
    'author',
  ],
};
// A fresh parser per document: rss-parser reuses one xml2js parser per instance, and after one
// document xml2js 0.5 can leave the next sax parser "already ended", so a loose parse of a
// truncated document never calls back. Real feeds carry HTML entities (&nbsp;) and stray
// ampersands; the loose parser reads them (tags lower-cased).
const strictParser = () => new DateSafeParser({ customFields, defaultRSS: 2 });
const looseParser = () => new DateSafeParser({ customFields, defaultRSS: 2, xml2js: { strict: false, normalizeTags: true } });
/** A parse that has not called back by then never will (a parser bug): the feed fails instead of the cycle hanging. */
export const PARSE_DEADLINE_MS = 10_000;

type ParsedXml = Awaited<ReturnType<DateSafeParser['parseString']>>;

function parseSettled(parser: DateSafeParser, xml: string): Promise<ParsedXml> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the XML parser did not finish within ${PARSE_DEADLINE_MS / 1000}s`)), PARSE_DEADLINE_MS);
  });
  return Promise.race([parser.parseString(xml), deadline]).finally(() => clearTimeout(timer));
}

/** xml2js gives strings, objects with "_", element trees (inline XHTML) or arrays: take the text. */
function textOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o._ === 'string' && Object.keys(o).every((k) => k === '_' || k === '$')) return o._;
    // Mixed content ("Example <b>Atom</b>"): xml2js keeps the text in "_" and the elements apart.
    return Object.entries(o)
      .filter(([k]) => k !== '$')
      .map(([, child]) => (Array.isArray(child) ? child.map(textOf).join(' ') : textOf(child)))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return '';
}

function resolveLink(link: string, base: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "Headline - Reuters": aggregators (Google News) append the outlet to the title. */
function splitPublisher(title: string, source: unknown): { title: string; publisher: string | null } {
  const named = textOf(source).trim();
  if (named && title.endsWith(` - ${named}`)) return { title: title.slice(0, -(named.length + 3)).trim(), publisher: named };
  return { title, publisher: named || null };
}

function firstText(item: RawItem, keys: string[]): string {
  for (const k of keys) {
    const t = textOf(item[k]);
    if (t.trim()) return t;
  }
  return '';
}

function firstDate(item: RawItem, keys: string[]): Date | null {
  for (const k of keys) {
    const d = parseFeedDate(textOf(item[k]));
    if (d) return d;
  }
  return null;
}

/** Applies a chain of xml:base values, outermost first, to the document's URL. */
function withBases(base: string, bases: unknown): string {
  let out = base;
  for (const b of Array.isArray(bases) ? bases : []) out = resolveLink(String(b), out) ?? out;
  return out;
}

function toEntry(item: RawItem, docBase: string): FeedEntry {
  const base = withBases(docBase, item.xmlBases);
  const rawTitle = htmlToLine(textOf(item.title));
  const { title, publisher } = splitPublisher(rawTitle, item.source);
  const body = firstText(item, ['content:encoded', 'body', 'xhtml:body', 'fullitem', 'content', 'summary', 'description', 'dc:description', 'itunes:summary']);
  const guid = textOf(item.guid) || textOf(item.id);
  // RSS: with no <link>, a guid that is a permalink (the default) is the link.
  const guidIsLink = !item.link && guid && (item.guid as { $?: { isPermaLink?: string } } | undefined)?.$?.isPermaLink !== 'false';
  return {
    guid: guid.trim() || null,
    url: resolveLink(textOf(item.link), base) ?? (guidIsLink ? resolveLink(guid, base) : null),
    title: title || '(untitled)',
    text: htmlToText(body),
    published: firstDate(item, ['isoDate', 'pubDate', 'dc:date', 'dcterms:issued', 'published', 'issued', 'dcterms:created', 'updated', 'modified', 'dcterms:modified']),
    publisher,
  };
}

function parseJsonFeed(text: string, base: string): ParsedFeed {
  let doc: { title?: unknown; home_page_url?: unknown; items?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (err) {
    throw new FetchError('unparsable', `not a feed: invalid JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(doc.items)) throw new FetchError('unparsable', 'not a JSON Feed: no "items" array');
  const entries = (doc.items as Record<string, unknown>[])
    .filter((i) => i && typeof i === 'object')
    .map((i) => ({
      guid: i.id === undefined || i.id === null ? null : String(i.id),
      url: resolveLink(textOf(i.url) || textOf(i.external_url), base),
      title: htmlToLine(textOf(i.title)) || '(untitled)',
      text: stripUnsafe(textOf(i.content_text)).trim() || htmlToText(textOf(i.content_html) || textOf(i.summary)),
      published: parseFeedDate(textOf(i.date_published) || textOf(i.date_modified)),
      publisher: null,
    }));
  return { title: textOf(doc.title) || null, link: textOf(doc.home_page_url) || null, entries };
}

/** Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom and JSON Feed text into entries. */
export async function parseFeed(text: string, feedUrl: string): Promise<ParsedFeed> {
  const head = text.trimStart();
  if (head.startsWith('{')) return parseJsonFeed(head, feedUrl);
  const xml = limitDepth(stripDoctype(text), MAX_DEPTH);
  // xml2js never answers for a document without an element (only a comment, say).
  if (!/<[A-Za-z_]/.test(xml.replace(/<!--[\s\S]*?-->/g, ''))) throw new FetchError('unparsable', 'not a feed: the document has no elements');
  let feed: ParsedXml;
  try {
    feed = await parseSettled(strictParser(), xml);
  } catch (strictError) {
    try {
      feed = await parseSettled(looseParser(), xml);
    } catch {
      throw new FetchError('unparsable', `not a feed: ${(strictError as Error).message.split('\n')[0]}`);
    }
  }
  // Relative links resolve against the document's URL (and any xml:base), as feed readers do.
  // One entry that cannot be read (markup nested past any reason) is skipped; the feed stays.
  const entries: FeedEntry[] = [];
  let skipped = 0;
  for (const i of feed.items ?? []) {
    try {
      entries.push(toEntry(i, feedUrl));
    } catch {
      skipped++;
    }
  }
  return { title: textOf(feed.title) || null, link: textOf(feed.link) || null, entries, skipped };
}

/** No feed nests elements this deep; past it, tags are dropped (their text kept) so one hostile entry cannot overflow the parser. */
export const MAX_DEPTH = 256;

/**
 * Drops the tags of elements nested deeper than `max`, keeping their text: one linear pass over
 * the tags (comments, CDATA and processing instructions are passed over untouched).
 */
export function limitDepth(xml: string, max: number): string {
  const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)[A-Za-z_][^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  for (const m of xml.matchAll(TOKEN)) {
    if (m[1] === undefined) continue;
    if (m[1] === '/') depth--;
    else if (m[2] !== '/') depth = Math.max(depth + 1, 1);
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= max) return xml;
  depth = 0;
  return xml.replace(TOKEN, (tag, close: string | undefined, self: string | undefined) => {
    if (close === undefined) return tag;
    if (close === '/') return depth-- > max ? '' : tag;
    if (self === '/') return depth >= max ? '' : tag;
    return ++depth > max ? '' : tag;
  });
}

/** A DOCTYPE can declare entity bombs and external entities; feeds never need one. */
export function stripDoctype(xml: string): string {
  return xml.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
}
