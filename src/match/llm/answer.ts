import { z } from 'zod';
import type { Move, MoveStatus, OrgRef } from '../../domain.js';
import { normalizeAlias } from '../../text/normalize.js';
import { contextOrgs, type ScannedText } from '../mentions.js';
import { personKey, type MatchIndex } from '../watch-index.js';

/** The model's answer could not be read at all (not JSON, or not `{"moves": [...]}`). */
export class ModelAnswerError extends Error {}

const orgName = z.string().trim().max(120).nullish();
const modelMove = z.object({
  person: z.string().trim().min(2).max(120),
  event: z.enum(['departure', 'join', 'return', 'promotion', 'founding']),
  from: orgName,
  to: orgName,
  role: z.string().trim().max(120).nullish(),
  status: z.enum(['reported', 'rumoured', 'denied']).optional(),
  evidence: z.string().trim().min(8).max(2000),
});

// Below the rules' usual 0.86: a move only the model saw alerts, but ranks after what the rules confirm.
const MODEL_CONFIDENCE = 0.8;

export interface ModelReading {
  moves: Move[];
  /** Moves the answer gave that were dropped, and why (for the log and explain). */
  dropped: string[];
}

/** Local models often wrap JSON in a Markdown fence or a sentence; the object is what counts. */
function jsonOf(raw: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(raw)?.[1] ?? raw;
  const start = fenced.indexOf('{');
  const end = fenced.lastIndexOf('}');
  try {
    return JSON.parse(start >= 0 && end > start ? fenced.slice(start, end + 1) : fenced);
  } catch {
    throw new ModelAnswerError(`the answer is not JSON: ${JSON.stringify(raw.slice(0, 80))}`);
  }
}

/**
 * Turns the model's answer into moves, keeping only what the text supports: the evidence quoted
 * verbatim, the person named in the text (or a watched alias of theirs is), each org named in
 * the text or known to the catalog. Status words in the quote still set the status.
 */
export function readModelAnswer(raw: string, scanned: ScannedText, index: MatchIndex, model: string): ModelReading {
  const parsed = z.object({ moves: z.array(z.unknown()) }).safeParse(jsonOf(raw));
  if (!parsed.success) throw new ModelAnswerError('the answer has no "moves" list');
  const text = scanned.normalized.text;
  const watchedHere = new Set(scanned.mentions.flatMap((m) => (m.entity.kind === 'person' ? [m.entity.key] : [])));
  const orgsNamed = contextOrgs(scanned.mentions, index.catalog);
  const moves: Move[] = [];
  const dropped: string[] = [];
  for (const item of parsed.data.moves) {
    const m = modelMove.safeParse(item);
    if (!m.success) {
      dropped.push(`a move of the wrong shape (${m.error.issues[0]?.path.join('.') || 'move'}: ${m.error.issues[0]?.message ?? 'invalid'})`);
      continue;
    }
    const { person, event, evidence } = m.data;
    const quote = normalizeAlias(evidence);
    const at = text.indexOf(quote);
    if (at < 0) {
      dropped.push(`${person}: the evidence is not in the text`);
      continue;
    }
    const key = personKey(person);
    const watchedName = index.people.get(key);
    if (!text.includes(key) && !(watchedName !== undefined && watchedHere.has(key))) {
      dropped.push(`${person}: not named in the text`);
      continue;
    }
    const ends: (OrgRef | null)[] = [];
    let unknown: string | null = null;
    for (const name of [m.data.from, m.data.to]) {
      const ref = name ? orgRef(name, text, index) : null;
      if (name && !ref) unknown = name;
      ends.push(ref);
    }
    if (unknown) {
      dropped.push(`${person}: "${unknown}" is neither in the text nor in the catalog`);
      continue;
    }
    const span = { start: at, end: at + quote.length };
    const marker = (kind: 'rumour' | 'denial') => scanned.mentions.some((x) => x.entity.kind === kind && x.start >= span.start && x.start < span.end);
    const status: MoveStatus = marker('denial') ? 'denied' : marker('rumour') ? 'rumoured' : (m.data.status ?? 'reported');
    moves.push({
      person: watchedName ?? person,
      personKey: key,
      personWatchId: null,
      discovered: watchedName === undefined,
      bySurname: false,
      contextOrgs: orgsNamed,
      event,
      from: ends[0] ?? null,
      to: ends[1] ?? null,
      role: m.data.role || null,
      tenure: null,
      status,
      confidence: status === 'rumoured' ? Math.round(MODEL_CONFIDENCE * 0.75 * 100) / 100 : MODEL_CONFIDENCE,
      evidence: evidence.trim(),
      reasons: [`read by the language model (${model})`],
      readBy: 'model',
    });
  }
  return { moves, dropped };
}

/** An org the model named, as the catalog knows it, or as the text writes it; null if neither. */
function orgRef(name: string, text: string, index: MatchIndex): OrgRef | null {
  const known = index.catalog.find(name);
  if (known) return index.catalog.ref(known.name);
  return text.includes(normalizeAlias(name)) ? { org: name, unit: null } : null;
}
