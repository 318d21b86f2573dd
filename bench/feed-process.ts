import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A handle on the feed server process (bench/feed-server.ts). */
export interface FeedProcess {
  urls: string[];
  /** Changes every n-th feed (a new version, a new ETag). */
  bump: (every: number) => Promise<void>;
  count: () => Promise<number>;
  close: () => void;
}

function next<T>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: Record<string, unknown>) => {
      if (key in m) {
        child.off('message', on);
        resolve(m[key] as T);
      }
    };
    child.on('message', on);
  });
}

/** Starts the feed server in its own Node process and waits for its URLs. */
export async function startFeedProcess(o: { feeds: number; hosts: number; latency: number; items?: number }): Promise<FeedProcess> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'feed-server.ts');
  const child = fork(script, [JSON.stringify({ items: 20, ...o })], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const urls = await next<string[]>(child, 'urls');
  return {
    urls,
    bump: async (every) => {
      const done = next(child, 'bumped');
      child.send({ bump: every });
      await done;
    },
    count: async () => {
      const n = next<number>(child, 'count');
      child.send({ count: true });
      return n;
    },
    close: () => child.kill(),
  };
}
