// `npm run bench`: runs every module in scripts/bench/ and writes BENCHMARKS.md.
// A module's default export is { title, run }, where run() resolves to a Markdown section body.
import { readdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";

const benchDir = new URL("./bench/", import.meta.url);
const output = new URL("../BENCHMARKS.md", import.meta.url);

const modules = readdirSync(benchDir)
  .filter((file) => file.endsWith(".js"))
  .sort();

const sections = [];
for (const file of modules) {
  const { default: bench } = await import(new URL(file, benchDir));
  console.log(`bench: ${bench.title}`);
  sections.push(`## ${bench.title}\n\n${(await bench.run()).trim()}\n`);
}

const header = `# Benchmarks

Written by \`npm run bench\` (\`node scripts/bench.js\`) on ${new Date().toISOString().slice(0, 10)}:
Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, load average
${loadavg()[0].toFixed(1)} at the start (other work on the machine slows both sides alike, but adds noise).
Figures vary from run to run by a few per cent; compare ratios, not absolute times.
`;

writeFileSync(output, [header, ...sections].join("\n"));
console.log(`wrote ${output.pathname}`);
