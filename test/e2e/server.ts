import { createServer } from "node:http";
import type { Server } from "node:http";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
};

/** A strict policy: scripts only from this origin, no eval, no inline script. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'";

/**
 * Routes for every file under `folder` (subfolders too), at `prefix` + its path there, for
 * {@link serve}: a built folder copied whole, chunks and fonts included.
 */
export function folderRoutes(
  folder: string,
  keep: (path: string) => boolean = () => true,
  prefix = "/",
): Record<string, string> {
  const routes: Record<string, string> = {};
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const path = file.slice(folder.length + 1).replaceAll("\\", "/");
    if (keep(path)) routes[prefix + path] = file;
  }
  return routes;
}

/**
 * A static file server on 127.0.0.1 (random port) that maps URL paths to files through
 * `routes`, with the CSP header on every answer.
 */
export async function serve(
  routes: Record<string, string>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = routes[path];
    if (!file) {
      response.writeHead(404, { "Content-Security-Policy": CSP }).end("not found");
      return;
    }
    readFile(file)
      .then((body) =>
        response
          .writeHead(200, {
            "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
            "Content-Security-Policy": CSP,
          })
          .end(body),
      )
      .catch(() => response.writeHead(500).end());
  });
  return listen(server);
}

/**
 * A static file server on 127.0.0.1 (random port) for a whole directory, such as the static
 * Storybook build: `/` is `index.html`, a missing file is a 404, `/favicon.ico` an empty 204.
 */
export async function serveDirectory(
  directory: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (path === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    const file = join(directory, path === "/" ? "index.html" : path);
    if (!file.startsWith(directory)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file)
      .then((body) =>
        response
          .writeHead(200, {
            "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
            // Hashed bundles and fonts: kept by the browser between pages, as a real host would.
            ...(/\.(js|css|woff2?|ttf)$/.test(path) ? { "Cache-Control": "max-age=3600" } : {}),
          })
          .end(body),
      )
      .catch(() => response.writeHead(404).end());
  });
  return listen(server);
}

export const root = join(import.meta.dirname, "..", "..");

/** Listens on a random port of 127.0.0.1; the server's address and a way to close it. */
async function listen(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
