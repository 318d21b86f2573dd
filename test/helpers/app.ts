import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { App } from '../../src/app.js';
import { parseConfig } from '../../src/config/load.js';
import type { ConfigInput } from '../../src/config/schema.js';
import { tempDir } from './cli.js';

/** A logger whose lines a test can read. */
export function captureLog() {
  const lines: { level: number; msg: string; [k: string]: unknown }[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  return { log: pino({ level: 'debug' }, stream), lines };
}

/** An App on a fresh database, from a config object (sources listed in it). */
export function testApp(input: ConfigInput, env: NodeJS.ProcessEnv = {}) {
  const dir = tempDir();
  const config = parseConfig({ database: path.join(dir, 'lw.db'), ...input }, 'test');
  // As loadConfig does for a file: relative jsonl paths live beside the database.
  for (const s of config.sinks) if (s.type === 'jsonl') s.path = path.resolve(dir, s.path);
  const { log, lines } = captureLog();
  const stdout: string[] = [];
  const app = new App({ config, file: null, sources: config.sources }, { log, env, stdout: (t) => stdout.push(t) });
  app.syncConfig();
  return { app, lines, stdout, dir };
}
