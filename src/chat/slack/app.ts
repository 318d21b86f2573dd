import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel, type AllMiddlewareArgs, type BlockAction, type ButtonAction, type Logger as BoltLogger, type SlackActionMiddlewareArgs, type SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Config } from '../../config/schema.js';
import type { Db } from '../../db/open.js';
import { ensureChannel, getInstall, markUninstalled, noteWorkspaceActive } from '../../db/channels.js';
import { addFeedback, mutePerson, type FeedbackKind } from '../../db/feedback.js';
import { getMove } from '../../db/moves.js';
import type { OrgCatalog } from '../../match/catalog.js';
import { execute } from '../../commands/core.js';
import { CommandSyntaxError, parseCommand } from '../../commands/grammar.js';
import { COMMANDS, type Command, type CommandContext, type Result } from '../../commands/types.js';
import { ALERT_ACTIONS, escapeSlack } from '../../alerts/render/slack.js';
import { renderDigest, renderResult, type DigestCursor } from './render.js';
import { sqliteInstallationStore } from './installations.js';
import { SLACK_SCOPES } from './manifest.js';

export interface SlackDeps {
  db: Db;
  catalog: OrgCatalog;
  config: Config;
  env: NodeJS.ProcessEnv;
  log: Logger;
}

/** The Slack side of labwatch: slash commands, buttons and uninstall events, on Bolt. */
export interface SlackAdapter {
  mode: 'socket' | 'http';
  /** HTTP mode: the handler for /slack/* on the chat port. */
  listener: ((req: IncomingMessage, res: ServerResponse) => void) | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Slack's replay window; Bolt refuses older timestamps, we also refuse ones this far ahead. */
export const SLACK_SKEW_S = 300;

/** Bolt's logger, onto ours (Bolt's own console logger would mix into stdout). */
function boltLogger(log: Logger): BoltLogger {
  const line = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
  return {
    debug: (...m) => log.debug(line(m)),
    info: (...m) => log.debug(line(m)),
    warn: (...m) => log.warn(line(m)),
    error: (...m) => log.error(line(m)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

type ButtonClick = BlockAction<ButtonAction>;
/** What a button's handler gets from Bolt. */
type ButtonArgs = SlackActionMiddlewareArgs<ButtonClick> & AllMiddlewareArgs;

const SLACK_USER = /^[UW][A-Z0-9]{2,30}$/;

/** Whether a user may change a channel's watches and feeds (`slack.editors`). */
async function mayManage(config: Config, client: WebClient, userId: string, log: Logger): Promise<boolean> {
  if (config.slack.editors === 'everyone') return true;
  try {
    const res = await client.users.info({ user: userId });
    const u = res.user as { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } | undefined;
    return !!(u?.is_admin || u?.is_owner || u?.is_primary_owner);
  } catch (err) {
    log.warn({ user: userId, err: (err as Error).message }, 'could not check a Slack user; treating them as not an admin');
    return false;
  }
}

const syntaxError = (err: CommandSyntaxError): Result => ({ kind: 'error', message: `${err.message.charAt(0).toUpperCase()}${err.message.slice(1)}.`, usage: err.usage });

/** Builds the Slack app when Slack credentials are set; null otherwise. */
export function createSlackAdapter(deps: SlackDeps): SlackAdapter | null {
  const { db, catalog, config, env, log } = deps;
  const appToken = env.SLACK_APP_TOKEN?.trim();
  const signingSecret = env.SLACK_SIGNING_SECRET?.trim();
  const botToken = env.SLACK_BOT_TOKEN?.trim();
  const clientId = env.SLACK_CLIENT_ID?.trim();
  const clientSecret = env.SLACK_CLIENT_SECRET?.trim();
  const oauth = !!(clientId && clientSecret && signingSecret && !appToken);
  if (!appToken && !signingSecret) return null;
  if (!oauth && !botToken) {
    log.warn('Slack: SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not (nor SLACK_CLIENT_ID/SLACK_CLIENT_SECRET for OAuth); Slack commands are off');
    return null;
  }
  const logger = boltLogger(log);
  // In Socket Mode Bolt shares these with the socket client, whose own default (100 quick retries
  // of apps.connections.open) is what keeps it reconnecting through an outage: leave it alone there.
  const clientOptions = appToken ? { slackApiUrl: config.slack.apiUrl } : { slackApiUrl: config.slack.apiUrl, retryConfig: { retries: 2, maxTimeout: 2_000 } };
  // Single workspace: the install row's token where there is one, else the environment's.
  const authorize = async ({ teamId, enterpriseId }: { teamId?: string; enterpriseId?: string }) => {
    const workspace = teamId ?? enterpriseId;
    const install = workspace ? getInstall(db, 'slack', workspace) : null;
    return { botToken: install?.botToken ?? botToken!, botUserId: install?.botUserId ?? undefined, teamId: workspace };
  };

  let app: App;
  let receiver: HTTPReceiver | null = null;
  if (appToken) {
    app = new App({ appToken, socketMode: true, authorize, clientOptions, logger });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: signingSecret!,
      endpoints: '/slack/events',
      logger,
      ...(oauth
        ? {
            clientId,
            clientSecret,
            stateSecret: env.SLACK_STATE_SECRET?.trim() || signingSecret,
            scopes: SLACK_SCOPES,
            installationStore: sqliteInstallationStore(db),
            installerOptions: { directInstall: true, installPath: '/slack/install', redirectUriPath: '/slack/oauth_redirect' },
          }
        : {}),
    });
    app = new App({ receiver, clientOptions, logger, ...(oauth ? {} : { authorize }) });
  }

  const core = { db, catalog };
  /** `changes`: the command changes the channel, so who may manage it is checked (users.info); reading needs no check. */
  const contextOf = async (team: string, channel: string, channelName: string | null, user: { id: string; name: string }, client: WebClient, changes: boolean): Promise<CommandContext> => ({
    platform: 'slack',
    workspace: team,
    channel,
    channelName,
    actor: { id: user.id, name: user.name, canManage: changes ? await mayManage(config, client, user.id, log) : true },
    origin: 'chat',
    now: new Date(),
  });

  const commandPattern = new RegExp(`^/(${COMMANDS.map((c) => c.name).join('|')})$`);
  app.command(commandPattern, async ({ command, ack, respond, client }: { command: SlashCommand; ack: () => Promise<void>; respond: (m: object) => Promise<unknown>; client: WebClient }) => {
    await ack();
    noteWorkspaceActive(db, 'slack', command.team_id, new Date());
    let result: Result;
    try {
      const parsed: Command = parseCommand(command.command, command.text ?? '');
      const changes = parsed.name === 'watch' || parsed.name === 'unwatch' || (parsed.name === 'sources' && parsed.action !== 'list');
      const ctx = await contextOf(command.team_id, command.channel_id, command.channel_name ?? null, { id: command.user_id, name: command.user_name }, client, changes);
      result = execute(core, ctx, parsed);
    } catch (err) {
      if (!(err instanceof CommandSyntaxError)) throw err;
      result = syntaxError(err);
    }
    log.debug({ command: command.command, team: command.team_id, channel: command.channel_id, result: result.kind }, 'slack command');
    await respond({ response_type: 'ephemeral', ...renderResult(result) });
  });

  const digestAction =
    (share: boolean) =>
    async ({ ack, body, action, respond, client }: ButtonArgs) => {
      await ack();
      const team = body.team?.id ?? '';
      const channel = body.channel?.id ?? '';
      let cursor: DigestCursor;
      try {
        cursor = JSON.parse(action.value ?? '') as DigestCursor;
      } catch {
        return;
      }
      const ctx = await contextOf(team, channel, null, { id: body.user.id, name: body.user.name ?? body.user.id }, client, false);
      const result = execute(core, ctx, { name: 'recent', days: cursor.days, subject: cursor.subject, person: null, org: null });
      if (result.kind !== 'digest') return;
      if (share) {
        const page = renderDigest(result, cursor.offset, true);
        await client.chat.postMessage({ channel, text: page.text, blocks: page.blocks as never, unfurl_links: false, unfurl_media: false });
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'Posted to the channel.' });
        return;
      }
      await respond({ replace_original: true, ...renderDigest(result, cursor.offset, false) });
    };
  app.action<ButtonClick>('lw_digest_page', digestAction(false));
  app.action<ButtonClick>('lw_digest_share', digestAction(true));

  const feedbackAction =
    (kind: FeedbackKind) =>
    async ({ ack, body, action, respond, client }: ButtonArgs) => {
      await ack();
      const moveId = action.value ?? '';
      const move = getMove(db, moveId);
      const channel = body.channel?.id;
      if (!move || !channel || !body.team?.id) return;
      const tenant = ensureChannel(db, { platform: 'slack', workspace: body.team.id, channel }, null, new Date());
      addFeedback(db, { moveId, channel: tenant, kind, userId: body.user.id, userName: body.user.name ?? null }, new Date());
      const who = SLACK_USER.test(body.user.id) ? `<@${body.user.id}>` : escapeSlack(body.user.name ?? 'someone');
      const note = `Flagged as ${kind === 'not-a-move' ? '*not a move*' : '*the wrong person*'} by ${who}. Thanks: it is stored with the alert.`;
      const kept = (body.message?.blocks ?? []).filter((b: { type?: string }) => b.type !== 'actions');
      if (body.message?.ts) {
        await client.chat.update({ channel, ts: body.message.ts, text: body.message.text ?? move.person, blocks: [...kept, { type: 'context', elements: [{ type: 'mrkdwn', text: note }] }] as never });
      } else {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'Thanks: stored.' });
      }
    };
  app.action<ButtonClick>(ALERT_ACTIONS.notAMove, feedbackAction('not-a-move'));
  app.action<ButtonClick>(ALERT_ACTIONS.wrongPerson, feedbackAction('wrong-person'));
  app.action<ButtonClick>(ALERT_ACTIONS.mute, async ({ ack, body, action, respond, client }: ButtonArgs) => {
    await ack();
    const move = getMove(db, action.value ?? '');
    const channel = body.channel?.id;
    if (!move || !channel || !body.team?.id) return;
    if (!(await mayManage(config, client, body.user.id, log))) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'Only workspace admins can mute people in this channel.' });
      return;
    }
    const tenant = ensureChannel(db, { platform: 'slack', workspace: body.team.id, channel }, null, new Date());
    mutePerson(db, tenant, move.personKey, move.person, body.user.id, new Date());
    await respond({ response_type: 'ephemeral', replace_original: false, text: `Muted ${escapeSlack(move.person)} in this channel: their moves are no longer posted here.` });
  });

  const uninstalled = async ({ body }: { body: { team_id?: string } }): Promise<void> => {
    if (!body.team_id) return;
    const channels = markUninstalled(db, 'slack', body.team_id, new Date());
    log.warn({ team: body.team_id, channels }, `Slack workspace ${body.team_id} uninstalled labwatch; its ${channels} channel(s) are paused, their alerts kept`);
  };
  app.event('app_uninstalled', uninstalled);
  app.event('tokens_revoked', uninstalled);
  app.error(async (err) => {
    log.error({ err: err.message }, `Slack: ${err.message}`);
  });

  return {
    mode: appToken ? 'socket' : 'http',
    listener: receiver ? receiver.requestListener : null,
    async start() {
      if (appToken) await app.start();
    },
    async stop() {
      if (appToken) await app.stop();
    },
  };
}
