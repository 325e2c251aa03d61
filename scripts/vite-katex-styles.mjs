// A Vite plugin for the bundles whose stylesheet carries KaTeX's rules (the embed bundle, the
// widget pages): the import of KaTeX's stylesheet in src/views/katexChunk.ts becomes an empty
// module, so the build emits no second stylesheet for it.
const ID = "\0slopes-katex-styles";

/** @returns {import("vite").Plugin} */
export function katexStylesInStylesheet() {
  return {
    name: "slopes-katex-styles-in-stylesheet",
    enforce: "pre",
    resolveId: (source) => (source === "katex/dist/katex.min.css" ? ID : null),
    load: (source) => (source === ID ? "export {};" : null),
  };
}
