import { benchMatching } from './matching.js';
import { benchPolling } from './polling.js';
import { benchDrain } from './drain.js';
import { benchLargeItems } from './large-item.js';
import { benchLatency } from './latency.js';
import { benchText } from './text.js';
import { benchMemory } from './memory.js';

// `npm run bench [matching|text|polling|memory|drain|large|latency]`: prints figures beside a naive baseline measured in the same run.
const only = process.argv[2];
console.log(`# labwatch bench (${new Date().toISOString()}, node ${process.version})`);
// Polling first, so its peak memory is not inflated by the 100,000-alias matcher built later.
if (!only || only === 'polling') await benchPolling();
if (!only || only === 'matching') benchMatching();
if (!only || only === 'memory') await benchMemory();
if (!only || only === 'text') await benchText();
if (!only || only === 'drain') await benchDrain();
if (!only || only === 'large') benchLargeItems();
if (!only || only === 'latency') await benchLatency();
