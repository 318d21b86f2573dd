import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/cli.js';

const HEAVY = ['discord.js', '@slack/bolt', '@slack/web-api', '@discordjs/rest', 'linkedom', '@mozilla/readability'];

describe('starting the CLI', () => {
  it('loads no chat SDK and no article extraction until a command needs them (--help, watch, status start at once)', async () => {
    const loader = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const cli = pathToFileURL(path.join(root, 'src/cli.ts')).href;
    const script = `import(${JSON.stringify(cli)}).then(() => { const c = Object.keys(require.cache); process.stdout.write(JSON.stringify(${JSON.stringify(HEAVY)}.filter((m) => c.some((k) => k.includes('/node_modules/' + m + '/'))))); })`;
    const out = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--import', loader, '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
      let text = '';
      child.stdout.on('data', (d) => (text += d));
      child.on('close', () => resolve(text));
    });
    expect(JSON.parse(out.slice(out.lastIndexOf('[')))).toEqual([]);
  });
});
