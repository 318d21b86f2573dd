import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Builds dist/ when a source file is newer than it. `npm run bench` runs this as a process of its own before the
 * bench: a build run from inside the bench's process (a synchronous child) left that process's resident memory about
 * 45 MiB higher for the polling section's peak-RSS figure that follows.
 */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir: string): number {
  return Math.max(...fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)));
}

export function ensureBuilt(): void {
  const cli = path.join(root, 'dist/cli.js');
  if (!fs.existsSync(cli) || newest(path.join(root, 'src')) > fs.statSync(cli).mtimeMs) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) ensureBuilt();
