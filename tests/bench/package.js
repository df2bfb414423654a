// What the npm package weighs on a page: the one-file embed, and the compute core as a bundler
// ships it (JS glue + WASM). Builds dist/ to measure it.
import { buildPackage } from "../../.ci/package.js";
import { formatSizes } from "../../.ci/package-sizes.js";

export default {
  title: "Package sizes",
  async run() {
    const sizes = await buildPackage();
    return `Built with \`node .ci/package.js\` (what \`npm pack\` ships), compressed with gzip at level 9.
The embed is one classic script holding the widget, Chart.js (line chart only) and the
WebAssembly (as a string literal, which gzip compresses better than base64). The core is the
\`activation-plot/core\` entry with the Emscripten glue, bundled and minified as an application
bundler would, plus \`activation-core.wasm\`.

${formatSizes(sizes)}`;
  },
};
