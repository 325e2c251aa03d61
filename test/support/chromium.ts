import { existsSync } from "node:fs";

/** Flags Chromium needs on this closed network (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--font-render-hinting=none",
  // window.gc() for the heap checks of the chaos tests.
  "--js-flags=--expose-gc",
];

/** The Chromium binary used by every browser test: `CHROMIUM_PATH` or Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** A readable failure when Chromium is missing, so browser tests never pass by being skipped. */
export function missingChromiumMessage(path: string): string | null {
  if (existsSync(path)) return null;
  return [
    `Chromium was not found at ${path}.`,
    "The browser and story tests run in a real Chromium and cannot be skipped.",
    "Install it with:  sudo apt-get install -y chromium",
    "or point CHROMIUM_PATH at an existing Chromium or Chrome binary.",
  ].join("\n");
}
