import { chromiumPath, missingChromiumMessage } from "./chromium";

/** Vitest global setup for the browser projects: fail loudly when Chromium is absent. */
export default function chromiumGuard(): void {
  const message = missingChromiumMessage(chromiumPath());
  if (message) throw new Error(message);
}
