// `npm run bench`: runs every other module in tests/bench/ and writes BENCHMARKS.md, section by
// section, so that a module that fails or hangs does not lose the others' figures.
// `node tests/bench/run.js core` runs only tests/bench/core.js (names without .js).
// A module's default export is { title, run }, where run() resolves to a Markdown section body.
import { readdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";

const benchDir = new URL("./", import.meta.url);
const runner = new URL(import.meta.url).pathname.split("/").pop();
const output = new URL("../../BENCHMARKS.md", import.meta.url);
const only = process.argv.slice(2);

const modules = readdirSync(benchDir)
  .filter((file) => file.endsWith(".js") && file !== runner)
  .filter((file) => !only.length || only.includes(file.slice(0, -3)))
  .sort();

const header = `# Benchmarks

Written by \`npm run bench\` (\`node tests/bench/run.js\`) on ${new Date().toISOString().slice(0, 10)}:
Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, load average
${loadavg()[0].toFixed(1)} at the start (other work on the machine slows both sides alike, but adds noise).
Figures vary from run to run by a few per cent; compare ratios, not absolute times.
`;

async function section(file) {
  const { default: bench } = await import(new URL(file, benchDir));
  console.log(`bench: ${bench.title}`);
  try {
    return `## ${bench.title}\n\n${(await bench.run()).trim()}\n`;
  } catch (error) {
    process.exitCode = 1;
    console.error(error);
    return `## ${bench.title}\n\n**Failed:** ${error.message}\n`;
  }
}

const sections = [];
for (const file of modules) {
  sections.push(await section(file));
  writeFileSync(output, [header, ...sections].join("\n"));
}
console.log(`wrote ${output.pathname}`);
