// `npm run size`: the gzip size of each entry of the built package and of one explorer alone,
// against the budgets in size-budgets.json. Entries are bundled and minified with Vite the way
// an app would (React and React DOM left out, as the app already has them): what loads first
// (the entry chunk) apart from what loads after the first paint (KaTeX's chunk). The embed
// bundle is measured as shipped, React included: its entry with the chunks of one
// <slopes-secant> (what a page with that element loads before the first paint), and its
// classic-script copy; so are the widget pages (the HTML, its stylesheet, its module and the
// chunks that module imports). Exits non-zero when a budget is exceeded.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const budgets = JSON.parse(readFileSync(join(root, "size-budgets.json"), "utf8"));
const external = (/** @type {string} */ id) => /^(react|react-dom)(\/|$)/.test(id);

/** Gzip sizes of `code` bundled from a one-line entry module: entry chunk, and the chunks it imports later. */
async function bundled(/** @type {string} */ code) {
  const dir = mkdtempSync(join(tmpdir(), "slopes-size-"));
  const entry = join(dir, "entry.js");
  writeFileSync(entry, code);
  try {
    const result = await build({
      configFile: false,
      logLevel: "silent",
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ["es"], fileName: "entry" },
        rolldownOptions: { external },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
      "output" in r ? r.output : [],
    );
    const chunks = outputs.flatMap((o) => (o.type === "chunk" ? [o] : []));
    const gzip = (/** @type {typeof chunks} */ list) =>
      gzipSync(list.map((c) => c.code).join("\n"), { level: 9 }).length;
    return {
      initial: gzip(chunks.filter((c) => c.isEntry)),
      later: gzip(chunks.filter((c) => !c.isEntry)),
      code: chunks.map((c) => c.code).join("\n"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const file = (/** @type {string} */ path) =>
  gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;

/**
 * Gzip sizes, file by file (as a server sends them), of `paths` under dist/ and of every module
 * they import statically (not `import()`: those come later).
 * @param {string[]} paths
 */
function withImports(paths) {
  const seen = new Set();
  const visit = (/** @type {string} */ path) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (!path.endsWith(".js")) return;
    const code = readFileSync(join(dist, path), "utf8");
    for (const [, target] of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.\.?\/[^"']+)["']/g)) {
      visit(normalize(join(dirname(path), /** @type {string} */ (target))));
    }
  };
  paths.forEach(visit);
  return [...seen].reduce((sum, path) => sum + file(path), 0);
}
const secantChunk = readdirSync(join(dist, "embed")).find((n) => /^SecantElement-.*\.js$/.test(n));
const everything = await bundled(`export * from ${JSON.stringify(join(dist, "index.js"))};`);
/** One explorer alone, as an app importing only it bundles it. */
const explorer = (/** @type {string} */ name) =>
  bundled(`export { ${name} } from ${JSON.stringify(join(dist, "index.js"))};`);
const secant = await explorer("SecantExplorer");
const chain = await explorer("ChainRuleExplorer");
const gradient = await explorer("GradientExplorer");
const embedChunk = readdirSync(join(dist, "embed")).find((n) => /^katexChunk-.*\.js$/.test(n));
/** @type {[string, number][]} */
const rows = [
  ["slopes (everything), before first paint", everything.initial],
  [
    "slopes/math",
    (await bundled(`export * from ${JSON.stringify(join(dist, "math.js"))};`)).initial,
  ],
  ["SecantExplorer alone, before first paint", secant.initial],
  ["ChainRuleExplorer alone, before first paint", chain.initial],
  ["GradientExplorer alone, before first paint", gradient.initial],
  ["KaTeX chunk, after first paint", secant.later],
  [
    "slopes/embed + <slopes-secant> (with React), before first paint",
    withImports(["embed/slopes-embed.js", `embed/${secantChunk}`]),
  ],
  ["slopes/embed classic script (one file)", file("embed/slopes-embed.classic.js")],
  ...["secant", "chain-rule", "gradient"].map((page) => {
    const files = [`pages/${page}.html`, "pages/slopes-page.css", `pages/slopes-${page}.js`];
    return /** @type {[string, number]} */ ([
      `widget page ${page}.html, before first paint`,
      withImports(files),
    ]);
  }),
  ["slopes/embed KaTeX chunk, after first paint", embedChunk ? file(`embed/${embedChunk}`) : NaN],
  ["slopes/embed/style.css (fonts inlined, optional)", file("embed/slopes-embed.css")],
  ["slopes/styles.css", file("styles.css")],
];
let over = 0;
console.log("entry".padEnd(64), "gzip".padStart(10), "budget".padStart(10), "ratio".padStart(7));
for (const [name, size] of rows) {
  const budget = budgets[name];
  const ratio = budget ? size / budget : Number.NaN;
  if (ratio > 1) over++;
  console.log(
    String(name).padEnd(64),
    `${(size / 1024).toFixed(1)} KB`.padStart(10),
    budget ? `${(budget / 1024).toFixed(1)} KB`.padStart(10) : "—".padStart(10),
    `${ratio > 1 ? "✘" : "✔"} ${ratio.toFixed(2)}`.padStart(7),
  );
}

// Each explorer carries only its own words (#15): no sentence of another widget family's
// catalogs, in either language, is in its bundle. The sentences are read from the built catalogs;
// the bundle of everything must hold them all, or this check could not see them.
/**
 * @param {string} file a catalog module under dist/i18n/
 * @returns {Promise<string[]>}
 */
async function sentences(file) {
  const table = Object.values(await import(join(dist, "i18n", file)))[0];
  return Object.values(table).filter((v) => typeof v === "string" && v.length >= 12);
}
const CATALOGS = {
  secant: ["en.js", "fr.js"],
  chain: ["chainLabels.js", "chainLabelsFr.js"],
  gradient: ["gradientLabels.js", "gradientLabelsFr.js"],
  lesson: ["lessonLabels.js", "lessonLabelsFr.js"],
};
/** @type {Record<string, string[]>} */
const words = {};
for (const [family, files] of Object.entries(CATALOGS)) {
  words[family] = (await Promise.all(files.map(sentences))).flat();
}
/** @type {[string, { code: string }, string][]} */
const OWNERS = [
  ["SecantExplorer", secant, "secant"],
  ["ChainRuleExplorer", chain, "chain"],
  ["GradientExplorer", gradient, "gradient"],
];
for (const [family, list] of Object.entries(words)) {
  const missing = list.filter((text) => !everything.code.includes(text));
  if (missing.length > 0) {
    console.error(`✘ the check cannot see the ${family} words: ${JSON.stringify(missing[0])}`);
    over++;
  }
}
for (const [name, bundle, own] of OWNERS) {
  // The chain and gradient explorers share the primitives' table (the secant's) for the plane,
  // the handles and the frame.
  const mine = new Set([...(words[own] ?? []), ...(own === "secant" ? [] : (words.secant ?? []))]);
  const foreign = Object.entries(words)
    .filter(([family]) => family !== own)
    .flatMap(([family, list]) => list.filter((t) => !mine.has(t)).map((t) => [family, t]))
    .filter(([, text]) => bundle.code.includes(text ?? ""));
  if (foreign.length > 0) {
    console.error(`✘ ${name} carries other widgets' words, e.g. ${JSON.stringify(foreign[0])}`);
    over++;
  } else console.log(`✔ ${name} carries no other widget's words`);
}
if (over > 0) {
  console.error(`${over} entr${over === 1 ? "y is" : "ies are"} over budget, or a check failed`);
  process.exit(1);
}
