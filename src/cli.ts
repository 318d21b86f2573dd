#!/usr/bin/env node
// First, so that its heap limits hold before any other module allocates.
import { startedAsCli } from './heap-limits.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { loadConfig, resolveConfigPath, type LoadedConfig } from './config/load.js';
import { parseDuration } from './config/duration.js';
import { LabwatchError, UsageError, errorMessage } from './errors.js';
import { createLogger, type Logger } from './log.js';
import { openDatabase, withDatabaseErrors, type Db } from './db/open.js';
import { getChannel } from './db/channels.js';
import { OPERATOR, type ChannelId } from './domain.js';
import { addSearchSource, addSource, enableSource, listSourcesReply, removeSourceReply } from './commands/sources.js';
import type { Reply } from './commands/reply.js';
import { execute } from './commands/core.js';
import { CommandSyntaxError, parsePeriod, targetFrom } from './commands/grammar.js';
import type { Command as CoreCommand, CommandContext } from './commands/types.js';
import { presentText } from './commands/present/text.js';
import { presentJson } from './commands/present/json.js';
import { loadCatalog } from './match/catalog.js';
import { bundledConfigDir, packageRoot } from './paths.js';
import { listSinksReply, reviveSinkReply } from './commands/sinks.js';
import { statusReply } from './commands/status.js';
import { sinkNames } from './config/sink-names.js';
import { syncConfig } from './pipeline/sync.js';

const collect = (value: string, previous: string[]) => [...previous, value];

function intervalOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDuration(value);
  if (ms === null || ms < 60_000) throw new UsageError(`--interval: "${value}" is not a duration of at least 1m (e.g. 10m, 1h)`);
  return ms;
}

interface GlobalOpts {
  config?: string;
}

// One invocation reads its config once (the logger's level and the command both need it; a large file is costly).
const loadedBy = new WeakMap<Command, LoadedConfig>();

function load(program: Command): LoadedConfig {
  let loaded = loadedBy.get(program);
  if (!loaded) {
    const opts = program.opts<GlobalOpts>();
    loaded = loadConfig(resolveConfigPath(opts.config, process.env, process.cwd()));
    loadedBy.set(program, loaded);
  }
  return loaded;
}

/** A result on stdout; a failure as one line on stderr, "labwatch: …", exit 1 (like every error). */
function print(reply: Reply): void {
  if (!reply.ok) {
    process.stderr.write(`labwatch: ${reply.text}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${reply.text}\n`);
  for (const line of reply.lines) process.stdout.write(`  ${line}\n`);
}

/** Opens the database with the config's watches and sources synced in, as the poller sees them. */
function withDb<T>(program: Command, fn: (db: Db, loaded: LoadedConfig) => T): T {
  const loaded = load(program);
  const db = openDatabase(loaded.config.database);
  try {
    return withDatabaseErrors(loaded.config.database, () => {
      syncConfig(db, loaded);
      return fn(db, loaded);
    });
  } finally {
    db.close();
  }
}

function packageVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function catalog() {
  return loadCatalog(path.join(bundledConfigDir, 'orgs.yaml'));
}

/** The CLI speaks for the operator: its watches route to the config's sinks. */
function cliContext(): CommandContext {
  const user = os.userInfo().username;
  return { platform: 'cli', workspace: '', channel: '', channelName: null, actor: { id: user, name: user, canManage: true }, origin: 'cli', now: new Date() };
}

/** Runs a command through the core and prints its result as text (or JSON). */
function runCore(program: Command, build: () => CoreCommand, json = false): void {
  let command: CoreCommand;
  try {
    command = build();
  } catch (err) {
    // An argument that cannot be a name or URL is a usage error: one line, exit 2.
    if (err instanceof CommandSyntaxError) throw new UsageError(err.reason === 'too-short' ? `${err.message} (add --force to watch it anyway)` : err.message);
    throw err;
  }
  withDb(program, (db) => {
    const result = execute({ db, catalog: catalog() }, cliContext(), command);
    if (json && result.kind !== 'error') process.stdout.write(`${JSON.stringify(presentJson(result), null, 2)}\n`);
    else print(presentText(result));
  });
}

/** A result's channel as the operator reads it. */
function channelLabel(db: Db, id: ChannelId): string {
  if (id === OPERATOR) return 'config';
  const c = getChannel(db, id);
  return c ? `${c.platform} ${c.name ? `#${c.name}` : c.channel} (${c.workspace})` : `channel ${id}`;
}

// The poller, the chat SDKs and article extraction load only for the commands that use them,
// so --help, watch and status start at once.
const runner = () => import('./runner.js');

async function demo(log: Logger): Promise<void> {
  const [{ startDemoServer }, { withPoller, pollOnce }] = await Promise.all([import('./demo/server.js'), runner()]);
  const server = await startDemoServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labwatch-demo-'));
  try {
    const loaded = loadConfig(null);
    const config = {
      ...loaded.config,
      database: path.join(dir, 'demo.db'),
      sinks: [{ type: 'console' as const }],
      watchlist: {
        people: [{ name: 'Chi-Hao Wu', aliases: ['吴启豪'], orgs: ['Meta'], strict: false }],
        orgs: [
          { name: 'Meta', aliases: [] },
          { name: 'OpenAI', aliases: [] },
        ],
      },
    };
    const sources = server.urls.map((u) => ({ url: u.url, name: u.name, enabled: true }));
    process.stdout.write(`Demo: ${sources.length} sample feeds (English, Simplified and Traditional Chinese) served on 127.0.0.1; watching Meta, OpenAI and Chi-Hao Wu.\n\n`);
    await withPoller({ config, file: null, sources }, { log }, 'demo', (app) => pollOnce(app, log));
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function buildProgram(log: () => Logger): Command {
  const program = new Command();
  program
    .name('labwatch')
    .description('Tells Slack and Discord channels when people move between AI labs.')
    .option('-c, --config <file>', 'config file (else $LABWATCH_CONFIG, else config/labwatch.yaml, else built-in defaults)')
    .version(packageVersion(), '-V, --version')
    // Set before subcommands are added, so they inherit it: errors come back to main() as one line.
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      // Commander's own errors ("error: option '--language <lang>' argument 'fr' is invalid …") read like ours.
      outputError: (s, write) => write(`labwatch: ${s.replace(/^error: /, '').trim()} (see "labwatch --help")\n`),
    });

  program
    .command('run')
    .description('poll on the schedule and deliver alerts until stopped')
    .action(async () => {
      const { withPoller, runForever } = await runner();
      await withPoller(load(program), { log: log() }, 'run', (app) => runForever(app, log()));
    });

  program
    .command('poll')
    .description('poll every enabled source once, deliver, wait for the alerts to go out (delivery.drainTimeout), exit; non-zero when some could not')
    .option('--once', 'the same (kept for scripts that say it)', false)
    .action(async () => {
      const { withPoller, pollOnce } = await runner();
      await withPoller(load(program), { log: log() }, 'poll --once', (app) => pollOnce(app, log()));
    });

  program
    .command('demo')
    .description('offline demo: serve sample English and Chinese feeds locally, poll them once, print the alerts')
    .action(async () => demo(log()));

  const watch = program.command('watch').description('manage the watchlist (routes to the config sinks)');
  const add = watch.command('add').description('watch a person or an org');
  add
    .command('person <name>')
    .description('watch a person')
    .option('--alias <alias>', 'another name or spelling (repeatable)', collect, [])
    .option('--org <org>', 'an org the person belongs to (repeatable)', collect, [])
    .option('--strict', 'alert only when the text also names one of their orgs or a watched org', false)
    .option('--force', 'accept a one-letter name (it will match a lot)', false)
    .action((name: string, o: { alias: string[]; org: string[]; strict: boolean; force: boolean }) =>
      runCore(program, () => ({ name: 'watch', target: targetFrom('person', name, o.alias, o.org, o.strict, o.force) })),
    );
  add
    .command('org <name>')
    .description('watch an org (and its units)')
    .option('--alias <alias>', 'another name (repeatable)', collect, [])
    .option('--force', 'accept a one-letter name (it will match a lot)', false)
    .action((name: string, o: { alias: string[]; force: boolean }) => runCore(program, () => ({ name: 'watch', target: targetFrom('org', name, o.alias, [], false, o.force) })));
  watch
    .command('list')
    .description('list every watch')
    .option('--json', 'as JSON', false)
    .action((o: { json: boolean }) => runCore(program, () => ({ name: 'watchlist' }), o.json));
  watch
    .command('remove <name>')
    .description('stop watching a person or org')
    .addOption(new Option('--kind <kind>', 'only the person or only the org of that name').choices(['person', 'org']))
    .action((name: string, o: { kind?: 'person' | 'org' }) => runCore(program, () => ({ name: 'unwatch', target: name.replace(/\s+/g, ' ').trim(), kind: o.kind ?? null })));

  const sources = program.command('sources').description('manage feed sources');
  sources
    .command('list')
    .description('every source with its state: last success, last error, failures, next poll')
    .action(() => withDb(program, (db) => print(listSourcesReply(db))));
  sources
    .command('add <url>')
    .description('add a feed')
    .option('--name <name>', 'display name')
    .addOption(new Option('--language <lang>', 'language of the feed').choices(['en', 'zh']))
    .option('--interval <duration>', 'poll interval (e.g. 10m; at least 1m)')
    .action((url: string, o: { name?: string; language?: 'en' | 'zh'; interval?: string }) => {
      const interval = intervalOption(o.interval);
      withDb(program, (db) => print(addSource(db, { url, name: o.name, language: o.language, intervalMs: interval })));
    });
  sources
    .command('add-search <query>')
    .description('add a news-search feed (Google News) for a query, in English or Chinese')
    .addOption(new Option('--language <lang>', 'search edition').choices(['en', 'zh']).default('en'))
    .option('--interval <duration>', 'poll interval (e.g. 30m; at least 1m)')
    .action((query: string, o: { language: 'en' | 'zh'; interval?: string }) => {
      const interval = intervalOption(o.interval);
      withDb(program, (db) => print(addSearchSource(db, query, o.language, interval)));
    });
  sources
    .command('remove <url>')
    .description('stop polling a feed and hide it (its items stay seen)')
    .action((url: string) => withDb(program, (db, loaded) => print(removeSourceReply(db, url, loaded.file))));
  sources
    .command('enable <url>')
    .description('re-enable a disabled feed (clears its failures)')
    .action((url: string) => withDb(program, (db) => print(enableSource(db, url, true))));
  sources
    .command('disable <url>')
    .description('stop polling a feed')
    .action((url: string) => withDb(program, (db) => print(enableSource(db, url, false))));

  program
    .command('status')
    .description('watches, sources (failing and disabled ones named), moves and the outbox at a glance')
    .action(() => withDb(program, (db, loaded) => print(statusReply(db, sinkNames(loaded.config.sinks)))));

  const sinks = program.command('sinks').description('delivery destinations');
  sinks
    .command('list')
    .description('each destination: sent, queued, given up, and whether it is dead')
    .action(() => withDb(program, (db, loaded) => print(listSinksReply(db, sinkNames(loaded.config.sinks)))));
  sinks
    .command('revive <name>')
    .description('send to a destination marked dead again (after fixing its URL or token)')
    .action((name: string) => withDb(program, (db) => print(reviveSinkReply(db, name))));

  program
    .command('explain <fileOrUrl>')
    .description('show how one article is read: mentions, sentences, moves and the watches that would route them')
    .option('--json', 'as JSON', false)
    .option('--llm', "also ask the language model of the config's llm: section (no cache, no budget), and say which reader found each move", false)
    .action(async (target: string, o: { json: boolean; llm: boolean }) => {
      const loaded = load(program);
      const llm = loaded.config.llm;
      if (o.llm && !llm) throw new UsageError('explain --llm: the config has no llm: section (baseUrl and model of an OpenAI-compatible endpoint)');
      const { explainTarget, presentExplanation } = await import('./commands/explain.js');
      const { ModelReader, modelEndpoint } = await import('./pipeline/llm-reader.js');
      const model = o.llm && llm ? new ModelReader({ endpoint: modelEndpoint(llm, process.env), maxChars: llm.maxChars, db: null, log: log() }) : undefined;
      const db = openDatabase(loaded.config.database);
      try {
        const e = await explainTarget(db, loaded, catalog(), sinkNames(loaded.config.sinks), target, new Date(), model);
        process.stdout.write(
          o.json
            ? `${JSON.stringify({ theme: e.recognition.theme, mentions: e.recognition.mentions, sentences: e.recognition.sentences, moves: e.moves, model: e.model }, null, 2)}\n`
            : presentExplanation(e, (id) => channelLabel(db, id)),
        );
      } finally {
        db.close();
      }
    });

  program
    .command('recent')
    .description('moves of the period, grouped by org, with arrivals and departures')
    .option('--days <n>', 'how many days back (or a period: 7d, 2w)', '7')
    .option('--org <org>', 'only moves to or from this org')
    .option('--person <name>', 'only this person')
    .option('--json', 'as JSON', false)
    .action((o: { days: string; org?: string; person?: string; json: boolean }) => {
      const days = parsePeriod(o.days);
      if (days === null) throw new UsageError(`--days: "${o.days}" is not a positive number`);
      runCore(program, () => ({ name: 'recent', days, subject: null, person: o.person ?? null, org: o.org ?? null }), o.json);
    });
  const slack = program.command('slack').description('the Slack app');
  slack
    .command('manifest')
    .description('print the Slack app manifest (paste it at api.slack.com/apps → Create New App → From a manifest)')
    .action(async () => {
      const [{ slackManifest }, { dump }] = await Promise.all([import('./chat/slack/manifest.js'), import('js-yaml')]);
      process.stdout.write(`# Generated by "labwatch slack manifest" from the command core; do not edit by hand.\n${dump(slackManifest(), { lineWidth: -1 })}`);
    });
  const discord = program.command('discord').description('the Discord bot');
  discord
    .command('register')
    .description('register the slash commands with Discord (DISCORD_TOKEN, DISCORD_APPLICATION_ID); again is harmless')
    .option('--guild <id>', 'only in this server (instant; without it, global)')
    .action(async (o: { guild?: string }) => {
      const loaded = load(program);
      const token = process.env.DISCORD_TOKEN?.trim();
      const applicationId = process.env.DISCORD_APPLICATION_ID?.trim();
      if (!token || !applicationId) throw new UsageError('discord register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID in the environment');
      if (o.guild && !/^\d+$/.test(o.guild)) throw new UsageError(`--guild: "${o.guild}" is not a Discord server id`);
      const { registerCommands } = await import('./chat/discord/register.js');
      let names: string[];
      try {
        names = await registerCommands({ apiUrl: loaded.config.discord.apiUrl, token, applicationId, guildId: o.guild ?? null, timeoutMs: loaded.config.delivery.timeout });
      } catch (err) {
        throw new LabwatchError(`Discord refused the commands: ${errorMessage(err)}`);
      }
      process.stdout.write(`Registered ${names.map((n) => `/${n}`).join(', ')} ${o.guild ? `in server ${o.guild} (available now)` : 'globally (may take up to an hour to appear)'}.\n`);
    });
  discord
    .command('invite')
    .description('print the URL that adds the bot to a server, with exactly the permissions it needs')
    .action(async () => {
      const applicationId = process.env.DISCORD_APPLICATION_ID?.trim();
      if (!applicationId) throw new UsageError('discord invite needs DISCORD_APPLICATION_ID in the environment');
      const { inviteUrl } = await import('./chat/discord/commands.js');
      process.stdout.write(`${inviteUrl(applicationId)}\n`);
    });
  return program;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  let logger: Logger | null = null;
  const log = () => {
    if (!logger) {
      let level = 'info';
      try {
        level = load(program).config.log.level;
      } catch {
        // The command itself reports a bad config.
      }
      logger = createLogger(level);
    }
    return logger;
  };
  const program = buildProgram(log);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof LabwatchError) {
      process.stderr.write(`labwatch: ${err.message}\n`);
      process.exitCode = err instanceof UsageError ? 2 : 1;
      return;
    }
    process.stderr.write(`labwatch: unexpected error: ${errorMessage(err)}\n`);
    process.exitCode = 1;
  }
}

// Run when executed (as the bin, or by tsx in tests), not when imported by an in-process test.
if (startedAsCli) await main();
