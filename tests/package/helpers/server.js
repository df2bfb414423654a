// A static file server on a free loopback port, with optional extra response headers (e.g. a CSP).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Serves `root`; resolves to `{ url, close() }` where `url` ends with '/'. */
export function serveDirectory(root, { headers = {} } = {}) {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(
      new URL(request.url, "http://localhost").pathname,
    );
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(path.resolve(root))) return respond(response, 403);
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory())
      file = path.join(file, "index.html");
    fs.readFile(file, (error, body) => {
      if (error) return respond(response, 404);
      const type =
        contentTypes[path.extname(file)] ?? "application/octet-stream";
      response.writeHead(200, {
        "Content-Type": type,
        "Cache-Control": "no-store",
        ...headers,
      });
      response.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
      });
    });
  });
}

function respond(response, status) {
  response.writeHead(status, { "Content-Type": "text/plain" });
  response.end(http.STATUS_CODES[status]);
}
