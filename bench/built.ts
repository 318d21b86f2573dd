import path from 'node:path';
import { ensureBuilt, root } from './ensure-built.js';

/**
 * The code the bench measures: the built dist/, as `npm start` runs it. tsx's on-the-fly transform of src/ ran about a
 * fifth slower than what users run. Types still come from src/, whose declarations dist/ is compiled from.
 */
// (`npm run bench` builds in a process of its own first; this only covers running bench/run.ts directly.)
ensureBuilt();
const built = <T>(module: string): Promise<T> => import(path.join(root, 'dist', module));

export const { App } = await built<typeof import('../src/app.js')>('app.js');
export const { parseConfig } = await built<typeof import('../src/config/load.js')>('config/load.js');
export const { silentLogger } = await built<typeof import('../src/log.js')>('log.js');
export const { packageRoot } = await built<typeof import('../src/paths.js')>('paths.js');
export const { OPERATOR } = await built<typeof import('../src/domain.js')>('domain.js');
export const { openDatabase } = await built<typeof import('../src/db/open.js')>('db/open.js');
export const { upsertSource } = await built<typeof import('../src/db/sources.js')>('db/sources.js');
export const { enqueue } = await built<typeof import('../src/db/outbox.js')>('db/outbox.js');
export const { Dispatcher, DEFAULT_DISPATCH } = await built<typeof import('../src/alerts/dispatcher.js')>('alerts/dispatcher.js');
export const { jsonlSink } = await built<typeof import('../src/alerts/sinks/jsonl.js')>('alerts/sinks/jsonl.js');
export const { slackWebhookSink } = await built<typeof import('../src/alerts/sinks/webhooks.js')>('alerts/sinks/webhooks.js');
export const { pollDue } = await built<typeof import('../src/ingest/poller.js')>('ingest/poller.js');
export const { USER_AGENT } = await built<typeof import('../src/ingest/fetch.js')>('ingest/fetch.js');
export const { DEFAULT_BACKOFF } = await built<typeof import('../src/ingest/schedule.js')>('ingest/schedule.js');
export const { parseFeed } = await built<typeof import('../src/ingest/parse.js')>('ingest/parse.js');
export const { MAX_READ_CHARS } = await built<typeof import('../src/pipeline/read.js')>('pipeline/read.js');
export const { loadCatalog } = await built<typeof import('../src/match/catalog.js')>('match/catalog.js');
export const { buildMatchIndex } = await built<typeof import('../src/match/watch-index.js')>('match/watch-index.js');
export const { findMentions, concernsAWatch } = await built<typeof import('../src/match/mentions.js')>('match/mentions.js');
export const { recognize, recognizeScanned } = await built<typeof import('../src/match/recognize.js')>('match/recognize.js');
export const { SentenceReader } = await built<typeof import('../src/match/sentence-reader.js')>('match/sentence-reader.js');
export const { normalize, normalizeAlias } = await built<typeof import('../src/text/normalize.js')>('text/normalize.js');
export const { splitSentences } = await built<typeof import('../src/text/sentences.js')>('text/sentences.js');
