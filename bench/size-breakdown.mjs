// What is in one explorer's initial JavaScript: `node bench/size-breakdown.mjs SecantExplorer
// [--modules]` bundles that export of dist/ as bench/size.bench.mjs does (Vite, minified, React
// left out) and lists, per chunk, each package or dist/ folder with its minified bytes and its gzip
// size alone (so the parts add up to more than the chunk's gzip, which compresses across them);
// with --modules, every module too. Prints figures; asserts nothing. Needs dist/.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const name = process.argv[2] ?? "SecantExplorer";
const dir = mkdtempSync(join(root, "node_modules", ".slopes-breakdown-"));
const entry = join(dir, "entry.js");
writeFileSync(entry, `export { ${name} } from ${JSON.stringify(join(root, "dist", "index.js"))};`);
const gzip = (/** @type {string} */ code) => gzipSync(code, { level: 9 }).length;
/** A module's package (`d3-array`, `@visx/responsive`) or its dist/ folder (`dist/views`). */
const groupOf = (/** @type {string} */ id) =>
  id.includes("node_modules/")
    ? id.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, "$1")
    : id.replace(/.*\/dist\//, "dist/").replace(/\/[^/]+$/, "");

try {
  const result = await build({
    configFile: false,
    logLevel: "silent",
    root: dir,
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ["es"], fileName: "entry" },
      rolldownOptions: { external: (id) => /^(react|react-dom)(\/|$)/.test(id) },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
    "output" in r ? r.output : [],
  );
  for (const chunk of outputs.flatMap((o) => (o.type === "chunk" ? [o] : []))) {
    const when = chunk.isEntry ? "before the first paint" : "after it";
    console.log(`\n## ${name}: ${chunk.fileName} (${when}), gzip ${gzip(chunk.code)} B`);
    /** @type {Map<string, string>} */
    const groups = new Map();
    /** @type {[string, string][]} */
    const modules = [];
    for (const [id, info] of Object.entries(chunk.modules)) {
      const code = info.code ?? "";
      groups.set(groupOf(id), `${groups.get(groupOf(id)) ?? ""}${code}\n`);
      modules.push([id.replace(/.*node_modules\//, "").replace(/.*\/dist\//, ""), code]);
    }
    const rows = process.argv.includes("--modules") ? [...groups, ...modules] : [...groups];
    for (const [label, code] of rows.sort((a, b) => b[1].length - a[1].length)) {
      if (code.trim())
        console.log(
          label.padEnd(60),
          String(code.length).padStart(8),
          String(gzip(code)).padStart(7),
        );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
