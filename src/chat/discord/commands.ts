import { COMMANDS, type CommandSpec } from '../../commands/types.js';

// Discord's option types and permission bits (discord-api-types v10).
const SUB_COMMAND = 1;
const STRING = 3;
const INTEGER = 4;
const BOOLEAN = 5;
export const MANAGE_GUILD = 1n << 5n;
export const ADMINISTRATOR = 1n << 3n;
/** What the bot needs in a channel: view it, send, embed links, read history (to reply to its alerts). */
export const BOT_PERMISSIONS = (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n);

interface Option {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  min_value?: number;
  max_value?: number;
  max_length?: number;
  options?: Option[];
}

const text = (name: string, description: string, extra: Partial<Option> = {}): Option => ({ type: STRING, name, description, max_length: name === 'url' ? 1000 : 300, ...extra });

/** The options of each command (the contract: names, types, autocomplete), keyed by the core's command names. */
const OPTIONS: Record<CommandSpec['name'], Option[]> = {
  watch: [
    {
      type: SUB_COMMAND,
      name: 'person',
      description: 'Watch a person',
      options: [
        text('name', 'Their name, in any script', { required: true }),
        text('aliases', 'Other names or spellings, comma-separated (e.g. 罗汉, R. Varma)'),
        text('org', 'An org they belong to, to tell namesakes apart (comma-separated for several)'),
        { type: BOOLEAN, name: 'strict', description: 'Alert only when the article also names one of their orgs' },
      ],
    },
    { type: SUB_COMMAND, name: 'org', description: 'Watch an org (with its units)', options: [text('name', 'The org', { required: true }), text('aliases', 'Other names, comma-separated')] },
  ],
  unwatch: [text('name', 'Who or what to stop watching', { required: true, autocomplete: true })],
  watchlist: [],
  recent: [{ type: INTEGER, name: 'days', description: 'How many days back (default 7)', min_value: 1, max_value: 90 }, text('name', 'Only this person or org', { autocomplete: true })],
  sources: [
    { type: SUB_COMMAND, name: 'list', description: "This channel's feeds" },
    { type: SUB_COMMAND, name: 'add', description: 'Add a feed for this channel', options: [text('url', 'The feed URL (RSS, Atom or JSON Feed)', { required: true })] },
    { type: SUB_COMMAND, name: 'remove', description: 'Remove a feed from this channel', options: [text('url', 'The feed URL', { required: true })] },
  ],
  labwatch: [{ type: SUB_COMMAND, name: 'help', description: 'How to use labwatch' }],
};

/**
 * The application commands to register, from the command core's definitions: names and
 * descriptions come from there, so Slack and Discord never drift. Changing commands need
 * Manage Server by default; Discord lets server admins override that, so it is checked again
 * when a command arrives.
 */
export function discordCommands(): Record<string, unknown>[] {
  return COMMANDS.map((c) => ({
    type: 1,
    name: c.name,
    description: c.description.slice(0, 100),
    options: OPTIONS[c.name],
    default_member_permissions: c.changes ? String(MANAGE_GUILD) : null,
    contexts: [0],
  }));
}

/** The invite URL with exactly the permissions the bot needs. */
export function inviteUrl(applicationId: string): string {
  const u = new URL('https://discord.com/oauth2/authorize');
  u.searchParams.set('client_id', applicationId);
  u.searchParams.set('scope', 'bot applications.commands');
  u.searchParams.set('permissions', String(BOT_PERMISSIONS));
  return u.toString();
}
