// A small static server for web/ (the demo page, embed.html, the widget and the core) with the
// right MIME types, including application/wasm. /node_modules/ maps to the project's
// node_modules, so the page's import map can point bare imports (chart.js) at them.
// Usage: node .ci/serve.js   (port from $PORT, default 8080; port 0 picks a free one)
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MOUNTS = [
  { prefix: "/node_modules/", directory: path.join(ROOT, "node_modules") },
  { prefix: "/", directory: path.join(ROOT, "web") },
];
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
  let file = resolvePath(new URL(request.url, "http://localhost").pathname);
  let info = file && (await stat(file).catch(() => null));
  if (info?.isDirectory()) {
    file = path.join(file, "index.html");
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    response
      .writeHead(404, { "Content-Type": "text/plain; charset=utf-8" })
      .end("Not found\n");
    return;
  }
  response.writeHead(200, {
    "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
    "Content-Length": info.size,
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  });
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
        `activation-plot demo: ${url}  (embed: ${url}embed.html?functions=leaky_relu&alpha=0.1)`,
      ),
    (error) => {
      console.error(
        `Could not start the server on port ${port}: ${error.message}`,
      );
      process.exit(1);
    },
  );
}
