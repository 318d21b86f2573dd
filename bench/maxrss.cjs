// Preloaded into a benched process: prints its peak resident set size (KiB) when it exits.
/* global process */
process.on('exit', () => process.stderr.write(`\nmaxrss_kib=${process.resourceUsage().maxRSS}\n`));
