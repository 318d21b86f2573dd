import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATOR, type Watch } from '../src/domain.js';
import { loadCatalog } from '../src/match/catalog.js';
import { scanText } from '../src/match/mentions.js';
import { recognizeScanned } from '../src/match/recognize.js';
import { buildMatchIndex } from '../src/match/watch-index.js';
import { ModelAnswerError, readModelAnswer } from '../src/match/llm/answer.js';
import { ModelReader } from '../src/pipeline/llm-reader.js';
import { LlmServer } from './fakes/llm-server.js';
import { FeedServer } from './fakes/feed-server.js';
import { captureLog, testApp } from './helpers/app.js';
import { runInProcess } from './helpers/cli-inproc.js';
import { root, tempDir, writeFile } from './helpers/cli.js';
import { hoursAgo, rss2 } from './helpers/feeds.js';
import { useServer } from './helpers/fakes.js';

// A story the rules cannot read: the name and the move are in different sentences, joined by "she", and the move
// is told in words that are no move word ("began work … at").
// (A headline with no move word of its own: "Gemini evaluation lead starts at Anthropic" is one the rules now read, the
// one person the body names at the headline mover's org.)
const TITLE = 'A new chapter for an evaluation veteran';
const BODY = "Nadia Okafor spent six years building the evaluation stack behind Google's Gemini models. This week she began work on model behaviour at Anthropic, a colleague said.";
const STORY = `${TITLE}\n${BODY}`;
const OKAFOR_JOINS = { person: 'Nadia Okafor', event: 'join', from: 'Google', to: 'Anthropic', role: null, status: 'reported', evidence: 'This week she began work on model behaviour at Anthropic' };

const catalog = loadCatalog(path.join(root, 'config/orgs.yaml'));
const watches: Watch[] = [
  { kind: 'person', id: 1, name: 'Nadia Okafor', aliases: [], orgs: [], strict: false, channel: OPERATOR, origin: 'config' },
  { kind: 'org', id: 2, name: 'Anthropic', aliases: [], channel: OPERATOR, origin: 'config' },
];
const index = buildMatchIndex(watches, catalog);

function rulesOf(text: string) {
  const scanned = scanText(text, index);
  return { scanned, moves: recognizeScanned(scanned, index, { year: 2026 }).moves };
}

describe("reading the model's answer", () => {
  const { scanned } = rulesOf(STORY);
  const read = (answer: string) => readModelAnswer(answer, scanned, index, 'test-model');

  it('keeps a move whose quote, person and orgs the text supports, as the catalog names the orgs', () => {
    const r = read(JSON.stringify({ moves: [OKAFOR_JOINS] }));
    expect(r.dropped).toEqual([]);
    expect(r.moves).toEqual([
      expect.objectContaining({
        person: 'Nadia Okafor',
        discovered: false,
        event: 'join',
        from: { org: 'Google', unit: null },
        to: { org: 'Anthropic', unit: null },
        readBy: 'model',
        status: 'reported',
      }),
    ]);
  });

  it.each([
    ['a quote that is not in the text', { ...OKAFOR_JOINS, evidence: 'Okafor confirmed she joined Anthropic last week' }, 'the evidence is not in the text'],
    ['a person the text does not name', { ...OKAFOR_JOINS, person: 'Dario Amodei' }, 'not named in the text'],
    ['an org neither in the text nor the catalog', { ...OKAFOR_JOINS, to: 'Quillfeather Robotics' }, 'neither in the text nor in the catalog'],
    ['an event outside the schema', { ...OKAFOR_JOINS, event: 'sabbatical' }, 'wrong shape'],
    ['a move without evidence', { ...OKAFOR_JOINS, evidence: undefined }, 'wrong shape'],
  ])('drops %s', (_what, move, why) => {
    const r = read(JSON.stringify({ moves: [move] }));
    expect(r.moves).toEqual([]);
    expect(r.dropped.join('\n')).toContain(why);
  });

  it('reads JSON wrapped in a Markdown fence, as local models often send it', () => {
    expect(read(`Here you go:\n\`\`\`json\n${JSON.stringify({ moves: [OKAFOR_JOINS] })}\n\`\`\``).moves).toHaveLength(1);
  });

  it('refuses an answer that is not JSON or has no moves list', () => {
    expect(() => read('Nadia Okafor joined Anthropic.')).toThrow(ModelAnswerError);
    expect(() => read('{"people": []}')).toThrow(ModelAnswerError);
  });

  it('status words in the quoted sentence still decide the status', () => {
    const rumour = rulesOf('Nadia Okafor is said to be joining Anthropic, people familiar with the matter said.');
    const r = readModelAnswer(
      JSON.stringify({ moves: [{ ...OKAFOR_JOINS, evidence: 'Nadia Okafor is said to be joining Anthropic, people familiar with the matter said.' }] }),
      rumour.scanned,
      index,
      'm',
    );
    expect(r.moves[0]?.status).toBe('rumoured');
  });
});

describe('the model reader against an OpenAI-compatible server', () => {
  const llm = useServer(() => new LlmServer().start());

  function reader(opts: { timeoutMs?: number; db?: ReturnType<typeof testApp>['app']['db'] | null; apiKey?: string | null } = {}) {
    const { log, lines } = captureLog();
    const r = new ModelReader({
      endpoint: { baseUrl: llm().baseUrl, model: 'qwen2.5:7b-instruct', apiKey: opts.apiKey ?? null, timeoutMs: opts.timeoutMs ?? 5_000 },
      maxChars: 8_000,
      db: opts.db ?? null,
      log,
    });
    return { r, lines };
  }

  it('fills the move the rules missed, says the model found it, and sends the key, model and JSON mode', async () => {
    llm().answer(LlmServer.moves([OKAFOR_JOINS]));
    const { r } = reader({ apiKey: 'sk-test-123' });
    const { scanned, moves } = rulesOf(STORY);
    expect(moves).toEqual([]);
    const out = await r.read(STORY, scanned, index, moves, { left: 5 });
    expect(out.moves.map((m) => [m.person, m.event, m.to?.org, m.readBy])).toEqual([['Nadia Okafor', 'join', 'Anthropic', 'model']]);
    const req = llm().requests[0]!;
    expect(req.authorization).toBe('Bearer sk-test-123');
    expect(req.body).toMatchObject({ model: 'qwen2.5:7b-instruct', response_format: { type: 'json_object' }, temperature: 0 });
    expect(req.body.messages[1]!.content).toContain('Nadia Okafor spent six years');
  });

  it('adds what the rules left empty to a move they found, and keeps their event', async () => {
    const text = 'Nadia Okafor has left Google, she said on Monday. Anthropic is her new home.';
    llm().answer(LlmServer.moves([{ ...OKAFOR_JOINS, event: 'departure', evidence: 'Anthropic is her new home.' }]));
    const { r } = reader();
    const { scanned, moves } = rulesOf(text);
    expect(moves.map((m) => [m.event, m.from?.org, m.to])).toEqual([['departure', 'Google', null]]);
    const out = await r.read(text, scanned, index, moves, { left: 5 });
    expect(out.moves.map((m) => [m.event, m.from?.org, m.to?.org, m.readBy])).toEqual([['departure', 'Google', 'Anthropic', 'rules+model']]);
  });

  it.each([
    ['malformed JSON', { content: '{"moves": [{"person": "Nadia Okafor",' }, /the answer is not JSON/],
    ['a reply that is not a chat completion', { raw: '<html>gateway</html>' }, /the reply is not JSON/],
    ['a 500', { status: 500 }, /the server failed \(HTTP 500\)/],
    ['a 429', { status: 429, headers: { 'retry-after': '30' } }, /rate limited \(HTTP 429, retry after 30 s\)/],
    ['a 401', { status: 401 }, /refused \(HTTP 401: check the API key variable\)/],
  ] as const)('falls back to the rules on %s, with one log line', async (_what, reply, message) => {
    llm().answer(reply);
    const { r, lines } = reader({ apiKey: 'sk-secret-never-logged' });
    const { scanned, moves } = rulesOf(STORY);
    const out = await r.read(STORY, scanned, index, moves, { left: 5 });
    expect(out.moves).toEqual(moves);
    const warned = lines.filter((l) => l.level === 40);
    expect(warned).toHaveLength(1);
    expect(warned[0]!.msg).toMatch(message);
    expect(warned[0]!.msg).toMatch(/read by the rules alone$/);
    expect(JSON.stringify(lines)).not.toContain('sk-secret-never-logged');
  });

  it('falls back to the rules when the model does not answer in time', async () => {
    llm().answer({ hang: true });
    const { r, lines } = reader({ timeoutMs: 300 });
    const { scanned, moves } = rulesOf(STORY);
    const out = await r.read(STORY, scanned, index, moves, { left: 5 });
    expect(out.moves).toEqual([]);
    expect(out.note.failure).toBe('no answer within 300 ms');
    expect(lines.filter((l) => l.level === 40).map((l) => l.failure)).toEqual(['timeout']);
  });

  it('drops a hallucinated quote and keeps the supported move of the same answer', async () => {
    llm().answer(LlmServer.moves([OKAFOR_JOINS, { person: 'Nadia Okafor', event: 'departure', from: 'Google', evidence: 'Okafor said goodbye to Google in a memo' }]));
    const { r, lines } = reader();
    const { scanned, moves } = rulesOf(STORY);
    const out = await r.read(STORY, scanned, index, moves, { left: 5 });
    expect(out.moves.map((m) => m.event)).toEqual(['join']);
    expect(out.note.dropped).toEqual(['Nadia Okafor: the evidence is not in the text']);
    expect(lines.some((l) => /1 move\(s\) the text does not support; dropped/.test(l.msg))).toBe(true);
  });

  it('asks only about items the gate lets through, within the budget, and caches each answer', async () => {
    const app = testApp({ sinks: [{ type: 'console' }] });
    llm().answer(LlmServer.moves([OKAFOR_JOINS]));
    const { r } = reader({ db: app.app.db });
    const budget = { left: 1 };
    // Nothing watched and no org near a move word: the model is not asked.
    const dull = rulesOf('The weather in London was mild, and the markets closed higher on Tuesday.');
    expect((await r.read('dull', dull.scanned, index, dull.moves, budget)).note.asked).toBe(false);
    expect(llm().requests).toHaveLength(0);
    const story = rulesOf(STORY);
    expect((await r.read(STORY, story.scanned, index, story.moves, budget)).note).toMatchObject({ asked: true, gate: 'a watched person is named' });
    // The same item again: from the cache, though the budget is spent.
    const again = await r.read(STORY, story.scanned, index, story.moves, { left: 1 });
    expect(again.note).toMatchObject({ asked: false, cached: true });
    expect(again.moves).toHaveLength(1);
    // Another item over budget: the rules alone.
    const other = rulesOf('Nadia Okafor gave a talk at Anthropic about evaluations.');
    const spent = await r.read('other', other.scanned, index, other.moves, budget);
    expect(spent.note).toMatchObject({ asked: false, gate: "a watched person is named, but this cycle's model budget is spent" });
    expect(llm().requests).toHaveLength(1);
    await app.app.close();
  });
});

describe('the pipeline with llm: in the config', () => {
  const llm = useServer(() => new LlmServer().start());
  const feeds = useServer(() => new FeedServer().start());

  it('alerts a move only the model read, once, and stores which reader found it', async () => {
    llm().answer(LlmServer.moves([OKAFOR_JOINS]));
    feeds().route('/f.xml', { body: rss2('wire', []) });
    const { app, stdout } = testApp(
      {
        sources: [{ url: feeds().url('/f.xml') }],
        watchlist: { people: [{ name: 'Nadia Okafor' }] },
        sinks: [{ type: 'console' }],
        fetch: { allowPrivateNetworks: true, fullTextPerCycle: 0 },
        llm: { baseUrl: llm().baseUrl, model: 'local-model', perCycle: 5 },
      },
      { LABWATCH_LLM_API_KEY: 'sk-env' },
    );
    await app.cycle(true);
    feeds().route('/f.xml', { body: rss2('wire', [{ title: TITLE, link: 'https://wire.example/okafor', published: hoursAgo(1), body: `<p>${BODY}</p>` }]) });
    const summary = await app.cycle(true);
    expect(summary.alerts).toBe(1);
    await app.dispatcher.drain(5_000);
    expect(stdout.join('')).toContain('Nadia Okafor');
    expect(app.db.prepare('SELECT person, read_by FROM moves').all()).toEqual([{ person: 'Nadia Okafor', read_by: 'model' }]);
    expect(llm().requests.map((r) => r.authorization)).toEqual(['Bearer sk-env']);
    await app.close();
  });
});

describe('labwatch explain --llm', () => {
  const llm = useServer(() => new LlmServer().start());

  it('says which reader found each move, against the configured endpoint', async () => {
    llm().answer(LlmServer.moves([OKAFOR_JOINS]));
    const dir = tempDir();
    const config = writeFile(dir, 'lw.yaml', `database: ${path.join(dir, 'lw.db')}\nwatchlist:\n  people:\n    - name: Nadia Okafor\nllm:\n  baseUrl: ${llm().baseUrl}\n  model: local-model\n`);
    const article = writeFile(dir, 'story.txt', STORY);
    const res = await runInProcess(['--config', config, 'explain', '--llm', article]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Language model (local-model): asked');
    expect(res.stdout).toMatch(/Nadia Okafor: join from Google to Anthropic[^\n]*\n\s+read by: the language model/);
    const plain = await runInProcess(['--config', config, 'explain', article]);
    expect(plain.stdout).toContain('Moves (0):');
  });

  it('without an llm: section, says so in one line and exits 2', async () => {
    const dir = tempDir();
    const config = writeFile(dir, 'lw.yaml', `database: ${path.join(dir, 'lw.db')}\n`);
    const res = await runInProcess(['--config', config, 'explain', '--llm', writeFile(dir, 's.txt', STORY)]);
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toBe('labwatch: explain --llm: the config has no llm: section (baseUrl and model of an OpenAI-compatible endpoint)');
  });
});
