import "@testing-library/jest-dom/vitest";
import "katex/dist/katex.min.css";
import "../../src/theme/styles.css";
import { afterEach, beforeAll } from "vitest";
import { cleanup } from "@testing-library/react";
import { loadKatex } from "../../src/views/katexEngine";

declare global {
  /** Set at the top of a test file that watches KaTeX arrive (see `keepKatexUnloaded`). */
  var __slopesKeepKatexUnloaded: boolean | undefined;
}

// KaTeX arrives after the first paint in a browser. Most tests are about what a page shows once
// it is here, so it is loaded before they start; the files about its arrival opt out.
beforeAll(async () => {
  if (!globalThis.__slopesKeepKatexUnloaded) await loadKatex();
});

afterEach(() => {
  cleanup();
});
