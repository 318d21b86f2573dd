import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Db } from '../db/open.js';
import { cachedAnswer, storeAnswer } from '../db/model-answers.js';
import type { Move } from '../domain.js';
import { ModelAnswerError, readModelAnswer } from '../match/llm/answer.js';
import { worthAsking } from '../match/llm/gate.js';
import { mergeReadings } from '../match/llm/merge.js';
import { buildPrompt } from '../match/llm/prompt.js';
import type { ScannedText } from '../match/mentions.js';
import type { MatchIndex } from '../match/watch-index.js';
import { complete, ModelUnavailableError, type ModelEndpoint } from './llm-client.js';

/** What the model reader did with one item, for the log and `explain --llm`. */
export interface ModelNote {
  /** Why it was (or was not) asked. */
  gate: string;
  asked: boolean;
  cached: boolean;
  /** Why its answer was not used, when it was not. */
  failure: string | null;
  dropped: string[];
}

export interface ModelReaderDeps {
  endpoint: ModelEndpoint;
  maxChars: number;
  /** Where answers are cached; null reads without a cache (explain asks afresh). */
  db: Db | null;
  log: Logger;
  /** The call itself (the HTTP client unless a test says otherwise). */
  ask?: typeof complete;
}

/**
 * The optional language-model reader behind the rules. It reads only what the cheap gate lets
 * through, within the cycle's budget; every failure falls back to the rules' moves with one log line.
 */
export class ModelReader {
  constructor(private readonly deps: ModelReaderDeps) {}

  get model(): string {
    return this.deps.endpoint.model;
  }

  /** The rules' moves with what the model adds. `force` skips the gate and the budget (explain). */
  async read(text: string, scanned: ScannedText, index: MatchIndex, ruleMoves: Move[], budget: { left: number }, force = false): Promise<{ moves: Move[]; note: ModelNote }> {
    const note: ModelNote = { gate: 'asked by explain --llm', asked: false, cached: false, failure: null, dropped: [] };
    if (!force) {
      const why = worthAsking(scanned, ruleMoves);
      if (!why) return { moves: ruleMoves, note: { ...note, gate: 'nothing for the model: no watched person, no org near a move word' } };
      note.gate = why;
      if (budget.left <= 0) return { moves: ruleMoves, note: { ...note, gate: `${why}, but this cycle's model budget is spent` } };
    }
    const { endpoint, db, log } = this.deps;
    const hints = {
      people: [...new Set(scanned.mentions.flatMap((m) => (m.entity.kind === 'person' ? [index.people.get(m.entity.key)!] : [])))],
      orgs: [...new Set(scanned.mentions.flatMap((m) => (m.entity.kind === 'org' ? [m.entity.org] : [])))],
    };
    const prompt = buildPrompt(text, hints, this.deps.maxChars);
    const key = createHash('sha256').update(`${endpoint.model}\0${prompt.system}\0${prompt.user}`).digest('hex');
    let answer = db ? cachedAnswer(db, key) : null;
    note.cached = answer !== null;
    try {
      if (answer === null) {
        budget.left--;
        note.asked = true;
        answer = await (this.deps.ask ?? complete)(endpoint, prompt);
      }
      const reading = readModelAnswer(answer, scanned, index, endpoint.model);
      if (db && !note.cached) storeAnswer(db, key, endpoint.model, answer, new Date());
      note.dropped = reading.dropped;
      if (reading.dropped.length) log.info({ model: endpoint.model, dropped: reading.dropped }, `the language model's answer had ${reading.dropped.length} move(s) the text does not support; dropped`);
      return { moves: mergeReadings(ruleMoves, reading.moves), note };
    } catch (err) {
      if (!(err instanceof ModelUnavailableError || err instanceof ModelAnswerError)) throw err;
      note.failure = err.message;
      log.warn({ model: endpoint.model, failure: err instanceof ModelUnavailableError ? err.failure : 'garbage' }, `language model: ${err.message}; this item is read by the rules alone`);
      return { moves: ruleMoves, note };
    }
  }
}

/** The endpoint the config describes, its key read from the environment variable it names. */
export function modelEndpoint(llm: { baseUrl: string; model: string; apiKeyEnv: string; timeout: number }, env: NodeJS.ProcessEnv): ModelEndpoint {
  return { baseUrl: llm.baseUrl, model: llm.model, apiKey: env[llm.apiKeyEnv]?.trim() || null, timeoutMs: llm.timeout };
}
