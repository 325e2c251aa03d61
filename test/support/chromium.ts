import { existsSync } from "node:fs";

/** Flags Chromium needs on this closed network (see TOOLCHAIN.md). */
export { CHROMIUM_ARGS } from "./chromium-flags.mjs";

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
