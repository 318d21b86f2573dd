import type { SinkConfig } from './schema.js';

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
