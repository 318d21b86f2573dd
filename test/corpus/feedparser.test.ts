import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeedEntry } from '../../src/domain.js';
import { decodeBody } from '../../src/ingest/charset.js';
import { FetchError } from '../../src/ingest/errors.js';
import { parseFeed } from '../../src/ingest/parse.js';
import { htmlToLine, htmlToText } from '../../src/text/html.js';
import { root } from '../helpers/cli.js';

// feedparser's own test suite, read in place from ../shared (never copied into the repo).
const corpus = path.resolve(root, '../shared/corpora/feedparser');

interface IndexRow {
  path: string;
  http_headers: string[];
}

type Field = 'title' | 'link' | 'id' | 'date' | 'summary/content';

/** A Python string literal ('…' or "…", with \x, \u, \U escapes) as a JS string. */
function pyString(lit: string): string {
  const body = lit.replace(/^[uU]?(['"])/, '').slice(0, -1);
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|n|t|r|\\|'|")/g, (_, e: string) => {
    if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e]!;
  });
}

const CLAUSE = /entries\[0\](?:\['(\w+)'\]|\.(\w+))(\[0\]\['value'\])?\s*==\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\([\d, ]+\))/g;
const FIELD: Record<string, Field> = {
  title: 'title',
  link: 'link',
  id: 'id',
  guid: 'id',
  description: 'summary/content',
  summary: 'summary/content',
  content: 'summary/content',
  published_parsed: 'date',
  updated_parsed: 'date',
};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function holds(field: Field, expected: string, e: FeedEntry): boolean {
  switch (field) {
    case 'title':
      // We keep titles as plain text: compare with the text of feedparser's sanitised HTML.
      return e.title === (htmlToLine(expected) || '(untitled)');
    case 'link':
      return e.url === expected;
    case 'id':
      return e.guid === expected;
    case 'summary/content':
      return squash(e.text) === squash(htmlToText(expected));
    case 'date': {
      const [y, mo, d, h, mi, s] = expected.replace(/[()]/g, '').split(',').map(Number);
      const p = e.published;
      return !!p && p.getUTCFullYear() === y && p.getUTCMonth() + 1 === mo && p.getUTCDate() === d && p.getUTCHours() === h && p.getUTCMinutes() === mi && p.getUTCSeconds() === s;
    }
  }
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let t: NodeJS.Timeout | undefined;
  const timer = new Promise<'timeout'>((r) => (t = setTimeout(() => r('timeout'), ms)));
  try {
    return await Promise.race([p, timer]);
  } finally {
    clearTimeout(t);
  }
}

describe('feedparser corpus', () => {
  it('parses every file without a crash or a hang, and reports how many expectations hold', async () => {
    const rows = fs
      .readFileSync(path.join(corpus, 'INDEX.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as IndexRow);
    const tally = new Map<Field, { total: number; hold: number }>();
    const crashes: string[] = [];
    const hangs: string[] = [];
    let parsed = 0;
    let rejected = 0;
    const started = Date.now();
    for (const row of rows) {
      const bytes = fs.readFileSync(path.join(corpus, row.path));
      const contentType = row.http_headers.map((h) => /^content-type:\s*(.*)$/i.exec(h)?.[1]).find(Boolean) ?? null;
      const text = decodeBody(bytes, contentType ?? null);
      const header = /Expect:\s*(.*)\s*-->/.exec(text)?.[1] ?? '';
      let result: Awaited<ReturnType<typeof parseFeed>> | 'timeout' | null = null;
      try {
        result = await withTimeout(parseFeed(text, `http://127.0.0.1:8097/${row.path}`), 5_000);
      } catch (err) {
        if (err instanceof FetchError && err.kind === 'unparsable') rejected++;
        else crashes.push(`${row.path}: ${(err as Error).message}`);
      }
      if (result === 'timeout') {
        hangs.push(row.path);
        continue;
      }
      if (result) parsed++;
      for (const m of header.matchAll(CLAUSE)) {
        const field = FIELD[m[1] ?? m[2]!];
        if (!field) continue;
        const t = tally.get(field) ?? { total: 0, hold: 0 };
        t.total++;
        const entry = result ? result.entries[0] : undefined;
        const expected = m[4]!.startsWith('(') ? m[4]! : pyString(m[4]!);
        if (entry && holds(field, expected, entry)) t.hold++;
        else if (process.env.LABWATCH_CORPUS_MISSES)
          console.log(
            `MISS ${field} ${row.path}: want ${JSON.stringify(expected)} got ${JSON.stringify(entry ? (field === 'title' ? entry.title : field === 'link' ? entry.url : field === 'id' ? entry.guid : field === 'date' ? entry.published : entry.text) : null)}`,
          );
        tally.set(field, t);
      }
    }
    const lines = [
      `feedparser corpus: ${rows.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s: ${parsed} parsed, ${rejected} rejected as not a feed (one-line error), ${crashes.length} crashed, ${hangs.length} hung`,
      '',
      '| field | expectations | hold | % |',
      '|---|---:|---:|---:|',
    ];
    let all = 0;
    let held = 0;
    for (const f of ['title', 'link', 'id', 'date', 'summary/content'] as Field[]) {
      const t = tally.get(f) ?? { total: 0, hold: 0 };
      all += t.total;
      held += t.hold;
      lines.push(`| ${f} | ${t.total} | ${t.hold} | ${t.total ? ((100 * t.hold) / t.total).toFixed(1) : '-'} |`);
    }
    lines.push(`| all | ${all} | ${held} | ${((100 * held) / all).toFixed(1)} |`);
    console.log(lines.join('\n'));
    if (crashes.length) console.log(crashes.slice(0, 20).join('\n'));
    expect(crashes).toEqual([]);
    expect(hangs).toEqual([]);
  });
});
