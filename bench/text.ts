import fs from 'node:fs';
import path from 'node:path';
import { corpus } from './matching.js';
import type { Watch } from '../src/domain.js';
import { loadCatalog, buildMatchIndex, findMentions, concernsAWatch, recognizeScanned, SentenceReader, normalize, splitSentences, parseFeed, packageRoot } from './built.js';

const TARGET_BYTES = 10 * 1024 * 1024;
const FEEDS_DIR = path.join(packageRoot, '../shared/corpora/rss-parser/input');

/** Items repeated until they make `bytes` (each copy a separate item, as a poll would hand them over). */
function repeatTo(items: string[], bytes: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const t = items[i % items.length]!;
    out.push(t);
    n += Buffer.byteLength(t);
  }
  return out;
}

/** English feed text: the items of the real feeds in ../shared (titles and text), or generated prose without them. */
async function englishFeedItems(): Promise<{ items: string[]; from: string }> {
  if (fs.existsSync(FEEDS_DIR)) {
    const items: string[] = [];
    for (const f of fs.readdirSync(FEEDS_DIR)) {
      try {
        const feed = await parseFeed(fs.readFileSync(path.join(FEEDS_DIR, f), 'utf8'), 'https://feeds.example/');
        for (const e of feed.entries) if (e.text.length > 40 && !/\p{Script=Han}/u.test(e.text)) items.push(`${e.title}\n${e.text}`);
      } catch {
        // A feed the parser refuses is not text for this bench.
      }
    }
    if (items.length) return { items, from: `${items.length} items of the feeds in ../shared/corpora/rss-parser` };
  }
  const sentence = 'The company said on Tuesday that its quarterly revenue rose, while analysts expect the new model to ship next year. ';
  return { items: Array.from({ length: 200 }, (_, i) => `Story ${i}\n${sentence.repeat(12)}`), from: 'generated prose (../shared not found)' };
}

/** The median of three timed passes, after a warm-up pass: one pass on a busy 2-core machine varies by a fifth. */
function timed(fn: () => void): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[1]!;
}

/** Throughput of each stage of reading text, on 10 MB of the development fixtures and the seed plus 10 MB of English feed text. */
export async function benchText(): Promise<void> {
  const catalog = loadCatalog(path.join(packageRoot, 'config/orgs.yaml'));
  const watches: Watch[] = ['OpenAI', 'Meta', 'Google', 'Anthropic', 'Alibaba', 'ByteDance', 'Tencent', 'Microsoft'].map((name, i) => ({
    kind: 'org',
    id: i + 1,
    name,
    aliases: [],
    channel: 1 as Watch['channel'],
    origin: 'config',
  }));
  const index = buildMatchIndex(watches, catalog);
  const english = await englishFeedItems();
  const dev = repeatTo(corpus(), TARGET_BYTES);
  const items = [...dev, ...repeatTo(english.items, TARGET_BYTES)];
  const bytes = items.reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(`\n## Text: each stage of reading, on ${(bytes / 1048576).toFixed(1)} MiB (${items.length.toLocaleString('en')} items: dev fixtures and seed to 10 MiB, ${english.from} to 10 MiB)\n`);

  const normalized = items.map((t) => normalize(t));
  const mentions = normalized.map((n) => findMentions(n.text, index, n.cased));
  const scanned = normalized.map((n, i) => ({ normalized: n, mentions: mentions[i]! }));
  // Which items the pipeline reads for moves (the gate, asked once here; the timed stage asks it again as the pipeline does).
  const readable = scanned.map((sc) => concernsAWatch(sc, index));
  const stages: [string, () => void][] = [
    ['normalise (NFKC, T→S, case, offsets)', () => items.forEach((t) => normalize(t))],
    ['scan (Aho–Corasick over the normalised text)', () => normalized.forEach((n) => findMentions(n.text, index, n.cased))],
    ['split sentences', () => normalized.forEach((n) => splitSentences(n.text, n.cased))],
    [
      'discover names (sentences with a move word)',
      () =>
        normalized.forEach((n, i) => {
          const ms = mentions[i]!;
          for (const s of splitSentences(n.text, n.cased)) {
            const inside = ms.filter((m) => m.start >= s.start && m.start < s.end);
            if (inside.some((m) => m.entity.kind === 'trigger')) void new SentenceReader(n, s, inside, index).people;
          }
        }),
    ],
    ['recognise (sentences, discovery, rules, article)', () => scanned.forEach((sc) => recognizeScanned(sc, index, { year: 2026 }))],
    [
      'recognise as the pipeline does (only items that name a watch)',
      () =>
        scanned.forEach((sc) => {
          if (concernsAWatch(sc, index)) recognizeScanned(sc, index, { year: 2026 });
        }),
    ],
  ];
  const read = readable.filter(Boolean).length;
  console.log('| stage | time | MB/s |');
  console.log('|---|---:|---:|');
  const times = new Map<string, number>();
  for (const [label, fn] of stages) {
    const ms = timed(fn);
    times.set(label.split(' ')[0]! + (label.includes('pipeline') ? ' read' : ''), ms);
    console.log(`| ${label} | ${ms.toFixed(0)} ms | ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} |`);
  }
  const front = times.get('normalise')! + times.get('scan')!;
  const all = front + times.get('recognise')!;
  const piped = front + times.get('recognise read')!;
  const mbs = (ms: number) => bytes / 1e6 / (ms / 1000);
  console.log(`| **normalise + scan + recognise, every item** | **${all.toFixed(0)} ms** | **${mbs(all).toFixed(1)}** |`);
  console.log(`| **normalise + scan + recognise, as the pipeline reads** | **${piped.toFixed(0)} ms** | **${mbs(piped).toFixed(1)}** |`);
  // The two halves apart, as the pipeline reads them: the dev fixtures are all move news (the worst case); a feed's items
  // mostly are not.
  const halves: [string, number, number][] = [
    ['dev fixtures and seed (every item a move or a look-alike)', 0, dev.length],
    [english.from, dev.length, items.length],
  ];
  console.log('\n| half, as the pipeline reads | items read | normalise + scan + recognise | MB/s |');
  console.log('|---|---:|---:|---:|');
  for (const [label, from, to] of halves) {
    const part = items.slice(from, to);
    const partBytes = part.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const ms = timed(() =>
      part.forEach((t) => {
        const n = normalize(t);
        const sc = { normalized: n, mentions: findMentions(n.text, index, n.cased) };
        if (concernsAWatch(sc, index)) recognizeScanned(sc, index, { year: 2026 });
      }),
    );
    const partRead = readable.slice(from, to).filter(Boolean).length;
    console.log(`| ${label} | ${partRead.toLocaleString('en')} of ${part.length.toLocaleString('en')} | ${ms.toFixed(0)} ms | ${(partBytes / 1e6 / (ms / 1000)).toFixed(1)} |`);
  }
  console.log(
    `\ntext throughput ${mbs(all).toFixed(1)} MB/s reading every item, ${mbs(piped).toFixed(1)} MB/s as the pipeline reads (${read.toLocaleString('en')} of ${items.length.toLocaleString('en')} items name one of the 8 watched orgs; the rest are not read for moves) (target ≥ 20 MB/s) → ${mbs(all) >= 20 ? 'OK' : mbs(piped) >= 20 ? 'OK as the pipeline reads, MISSED for every item' : 'MISSED'}; split sentences and discover names are inside recognise, shown apart`,
  );
}
