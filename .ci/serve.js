// A small static server for web/ (the demo page, embed.html, the widget and the core) with the
// right MIME types, including application/wasm. The pages load the one-file embed as authors do:
// /activation-plot.js and /embed-page.js are the builds in web/generated/ (`bash .ci/build.sh`),
// served beside the pages as the npm package's dist/ has them.
// `?modules` on a page swaps the embed for the widget's ES modules, to work on the widget without
// rebuilding: an import map points their bare imports (chart.js) at /node_modules/.
// Usage: node .ci/serve.js   (port from $PORT, default 8080; port 0 picks a free one)
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MOUNTS = [
  { prefix: "/node_modules/", directory: path.join(ROOT, "node_modules") },
  { prefix: "/", directory: path.join(ROOT, "web") },
];
const BUILT = path.join(ROOT, "web", "generated");
const BUILT_AT_ROOT = new Set(["/activation-plot.js", "/embed-page.js"]);

export const MODULE_SCRIPTS = `<script type="importmap">{"imports": {"chart.js": "/node_modules/chart.js/dist/chart.js", "@kurkle/color": "/node_modules/@kurkle/color/dist/color.esm.js"}}</script>
    <script type="module" src="/widget/index.js"></script>`;
const EMBED_SCRIPT = /<script src="(\.\/)?activation-plot\.js"><\/script>/;

function withModules(html) {
  return html
    .replace(EMBED_SCRIPT, MODULE_SCRIPTS)
    .replace('src="./embed-page.js"', 'src="./embed.js"');
}
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

// The file a URL path names, or null when it would leave its mount.
function resolvePath(urlPath) {
  const decoded = decodeURIComponent(urlPath);
  if (BUILT_AT_ROOT.has(decoded)) return path.join(BUILT, decoded.slice(1));
  const mount = MOUNTS.find(({ prefix }) => decoded.startsWith(prefix));
  const relative = decoded.slice(mount.prefix.length) || "index.html";
  const file = path.resolve(mount.directory, relative);
  return file === mount.directory || file.startsWith(mount.directory + path.sep)
    ? file
    : null;
}

async function handle(request, response) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(request.url, "http://localhost");
  let file = resolvePath(url.pathname);
  let info = file && (await stat(file).catch(() => null));
  if (info?.isDirectory()) {
    file = path.join(file, "index.html");
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    response
      .writeHead(404, { "Content-Type": "text/plain; charset=utf-8" })
      .end(
        BUILT_AT_ROOT.has(url.pathname)
          ? `Not built: run bash .ci/build.sh\n`
          : "Not found\n",
      );
    return;
  }
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  const headers = {
    "Content-Type": type,
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  };
  if (file.endsWith(".html") && url.searchParams.has("modules")) {
    const body = withModules(await readFile(file, "utf8"));
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
    return;
  }
  response.writeHead(200, { ...headers, "Content-Length": info.size });
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}

// Starts the server; resolves to { url, port, close() }.
export function startServer({ port = 8080, host = "127.0.0.1" } = {}) {
  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent)
        response.writeHead(400, {
          "Content-Type": "text/plain; charset=utf-8",
        });
      response.end("Bad request\n");
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        url: `http://${host === "127.0.0.1" ? "localhost" : host}:${actual}/`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  startServer({ port, host: process.env.HOST ?? "127.0.0.1" }).then(
    ({ url }) =>
      console.log(
        `activation-plot demo: ${url}  (embed: ${url}embed.html?functions=leaky_relu&alpha=0.1; unbundled widget: ${url}?modules)`,
      ),
    (error) => {
      console.error(
        `Could not start the server on port ${port}: ${error.message}`,
      );
      process.exit(1);
    },
  );
}
