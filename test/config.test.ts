import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveConfigPath } from '../src/config/load.js';
import { ConfigError } from '../src/errors.js';
import { tempDir, writeFile } from './helpers/cli.js';

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('names the file, the key and the problem for a wrong type, in one line', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'bad.yaml', 'polling:\n  maxFailures: "many"\n');
    const err = errorOf(() => loadConfig(file));
    expect(err.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: polling\\.maxFailures: `));
    expect(err.message).not.toContain('\n');
  });

  it('rejects unknown keys (a typo must not be silently ignored)', () => {
    const file = writeFile(tempDir(), 'typo.yaml', 'sinks:\n  - type: jsonl\n    pth: out.jsonl\n');
    const err = errorOf(() => loadConfig(file));
    expect(err.message).toContain('sinks.0');
    expect(err.message).toMatch(/pth|path/);
  });

  it('reports invalid YAML with its line', () => {
    const file = writeFile(tempDir(), 'broken.yaml', 'sources:\n  - url: [unclosed\n');
    const err = errorOf(() => loadConfig(file));
    expect(err.message).toMatch(/broken\.yaml:\d+:\d+: invalid YAML/);
  });

  it('rejects a bad duration and a non-http source URL', () => {
    const dir = tempDir();
    expect(errorOf(() => loadConfig(writeFile(dir, 'a.yaml', 'polling:\n  interval: soon\n'))).message).toContain('polling.interval: "soon" is not a duration');
    expect(errorOf(() => loadConfig(writeFile(dir, 'b.yaml', 'sources:\n  - url: ftp://x.example/feed\n'))).message).toContain('sources.0.url');
    expect(errorOf(() => loadConfig(writeFile(dir, 'c.yaml', 'sources:\n  - url: https://x.example/feed\n    interval: 10s\n'))).message).toContain('at least 60s');
  });

  it('says so when the file is missing', () => {
    expect(errorOf(() => loadConfig('/nonexistent/labwatch.yaml')).message).toBe('/nonexistent/labwatch.yaml: cannot read config (no such file)');
  });

  it('resolves --config, then LABWATCH_CONFIG, then config/labwatch.yaml, then defaults', () => {
    const cwd = tempDir();
    expect(resolveConfigPath(undefined, {}, cwd)).toBeNull();
    writeFile(cwd, 'config/labwatch.yaml', '{}');
    expect(resolveConfigPath(undefined, {}, cwd)).toBe(path.join(cwd, 'config/labwatch.yaml'));
    expect(resolveConfigPath(undefined, { LABWATCH_CONFIG: 'env.yaml' }, cwd)).toBe(path.join(cwd, 'env.yaml'));
    expect(resolveConfigPath('flag.yaml', { LABWATCH_CONFIG: 'env.yaml' }, cwd)).toBe(path.join(cwd, 'flag.yaml'));
  });

  it('built-in defaults: SQLite under ./data, console output, big labs watched, bundled sources', () => {
    const cwd = tempDir();
    const { config, sources, file } = loadConfig(null, cwd);
    expect(file).toBeNull();
    expect(config.database).toBe(path.join(cwd, 'data/labwatch.db'));
    expect(config.sinks).toEqual([{ type: 'console' }]);
    expect(config.watchlist.orgs.map((o) => o.name)).toEqual(expect.arrayContaining(['OpenAI', 'Anthropic', 'Meta']));
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.some((s) => s.language === 'zh')).toBe(true);
  });

  it('resolves paths relative to the config file and reads source files', () => {
    const dir = tempDir();
    writeFile(dir, 'more.yaml', 'sources:\n  - url: https://b.example/feed\n    name: B\n');
    const file = writeFile(dir, 'lw.yaml', 'database: db/x.db\nsourceFiles: [more.yaml]\nsources:\n  - url: https://a.example/feed\nsinks:\n  - type: jsonl\n    path: out/alerts.jsonl\n');
    const { config, sources } = loadConfig(file);
    expect(config.database).toBe(path.join(dir, 'db/x.db'));
    expect(config.sinks[0]).toEqual({ type: 'jsonl', path: path.join(dir, 'out/alerts.jsonl') });
    expect(sources.map((s) => s.url)).toEqual(['https://a.example/feed', 'https://b.example/feed']);
  });

  it('the example config is valid and documents every top-level key', () => {
    const example = path.resolve(__dirname, '../config/labwatch.example.yaml');
    const { config } = loadConfig(example);
    const text = fs.readFileSync(example, 'utf8');
    for (const [key, value] of Object.entries(config)) {
      expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
      // Nested settings (fetch.timeout, polling.maxInterval …) are documented too.
      if (value && typeof value === 'object' && !Array.isArray(value)) for (const sub of Object.keys(value)) expect(text, `${key}.${sub}`).toMatch(new RegExp(`^  ${sub}:`, 'm'));
    }
  });
});
