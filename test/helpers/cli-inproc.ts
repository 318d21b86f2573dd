import { vi } from 'vitest';
import { main } from '../../src/cli.js';

/** Runs the CLI in this process (no spawn): what it prints and the exit code it sets. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  process.exitCode = undefined;
  try {
    await main(['node', 'labwatch', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, stdout, stderr };
}

/** The same, with runCli's signature: for tests that need no separate process. */
export function runInProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cli(...args);
}
