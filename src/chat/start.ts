import type { Logger } from 'pino';
import { errorMessage } from '../errors.js';
import type { Config } from '../config/schema.js';
import type { Db } from '../db/open.js';
import type { OrgCatalog } from '../match/catalog.js';
import { freshTimestamp, startChatServer, type ChatServer, type Handler } from './http-server.js';
import { createSlackAdapter, SLACK_SKEW_S, type SlackAdapter } from './slack/app.js';
import { createDiscordAdapter } from './discord/adapter.js';

/** The chat adapters running beside the poller. */
export interface RunningChat {
  /** The chat HTTP port, when one is open. */
  port: number | null;
  /** Settles once the platforms are connected (or have failed, with a log line). */
  connected: Promise<void>;
  stop(): Promise<void>;
}

/** Slack's HTTP endpoints: timestamps checked both ways, then Bolt (signature, OAuth routes). */
function slackRoute(slack: SlackAdapter): Handler {
  return (req, res) => {
    const signed = req.method === 'POST' && (req.url ?? '').startsWith('/slack/events');
    if (signed && !freshTimestamp(req.headers['x-slack-request-timestamp'], SLACK_SKEW_S)) {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('stale or future request timestamp');
      return;
    }
    slack.listener!(req, res);
  };
}

/** Starts whichever chat adapters the environment has credentials for; none is fatal to the poller. */
export async function startChat(deps: { db: Db; catalog: OrgCatalog; config: Config }, env: NodeJS.ProcessEnv, log: Logger): Promise<RunningChat> {
  const { config } = deps;
  const slack = createSlackAdapter({ ...deps, env, log: log.child({ chat: 'slack' }) });
  const discord = createDiscordAdapter({ ...deps, env, log: log.child({ chat: 'discord' }) });
  const routes: { prefix: string; handle: Handler }[] = [];
  if (slack?.listener) routes.push({ prefix: '/slack/', handle: slackRoute(slack) });
  if (discord?.listener) routes.push({ prefix: '/discord/interactions', handle: discord.listener });
  let server: ChatServer | null = null;
  if (routes.length) {
    try {
      server = await startChatServer(config.chat.port, config.chat.host, routes, log);
    } catch (err) {
      // A port in use must not stop the poller: alerts still go out; commands wait for a restart.
      log.error(
        { port: config.chat.port, err: errorMessage(err) },
        `chat endpoints could not listen on ${config.chat.host}:${config.chat.port} (${errorMessage(err)}); set chat.port to a free port. The poller keeps running`,
      );
    }
  }
  // Connecting (Socket Mode) may take long or retry through an outage: the poller does not wait.
  const connecting = slack
    ?.start()
    .then(() => log.info(`Slack commands on (${slack.mode === 'socket' ? 'Socket Mode' : `HTTP, POST /slack/events on port ${server?.port}`})`))
    .catch((err: unknown) => log.error({ err: errorMessage(err) }, `Slack could not start: ${errorMessage(err)}; the poller keeps running`));
  const gateway = discord
    ?.start()
    .then(() => discord.listener && log.info(`Discord interactions on (POST /discord/interactions on port ${server?.port})`))
    .catch((err: unknown) => log.error({ err: errorMessage(err) }, `Discord could not start: ${errorMessage(err)}; the poller keeps running`));
  return {
    port: server?.port ?? null,
    connected: Promise.all([connecting, gateway]).then(() => undefined),
    async stop() {
      await slack?.stop().catch(() => undefined);
      await discord?.stop().catch(() => undefined);
      await server?.close();
    },
  };
}
