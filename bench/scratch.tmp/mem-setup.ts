import fs from 'node:fs';
import { startFeedProcess } from '../feed-process.js';
import { names } from '../matching.js';
const PEOPLE = 50_000,
  SOURCES = 10_000;
const feeds = await startFeedProcess({ feeds: SOURCES, hosts: 50, latency: 5, items: 3 });
const dir = '/tmp/memcfg';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const all = names(PEOPLE * 2, 11);
const people = Array.from({ length: PEOPLE }, (_, i) => `    - name: ${all[2 * i]}\n      aliases: [${all[2 * i + 1]}]`).join('\n');
const sources = feeds.urls.map((u) => `  - url: ${u}`).join('\n');
fs.writeFileSync(
  `${dir}/labwatch.yaml`,
  `database: ${dir}/lw.db\nlog:\n  level: warn\nfetch:\n  allowPrivateNetworks: true\nsinks:\n  - type: jsonl\n    path: ${dir}/alerts.jsonl\nsources:\n${sources}\nwatchlist:\n  people:\n${people}\n`,
);
console.log('ready');
process.stdin.on('data', async (d) => {
  if (d.toString().trim() === 'bump') {
    await feeds.bump(10);
    console.log('bumped');
  }
});
