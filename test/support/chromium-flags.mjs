// Chromium's flags for this closed network (see TOOLCHAIN.md), shared by the tests
// (test/support/chromium.ts) and the benchmarks (bench/browser.mjs).
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
