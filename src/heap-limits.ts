import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * When GC is cheap, V8 lets the heap grow to three or four times what is live before it collects: with a
 * 100,000-alias watchlist, 470 MB of RSS for 100 MB live. Growing it by half a time (heap at most about 1.5× the
 * live set) costs a few percent more time in GC. The young generation is kept at its starting size too: a
 * burst of allocation (the config's parse, the matcher's build) grew it to 32 MB, kept for good; held at its
 * start it cost a first poll of 30,000 items a tenth more time and saved 50 MB at its peak. An operator's own
 * `node --heap-growing-percent=N`, `--semi-space-growth-factor=N` or `--max-semi-space-size=N` wins.
 *
 * This module is the CLI's first import, so the limits hold before any other module allocates: set at the end
 * of the CLI's own module, after its imports had run, the young generation had already grown (20 MB more at the
 * peak of `poll --once` with 100,000 aliases).
 */
function boundHeap(): void {
  const own = (flag: string) => process.execArgv.some((a) => a.startsWith(flag)) || (process.env.NODE_OPTIONS ?? '').includes(flag);
  if (!own('--heap-growing-percent')) v8.setFlagsFromString('--heap-growing-percent=50');
  if (!own('--semi-space-growth-factor') && !own('--max-semi-space-size')) v8.setFlagsFromString('--semi-space-growth-factor=1');
}

/** Whether this process was started as the CLI (the bin, or cli.ts by tsx), not a test importing it: asked once. */
export const startedAsCli = Boolean(process.argv[1]) && fs.realpathSync(process.argv[1]!).replace(/\.ts$/, '.js') === fileURLToPath(new URL('./cli.js', import.meta.url));

/** V8's full collection, in the CLI only (a test's process keeps its own GC timing). */
const fullGc: (() => void) | null = startedAsCli ? exposedGc() : null;

function exposedGc(): () => void {
  // The flag exposes `gc` to contexts made after it is set (how Jest's leak detector gets it too).
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * Collects the garbage a startup phase left behind. Loading a 100,000-alias config, syncing it and building
 * the matcher each leave tens of MB of garbage; GC runs when the heap is full, so without this each phase
 * grew the heap on top of the last one's garbage: peaks of 188 and 191 MiB in `poll --once`, 159 and 180 with it.
 */
export function collectGarbage(): void {
  fullGc?.();
}

if (startedAsCli) boundHeap();
