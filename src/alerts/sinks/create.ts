import type { SinkConfig } from '../../config/schema.js';
import { consoleSink } from './console.js';
import { jsonlSink } from './jsonl.js';
import type { Sink } from './sink.js';
import { ConfigError } from '../../errors.js';

export interface SinkDeps {
  env: NodeJS.ProcessEnv;
  stdout?: ((text: string) => void) | undefined;
  timeoutMs: number;
}

/** Builds the configured sinks, keyed by name. Tokens come from the environment only. */
export function createSinks(configs: readonly SinkConfig[], deps: SinkDeps): Map<string, Sink> {
  const names = sinkNames(configs);
  const out = new Map<string, Sink>();
  configs.forEach((c, i) => {
    const name = names[i]!;
    if (out.has(name)) throw new ConfigError(`sinks.${i}.name: "${name}" is used by two sinks`);
    switch (c.type) {
      case 'console':
        out.set(name, consoleSink(name, deps.stdout ? (t) => deps.stdout!(`${t}\n\n`) : undefined));
        break;
      case 'jsonl':
        out.set(name, jsonlSink(name, c.path));
        break;
      default:
        throw new ConfigError(`sinks.${i}.type: "${c.type}" is not available yet`);
    }
  });
  return out;
}

/** Each sink's name: its `name`, else its type (numbered when a type repeats). */
export function sinkNames(sinks: readonly SinkConfig[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sinks) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  const seen = new Map<string, number>();
  return sinks.map((s) => {
    if (s.name) return s.name;
    const n = (seen.get(s.type) ?? 0) + 1;
    seen.set(s.type, n);
    return counts.get(s.type)! > 1 ? `${s.type}-${n}` : s.type;
  });
}
