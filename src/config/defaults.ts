import path from 'node:path';
import { bundledConfigDir } from '../paths.js';
import type { ConfigInput } from './schema.js';

/** The major labs watched when no config file is given. */
export const DEFAULT_WATCHED_ORGS = ['OpenAI', 'Anthropic', 'Google DeepMind', 'Meta', 'xAI', 'Microsoft AI', 'Mistral AI', 'DeepSeek'];

/** What `npm start` runs with no config: bundled sources, a few big labs watched, console output. */
export function defaultConfigInput(): ConfigInput {
  return {
    database: './data/labwatch.db',
    sourceFiles: [path.join(bundledConfigDir, 'sources.yaml')],
    watchlist: { people: [], orgs: DEFAULT_WATCHED_ORGS.map((name) => ({ name, aliases: [] })) },
    sinks: [{ type: 'console' }],
  };
}
