import type { Move } from '../../domain.js';
import { WINDOWS } from '../lexicon.js';
import type { ScannedText } from '../mentions.js';

const NEAR_MOVE_WORD = WINDOWS.nearMoveWord;

/**
 * Whether an item is worth the model's time, and why: a watched person is named; an org (watched or
 * in the catalog) stands near a move word; or the headline has a move word the rules found nothing in.
 * Everything else is read by the rules alone.
 */
export function worthAsking(scanned: ScannedText, ruleMoves: readonly Move[]): string | null {
  const { mentions, normalized } = scanned;
  if (mentions.some((m) => m.entity.kind === 'person')) return 'a watched person is named';
  const triggers = mentions.filter((m) => m.entity.kind === 'trigger');
  if (!triggers.length) return null;
  if (mentions.some((m) => m.entity.kind === 'org' && triggers.some((t) => Math.abs(t.start - m.start) <= NEAR_MOVE_WORD))) return 'an org is named near a move word';
  const headlineEnd = normalized.text.indexOf('\n');
  if (!ruleMoves.length && triggers.some((t) => headlineEnd < 0 || t.start < headlineEnd)) return 'the headline has a move word the rules found nothing in';
  return null;
}
