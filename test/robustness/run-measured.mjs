// Runs the built CLI in this process and writes its peak resident memory (KiB, worker threads
// included: they share the process) to the file named first: `node run-measured.mjs <rss file> <cli args...>`.
import { writeFileSync } from 'node:fs';

const [rssFile, ...args] = process.argv.slice(2);
const { execute } = await import(new URL('../../packages/cli/dist/main.js', import.meta.url).href);
process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
process.exitCode = await execute(args);
