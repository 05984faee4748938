// Preloaded into a measured command (node --require): at exit, writes the process's peak resident
// set (process.resourceUsage().maxRSS, in KiB) to the file named by FEEDSCRUB_BENCH_MAXRSS.
'use strict';
const file = process.env.FEEDSCRUB_BENCH_MAXRSS;
if (file) {
  process.on('exit', () => {
    try {
      require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // the figure is missing; the benchmark says so
    }
  });
}
