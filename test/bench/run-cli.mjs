/**
 * The built CLI, run as `bin/plan-extract.js` runs it, in a process that then reports what it
 * cost: `{ exitCode, cpuMs, maxRssMb }` on stdout (give the CLI `--output FILE`). CPU time covers
 * every thread of the process, so it shows what a batch would cost on free cores.
 */
const { execute } = await import(new URL('../../packages/cli/dist/main.js', import.meta.url).href);
const exitCode = await execute(process.argv.slice(2));
const usage = process.resourceUsage();
process.stdout.write(`${JSON.stringify({ exitCode, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 })}\n`);
