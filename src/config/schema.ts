import cron from 'node-cron';
import { z } from 'zod';
import { parseDuration } from './duration.js';

const duration = (min: number) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const ms = parseDuration(v);
    if (ms === null) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration (use e.g. 90s, 10m, 2h)` });
      return z.NEVER;
    }
    if (ms < min) {
      ctx.addIssue({ code: 'custom', message: `must be at least ${min / 1000}s` });
      return z.NEVER;
    }
    return ms;
  });

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:/i.test(u), 'must be an http(s) URL');
const language = z.enum(['en', 'zh']);

export const sourceSchema = z.strictObject({
  url: httpUrl,
  name: z.string().min(1).optional(),
  language: language.optional(),
  interval: duration(60_000).optional(),
  enabled: z.boolean().default(true),
});

const personSchema = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  orgs: z.array(z.string().trim().min(1)).default([]),
  /** Alert only when the text also names one of the person's orgs or a watched org. */
  strict: z.boolean().default(false),
});

const orgSchema = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
});

const sinkName = z
  .string()
  .regex(/^[\w.-]+$/, 'use letters, digits, "_", "." or "-"')
  .optional();

export const sinkSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('console'), name: sinkName }),
  z.strictObject({ type: z.literal('jsonl'), name: sinkName, path: z.string().min(1) }),
  z.strictObject({ type: z.literal('slack-webhook'), name: sinkName, url: httpUrl }),
  z.strictObject({ type: z.literal('discord-webhook'), name: sinkName, url: httpUrl }),
  z.strictObject({
    type: z.literal('slack'),
    name: sinkName,
    channel: z.string().min(1),
    apiUrl: httpUrl.default('https://slack.com/api/'),
  }),
  z.strictObject({
    type: z.literal('discord'),
    name: sinkName,
    channel: z.string().regex(/^\d+$/, 'must be a Discord channel id (digits)'),
    apiUrl: httpUrl.default('https://discord.com/api'),
  }),
]);

export const configSchema = z.strictObject({
  database: z.string().min(1).default('./data/labwatch.db'),
  /** node-cron expression for the poll cycle. */
  schedule: z
    .string()
    .min(1)
    .refine((v) => cron.validate(v), { message: 'not a cron expression (e.g. "*/10 * * * *": every 10 minutes)' })
    .default('*/10 * * * *'),
  log: z.strictObject({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info') }).default({ level: 'info' }),
  /** Extra YAML files whose `sources:` list is appended (paths relative to this file). */
  sourceFiles: z.array(z.string().min(1)).default([]),
  sources: z.array(sourceSchema).default([]),
  watchlist: z
    .strictObject({
      people: z.array(personSchema).default([]),
      orgs: z.array(orgSchema).default([]),
    })
    .default({ people: [], orgs: [] }),
  sinks: z.array(sinkSchema).default([{ type: 'console' }]),
  fetch: z
    .strictObject({
      timeout: duration(1000).default(20_000),
      maxBytes: z
        .number()
        .int()
        .positive()
        .default(10 * 1024 * 1024),
      maxRedirects: z.number().int().min(0).max(20).default(5),
      concurrency: z.number().int().min(1).max(64).default(32),
      perHost: z.number().int().min(1).max(16).default(2),
      allowPrivateNetworks: z.boolean().default(false),
      /** Article pages fetched per cycle when a feed carries only a summary (0: never). */
      fullTextPerCycle: z.number().int().min(0).max(500).default(20),
    })
    .prefault({}),
  polling: z
    .strictObject({
      interval: duration(60_000).default(600_000),
      /** Ceiling of the adaptive schedule: a source that never changes is polled at least this often. */
      maxInterval: duration(60_000).default(2 * 3_600_000),
      /** On a source's first poll, items older than this are history: stored, never alerted. */
      firstPollMaxAge: duration(0).default(48 * 3_600_000),
      maxFailures: z.number().int().min(1).default(11),
      /** Item text older than this is dropped (the item's key stays, so it never returns as new). */
      keepText: duration(86_400_000).default(30 * 86_400_000),
    })
    .prefault({}),
  search: z
    .strictObject({
      /** Create a news-search source for each watched person. */
      perPerson: z.boolean().default(false),
      /** Editions to search (en: English, zh: Simplified Chinese). */
      languages: z.array(language).min(1).default(['en', 'zh']),
    })
    .prefault({}),
  matching: z
    .strictObject({
      minConfidence: z.number().min(0).max(1).default(0.5),
      /** Alert on people not on the watchlist when they move to or from a watched org. */
      discover: z.boolean().default(true),
    })
    .prefault({}),
  /**
   * An optional language-model reader behind the rules: any OpenAI-compatible chat endpoint (a hosted
   * API, a local Ollama or vLLM). Off unless this section is present; it reads only items the rules'
   * cheap gate lets through, at most `perCycle` a cycle, each answer cached.
   */
  llm: z
    .strictObject({
      enabled: z.boolean().default(true),
      /** The API's base, before /chat/completions: https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama). */
      baseUrl: httpUrl,
      model: z.string().min(1),
      /** The environment variable holding the API key (none is sent when it is unset: local servers need none). */
      apiKeyEnv: z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name')
        .default('LABWATCH_LLM_API_KEY'),
      timeout: duration(1000).default(30_000),
      /** Items asked about per poll cycle; the rest are read by the rules alone. */
      perCycle: z.number().int().min(0).max(1000).default(20),
      /** How much of an item the model reads (characters, from the start). */
      maxChars: z.number().int().min(500).max(100_000).default(8_000),
    })
    .optional(),
  moves: z
    .strictObject({
      /** Reports of the same person's move within this window are one move. */
      window: duration(60_000).default(14 * 86_400_000),
    })
    .prefault({}),
  chat: z
    .strictObject({
      /** The port of the HTTP endpoints for chat: Slack's /slack/events (HTTP mode, OAuth) and Discord's /discord/interactions. */
      port: z.number().int().min(0).max(65535).default(3000),
      host: z.string().min(1).default('0.0.0.0'),
    })
    .prefault({}),
  slack: z
    .strictObject({
      /** Slack's Web API, for alerts in channels that watch from Slack and for command replies. */
      apiUrl: httpUrl.default('https://slack.com/api/'),
      /** Who may change a channel's watches and feeds: everyone, or workspace admins and owners. */
      editors: z.enum(['everyone', 'admins']).default('everyone'),
    })
    .prefault({}),
  discord: z
    .strictObject({
      /** Discord's REST API, for alerts in channels that watch from Discord and for command replies. */
      apiUrl: httpUrl.default('https://discord.com/api'),
      /** gateway: a discord.js connection receives commands; interactions: only POST /discord/interactions (DISCORD_PUBLIC_KEY), REST for the rest. */
      mode: z.enum(['gateway', 'interactions']).default('gateway'),
      /** A role id whose members may change watches and feeds besides those with Manage Server. */
      editorRole: z.string().regex(/^\d+$/, 'must be a Discord role id (digits)').optional(),
    })
    .prefault({}),
  delivery: z
    .strictObject({
      maxAttempts: z.number().int().min(1).default(10),
      /** A destination answering 4xx this many times in a row is marked dead. */
      deadAfter: z.number().int().min(1).default(3),
      timeout: duration(1000).default(15_000),
      /** First retry delay after a failure; doubles each attempt up to 10 minutes. */
      retryBase: duration(10).default(2_000),
      /** How long `poll --once` waits for queued alerts to go out before it exits non-zero naming what is left. */
      drainTimeout: duration(1000).default(120_000),
    })
    .prefault({}),
});

export type Config = z.output<typeof configSchema>;
export type SourceConfig = z.output<typeof sourceSchema>;
export type SinkConfig = z.output<typeof sinkSchema>;
export type ConfigInput = z.input<typeof configSchema>;
