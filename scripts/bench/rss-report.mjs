// Preloaded (node --import) into a child whose own output we do not control, such as the import
// CLI: when it exits, however it exits, its peak resident set size is written to BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    try {
      writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
    } catch {}
  });
}
