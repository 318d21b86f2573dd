import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFeedProcess } from './feed-process.js';
import { names } from './matching.js';
import { packageRoot } from './built.js';

const PEOPLE = 50_000; // a name and an alias each: 100,000 watched aliases
const SOURCES = 10_000;

/** Runs `labwatch poll --once` in its own process; its wall time, exit code and peak RSS. */
function pollOnce(config: string): Promise<{ ms: number; code: number | null; maxRssMiB: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--require', path.join(packageRoot, 'bench/maxrss.cjs'), path.join(packageRoot, 'dist/cli.js'), 'poll', '--once', '--config', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      const kib = Number(/maxrss_kib=(\d+)/.exec(err)?.[1] ?? 0);
      if (code !== 0) console.log(`(poll --once exited ${code}: ${err.trim().split('\n').slice(-3).join(' | ')})`);
      resolve({ ms: performance.now() - t0, code, maxRssMiB: kib / 1024 });
    }),
  );
}

/** Peak memory of `poll --once` with 100,000 watched aliases and 10,000 sources (target ≤ 200 MB). */
export async function benchMemory(): Promise<void> {
  // (dist/ is built: importing ./built.js ensured it.)
  const feeds = await startFeedProcess({ feeds: SOURCES, hosts: 50, latency: 5, items: 3 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labwatch-bench-memory-'));
  const all = names(PEOPLE * 2, 11);
  const people = Array.from({ length: PEOPLE }, (_, i) => `    - name: ${all[2 * i]}\n      aliases: [${all[2 * i + 1]}]`).join('\n');
  const sources = feeds.urls.map((u) => `  - url: ${u}`).join('\n');
  const config = path.join(dir, 'labwatch.yaml');
  fs.writeFileSync(
    config,
    `database: ${path.join(dir, 'lw.db')}\nlog:\n  level: warn\nfetch:\n  allowPrivateNetworks: true\nsinks:\n  - type: jsonl\n    path: ${path.join(dir, 'alerts.jsonl')}\nsources:\n${sources}\nwatchlist:\n  people:\n${people}\n`,
  );
  console.log(`\n## Memory: \`labwatch poll --once\` (dist, its own process) with ${(PEOPLE * 2).toLocaleString('en')} watched aliases and ${SOURCES.toLocaleString('en')} sources\n`);
  console.log('| run | wall time | peak RSS |');
  console.log('|---|---:|---:|');
  const first = await pollOnce(config);
  console.log(`| first poll (config synced, every feed new: ${(SOURCES * 3).toLocaleString('en')} items read) | ${(first.ms / 1000).toFixed(1)} s | ${first.maxRssMiB.toFixed(0)} MiB |`);
  await feeds.bump(10);
  const second = await pollOnce(config);
  console.log(`| next poll (10% of feeds changed) | ${(second.ms / 1000).toFixed(1)} s | ${second.maxRssMiB.toFixed(0)} MiB |`);
  const peak = Math.max(first.maxRssMiB, second.maxRssMiB);
  console.log(`\npeak RSS ${peak.toFixed(0)} MiB (target ≤ 200 MB = 191 MiB) → ${peak <= 191 ? 'OK' : 'MISSED'}`);
  feeds.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
