import type { Config, SinkConfig } from '../../config/schema.js';
import type { ChatSinkFactory } from '../destinations.js';
import { ConfigError } from '../../errors.js';
import { sinkNames } from '../../config/sink-names.js';
import { discordBotSink, slackBotSink } from './bots.js';
import { consoleSink } from './console.js';
import { jsonlSink } from './jsonl.js';
import type { Sink } from './sink.js';
import { discordWebhookSink, slackWebhookSink } from './webhooks.js';

export interface SinkDeps {
  env: NodeJS.ProcessEnv;
  stdout?: ((text: string) => void) | undefined;
  timeoutMs: number;
}

function token(env: NodeJS.ProcessEnv, variable: string, index: number, type: string): string {
  const value = env[variable]?.trim();
  if (!value) throw new ConfigError(`sinks.${index} (${type}): ${variable} is not set; bot tokens come only from the environment`);
  return value;
}

/** Builds the configured sinks, keyed by name. Tokens come from the environment only. */
export function createSinks(configs: readonly SinkConfig[], deps: SinkDeps): Map<string, Sink> {
  const names = sinkNames(configs);
  const out = new Map<string, Sink>();
  configs.forEach((c, i) => {
    const name = names[i]!;
    if (out.has(name)) throw new ConfigError(`sinks.${i}.name: "${name}" is used by two sinks`);
    const sink = ((): Sink => {
      switch (c.type) {
        case 'console':
          return consoleSink(name, deps.stdout ? (t) => deps.stdout!(`${t}\n\n`) : undefined);
        case 'jsonl':
          return jsonlSink(name, c.path);
        case 'slack-webhook':
          return slackWebhookSink(name, c.url, deps.timeoutMs);
        case 'discord-webhook':
          return discordWebhookSink(name, c.url, deps.timeoutMs);
        case 'slack':
          return slackBotSink(name, token(deps.env, 'SLACK_BOT_TOKEN', i, c.type), c.channel, c.apiUrl, deps.timeoutMs);
        case 'discord':
          return discordBotSink(name, token(deps.env, 'DISCORD_TOKEN', i, c.type), c.channel, c.apiUrl, deps.timeoutMs);
      }
    })();
    out.set(name, sink);
  });
  return out;
}

/** Builds bot sinks for chat channels (alerts in the channel that asked), through the config's API URLs. */
export function createChatSink(config: Config): ChatSinkFactory {
  return (platform, token, channel, name) =>
    platform === 'slack'
      ? slackBotSink(name, token, channel, config.slack.apiUrl, config.delivery.timeout, true)
      : discordBotSink(name, token, channel, config.discord.apiUrl, config.delivery.timeout);
}
