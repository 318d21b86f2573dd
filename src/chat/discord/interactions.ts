import { z } from 'zod';
import type { Config } from '../../config/schema.js';
import type { Db } from '../../db/open.js';
import { findChannel, noteWorkspaceActive } from '../../db/channels.js';
import { listWatches } from '../../db/watches.js';
import type { OrgCatalog } from '../../match/catalog.js';
import { execute } from '../../commands/core.js';
import { CommandSyntaxError, cleanName, cleanUrl, targetFrom } from '../../commands/grammar.js';
import type { Command, CommandContext, Result } from '../../commands/types.js';
import { ADMINISTRATOR, MANAGE_GUILD } from './commands.js';
import { parsePageId, renderDigest, renderResult, type DiscordReply } from './render.js';

// Interaction and response types (discord-api-types v10).
const PING = 1;
const APPLICATION_COMMAND = 2;
const MESSAGE_COMPONENT = 3;
const AUTOCOMPLETE = 4;
export const RESPONSE = { pong: 1, message: 4, deferred: 5, update: 7, autocomplete: 8 } as const;

interface CommandOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: CommandOption[];
}
const optionSchema: z.ZodType<CommandOption> = z.lazy(() =>
  z.object({ name: z.string(), type: z.number(), value: z.union([z.string(), z.number(), z.boolean()]).optional(), focused: z.boolean().optional(), options: z.array(optionSchema).optional() }),
);

/** The parts of an interaction labwatch reads, checked at the boundary. */
const interactionSchema = z.object({
  id: z.string(),
  application_id: z.string(),
  type: z.number(),
  token: z.string(),
  guild_id: z.string().optional(),
  channel_id: z.string().optional(),
  channel: z.object({ name: z.string().optional() }).passthrough().optional(),
  member: z
    .object({
      user: z.object({ id: z.string(), username: z.string(), global_name: z.string().nullish() }).passthrough(),
      roles: z.array(z.string()).default([]),
      permissions: z.string().default('0'),
    })
    .passthrough()
    .optional(),
  data: z
    .object({ name: z.string().optional(), options: z.array(optionSchema).optional(), custom_id: z.string().optional() })
    .passthrough()
    .optional(),
});
export type Interaction = z.infer<typeof interactionSchema>;

export function parseInteraction(raw: unknown): Interaction | null {
  const r = interactionSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** What to answer: a response body for Discord's callback. */
export type InteractionResponse = { type: 1 } | { type: 4 | 7; data: DiscordReply } | { type: 8; data: { choices: { name: string; value: string }[] } };

export interface DiscordCoreDeps {
  db: Db;
  catalog: OrgCatalog;
  config: Config;
}

const list = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/[,，、;；]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** The options of a command, flattened past its subcommand: {sub, values}. */
function optionsOf(data: Interaction['data']): { sub: string | null; values: Map<string, CommandOption> } {
  const top = data?.options ?? [];
  const sub = top.length === 1 && top[0]!.type === 1 ? top[0]! : null;
  const values = new Map((sub ? (sub.options ?? []) : top).map((o) => [o.name, o]));
  return { sub: sub?.name ?? null, values };
}

/** An application command's options as the core's command, with the same checks as chat text. */
export function toCommand(data: Interaction['data']): Command {
  const { sub, values } = optionsOf(data);
  const str = (name: string) => (typeof values.get(name)?.value === 'string' ? (values.get(name)!.value as string) : null);
  switch (data?.name) {
    case 'watch':
      if (sub === 'person') return { name: 'watch', target: targetFrom('person', str('name') ?? '', list(str('aliases')), list(str('org')), values.get('strict')?.value === true) };
      if (sub === 'org') return { name: 'watch', target: targetFrom('org', str('name') ?? '', list(str('aliases'))) };
      break;
    case 'unwatch':
      return { name: 'unwatch', target: cleanName(str('name') ?? '', 'the name'), kind: null };
    case 'watchlist':
      return { name: 'watchlist' };
    case 'recent': {
      const days = values.get('days')?.value;
      const name = str('name');
      return { name: 'recent', days: typeof days === 'number' && days >= 1 && days <= 90 ? Math.floor(days) : null, subject: name ? cleanName(name, 'the name') : null, person: null, org: null };
    }
    case 'sources':
      if (sub === 'list') return { name: 'sources', action: 'list' };
      if (sub === 'add' || sub === 'remove') return { name: 'sources', action: sub, url: cleanUrl(str('url') ?? '') };
      break;
    case 'labwatch':
      return { name: 'help' };
  }
  throw new CommandSyntaxError(`"/${data?.name ?? '?'}${sub ? ` ${sub}` : ''}" is not a labwatch command`, null);
}

/** Manage Server (or Administrator) as Discord computed it for this channel, or the configured editor role. */
export function mayManage(member: Interaction['member'], editorRole: string | undefined): boolean {
  if (!member) return false;
  let perms = 0n;
  try {
    perms = BigInt(member.permissions);
  } catch {
    perms = 0n;
  }
  return (perms & MANAGE_GUILD) !== 0n || (perms & ADMINISTRATOR) !== 0n || (!!editorRole && member.roles.includes(editorRole));
}

function contextOf(i: Interaction, config: Config): CommandContext {
  const user = i.member!.user;
  return {
    platform: 'discord',
    workspace: i.guild_id!,
    channel: i.channel_id!,
    channelName: i.channel?.name ?? null,
    actor: { id: user.id, name: user.global_name ?? user.username, canManage: mayManage(i.member, config.discord.editorRole) },
    origin: 'chat',
    now: new Date(),
  };
}

/** Up to 25 choices that contain what was typed, for autocomplete. */
function choices(names: Iterable<string>, typed: string): { name: string; value: string }[] {
  const t = typed.toLowerCase();
  const out: { name: string; value: string }[] = [];
  for (const n of new Set(names)) {
    if (t && !n.toLowerCase().includes(t)) continue;
    out.push({ name: n.slice(0, 100), value: n.slice(0, 100) });
    if (out.length === 25) break;
  }
  return out;
}

/**
 * Answers one interaction, whether it came through the gateway or the HTTP endpoint: PING,
 * a command (through the core), autocomplete (this channel's watches; for /recent also the
 * catalog's orgs), or a digest page button.
 */
export function handleInteraction(deps: DiscordCoreDeps, i: Interaction): InteractionResponse {
  const { db, catalog, config } = deps;
  if (i.type === PING) return { type: RESPONSE.pong };
  if (!i.guild_id || !i.channel_id || !i.member)
    return { type: RESPONSE.message, data: renderResult({ kind: 'error', message: 'labwatch works in server channels, not in direct messages.', usage: null }) };
  const ctx = contextOf(i, config);
  noteWorkspaceActive(db, 'discord', ctx.workspace, ctx.now);
  if (i.type === AUTOCOMPLETE) {
    const { values } = optionsOf(i.data);
    const focused = [...values.values()].find((o) => o.focused);
    const channel = findChannel(db, { platform: 'discord', workspace: ctx.workspace, channel: ctx.channel });
    const watched = channel ? listWatches(db, channel).map((w) => w.name) : [];
    const names = i.data?.name === 'recent' ? [...watched, ...catalog.all().map((o) => o.name)] : watched;
    return { type: RESPONSE.autocomplete, data: { choices: choices(names, String(focused?.value ?? '')) } };
  }
  if (i.type === MESSAGE_COMPONENT) {
    const page = parsePageId(i.data?.custom_id ?? '');
    if (!page) return { type: RESPONSE.update, data: renderResult({ kind: 'error', message: 'That button is no longer available.', usage: null }) };
    const result = execute(deps, { ...ctx, actor: { ...ctx.actor, canManage: true } }, { name: 'recent', days: page.days, subject: page.subject, person: null, org: null });
    return { type: RESPONSE.update, data: result.kind === 'digest' ? renderDigest(result, page.offset) : renderResult(result) };
  }
  if (i.type !== APPLICATION_COMMAND) return { type: RESPONSE.message, data: renderResult({ kind: 'error', message: 'labwatch does not handle that interaction.', usage: null }) };
  let result: Result;
  try {
    result = execute(deps, ctx, toCommand(i.data));
  } catch (err) {
    if (!(err instanceof CommandSyntaxError)) throw err;
    result = { kind: 'error', message: `${err.message.charAt(0).toUpperCase()}${err.message.slice(1)}.`, usage: err.usage };
  }
  if (result.kind === 'error' && result.forbidden)
    result = { ...result, message: `Changing what this channel watches needs the Manage Server permission${config.discord.editorRole ? ' or the editor role' : ''}.` };
  return { type: RESPONSE.message, data: renderResult(result) };
}
