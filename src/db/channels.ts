import type { Db } from './open.js';
import { prepared } from './prepared.js';
import { chatDestination, OPERATOR, type ChannelId, type ChannelRef, type Platform } from '../domain.js';

/** A channel as stored: the operator's (config sinks) or a chat channel. */
export interface Channel {
  id: ChannelId;
  platform: Platform | 'operator';
  workspace: string;
  channel: string;
  name: string | null;
  digestDays: number;
}

interface ChannelRow {
  id: number;
  platform: Channel['platform'];
  workspace: string;
  channel: string;
  name: string | null;
  digest_days: number;
}

const toChannel = (r: ChannelRow): Channel => ({ id: r.id as ChannelId, platform: r.platform, workspace: r.workspace, channel: r.channel, name: r.name, digestDays: r.digest_days });

/** The tenant key of a chat channel, creating its row on first use (a channel's first command). */
export function ensureChannel(db: Db, ref: ChannelRef, name: string | null, now: Date): ChannelId {
  prepared(
    db,
    `INSERT INTO channels (platform, workspace, channel, name, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (platform, workspace, channel) DO UPDATE SET name = coalesce(excluded.name, channels.name)`,
  ).run(ref.platform, ref.workspace, ref.channel, name, now.toISOString());
  return findChannel(db, ref)!;
}

/** The tenant key of a chat channel, or null if it never used labwatch. */
export function findChannel(db: Db, ref: ChannelRef): ChannelId | null {
  const row = prepared(db, 'SELECT id FROM channels WHERE platform = ? AND workspace = ? AND channel = ?').get(ref.platform, ref.workspace, ref.channel) as { id: number } | undefined;
  return row ? (row.id as ChannelId) : null;
}

export function getChannel(db: Db, id: ChannelId): Channel | null {
  const row = prepared(db, 'SELECT * FROM channels WHERE id = ?').get(id) as ChannelRow | undefined;
  return row ? toChannel(row) : null;
}

/** Every channel, for routing: which destinations a channel's moves go to. */
export function listChannels(db: Db): Channel[] {
  return (prepared(db, 'SELECT * FROM channels ORDER BY id').all() as ChannelRow[]).map(toChannel);
}

/**
 * Where a channel's alerts go: a chat channel is its own destination; the operator's channel
 * 1 goes to every config sink; another operator channel (a legacy scope) to the sink of its name.
 */
export function destinationsOfChannel(c: Channel, configSinks: readonly string[]): string[] {
  if (c.platform !== 'operator') return [chatDestination(c as ChannelRef)];
  if (c.id === OPERATOR) return [...configSinks];
  return configSinks.includes(c.channel) ? [c.channel] : [];
}

/** An install of the app in a Slack workspace or Discord guild. */
export interface Install {
  platform: Platform;
  workspace: string;
  /** Null: use the token from the environment. */
  botToken: string | null;
  botUserId: string | null;
  data: unknown;
  installedBy: string | null;
  installedAt: string;
  uninstalledAt: string | null;
}

interface InstallRow {
  platform: Platform;
  workspace: string;
  bot_token: string | null;
  bot_user_id: string | null;
  data: string;
  installed_by: string | null;
  installed_at: string;
  uninstalled_at: string | null;
}

/** Records an install (or a reinstall, which resumes the workspace's paused destinations). */
export function saveInstall(db: Db, i: Omit<Install, 'installedAt' | 'uninstalledAt'>, now: Date): void {
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO installs (platform, workspace, bot_token, bot_user_id, data, installed_by, installed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, workspace) DO UPDATE SET bot_token = excluded.bot_token, bot_user_id = excluded.bot_user_id, data = excluded.data,
         installed_by = excluded.installed_by, installed_at = excluded.installed_at, uninstalled_at = NULL`,
    ).run(i.platform, i.workspace, i.botToken, i.botUserId, JSON.stringify(i.data ?? {}), i.installedBy, now.toISOString());
    prepared(db, `UPDATE destinations SET paused_reason = NULL, updated_at = ? WHERE name LIKE ? ESCAPE '\\'`).run(now.toISOString(), `${likeEscape(`${i.platform}:${i.workspace}:`)}%`);
  })();
}

export function getInstall(db: Db, platform: Platform, workspace: string): Install | null {
  const r = prepared(db, 'SELECT * FROM installs WHERE platform = ? AND workspace = ?').get(platform, workspace) as InstallRow | undefined;
  if (!r) return null;
  return {
    platform: r.platform,
    workspace: r.workspace,
    botToken: r.bot_token,
    botUserId: r.bot_user_id,
    data: JSON.parse(r.data) as unknown,
    installedBy: r.installed_by,
    installedAt: r.installed_at,
    uninstalledAt: r.uninstalled_at,
  };
}

export function deleteInstall(db: Db, platform: Platform, workspace: string): void {
  prepared(db, 'DELETE FROM installs WHERE platform = ? AND workspace = ?').run(platform, workspace);
}

/** The app was removed from a workspace: every channel there pauses (queues kept) until it is re-added. */
export function markUninstalled(db: Db, platform: Platform, workspace: string, now: Date): number {
  return db.transaction(() => {
    // A workspace on the environment's token has no row yet: one records that it is gone.
    prepared(
      db,
      `INSERT INTO installs (platform, workspace, installed_at, uninstalled_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (platform, workspace) DO UPDATE SET uninstalled_at = excluded.uninstalled_at`,
    ).run(platform, workspace, now.toISOString(), now.toISOString());
    const channels = prepared(db, 'SELECT platform, workspace, channel FROM channels WHERE platform = ? AND workspace = ?').all(platform, workspace) as ChannelRef[];
    for (const c of channels) pauseDestination(db, chatDestination(c), 'the app was uninstalled from this workspace', now);
    return channels.length;
  })();
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Stops sending to a destination the platform refuses, keeping its queue. */
export function pauseDestination(db: Db, destination: string, reason: string, now: Date): void {
  prepared(
    db,
    `INSERT INTO destinations (name, paused_reason, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET paused_reason = excluded.paused_reason, updated_at = excluded.updated_at`,
  ).run(destination, reason, now.toISOString());
}

/** Sends to a paused destination again; true when it was paused. */
export function resumeDestination(db: Db, destination: string, now: Date): boolean {
  return prepared(db, 'UPDATE destinations SET paused_reason = NULL, updated_at = ? WHERE name = ? AND paused_reason IS NOT NULL').run(now.toISOString(), destination).changes > 0;
}

/**
 * A command arrived from a workspace: the app is there. One marked uninstalled that runs on the
 * environment's token (no OAuth record to bring it back) comes back now, with its channels.
 */
export function noteWorkspaceActive(db: Db, platform: Platform, workspace: string, now: Date): void {
  const install = getInstall(db, platform, workspace);
  if (install?.uninstalledAt && !install.botToken) saveInstall(db, { ...install, data: install.data ?? {} }, now);
}
