import type { Db } from './open.js';
import { prepared } from './prepared.js';
import type { ChannelId } from '../domain.js';

export type FeedbackKind = 'not-a-move' | 'wrong-person';

export interface Feedback {
  moveId: string;
  channel: ChannelId;
  kind: FeedbackKind;
  userId: string;
  userName: string | null;
  createdAt: string;
}

/** Records a chat user's verdict on an alert; false when they had already said so. */
export function addFeedback(db: Db, f: Omit<Feedback, 'createdAt'>, now: Date): boolean {
  return (
    prepared(db, 'INSERT OR IGNORE INTO feedback (move_id, channel_id, kind, user_id, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      f.moveId,
      f.channel,
      f.kind,
      f.userId,
      f.userName,
      now.toISOString(),
    ).changes > 0
  );
}

/** Feedback on the moves a person made with this evidence (what explain shows for an article). */
export function feedbackOn(db: Db, personKey: string, evidence: string): Feedback[] {
  return prepared(
    db,
    `SELECT f.move_id AS moveId, f.channel_id AS channel, f.kind, f.user_id AS userId, f.user_name AS userName, f.created_at AS createdAt
           FROM feedback f JOIN moves m ON m.id = f.move_id WHERE m.person_key = ? AND m.evidence = ? ORDER BY f.id`,
  ).all(personKey, evidence) as Feedback[];
}

export function feedbackCounts(db: Db): Record<FeedbackKind, number> {
  const rows = prepared(db, 'SELECT kind, count(*) AS n FROM feedback GROUP BY kind').all() as { kind: FeedbackKind; n: number }[];
  return { 'not-a-move': 0, 'wrong-person': 0, ...Object.fromEntries(rows.map((r) => [r.kind, r.n])) };
}

/** A channel stops hearing about a person. */
export function mutePerson(db: Db, channel: ChannelId, personKey: string, name: string, by: string | null, now: Date): void {
  prepared(db, 'INSERT OR IGNORE INTO mutes (channel_id, person_key, name, created_by, created_at) VALUES (?, ?, ?, ?, ?)').run(channel, personKey, name, by, now.toISOString());
}

/** Every mute, as "channel:personKey" keys for routing. */
export function allMutes(db: Db): Set<string> {
  return new Set((prepared(db, 'SELECT channel_id, person_key FROM mutes').all() as { channel_id: number; person_key: string }[]).map((r) => `${r.channel_id}:${r.person_key}`));
}
