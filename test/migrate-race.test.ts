import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from './helpers/cli.js';

const loader = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;

/** Opens (creating and migrating) a database in a process of its own. */
function open(file: string, at: number): Promise<{ code: number | null; stderr: string }> {
  // Each process loads first, then waits for the same instant, so their migrations overlap.
  const script = `import(${JSON.stringify(pathToFileURL(path.join(root, 'src/db/open.ts')).href)}).then((m) => { while (Date.now() < ${at}); m.openDatabase(${JSON.stringify(file)}).close(); })`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', loader, '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('two processes opening a new database at the same moment', () => {
  it('both succeed: migrations are applied once, under the write lock', async () => {
    const dir = tempDir();
    for (let round = 0; round < 2; round++) {
      const file = path.join(dir, `race-${round}.db`);
      const at = Date.now() + 2_500;
      const results = await Promise.all([open(file, at), open(file, at), open(file, at)]);
      for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });
    }
  });
});
