// Imported first by the browser test files that watch KaTeX arrive: the shared setup then leaves
// it unloaded, as on a page that has just opened.
globalThis.__slopesKeepKatexUnloaded = true;
