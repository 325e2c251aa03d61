// The package as users get it, from one `npm pack` tarball:
// 1. @arethetypeswrong/cli: the types of `slopes`, `slopes/math` and `slopes/embed` resolve and
//    match the JavaScript under node10, node16 (from CommonJS and from ESM) and bundler
//    resolution (the two stylesheet subpaths are not TypeScript entries and are left out);
// 2. publint --strict: package.json and the files it points at;
// 3. a small Vite app (test/consumer-app) installs the tarball with React 19 and with React 18
//    (any `npm warn` fails the check: users must see a quiet install), type-checks, builds,
//    renders on the server, and `require()`s and `import()`s the package in plain Node, with
//    require(esm) turned off so the CommonJS build must be CommonJS all the way down; the built
//    app, which only imports "slopes/embed" for its elements, registers them in Chromium;
// 4. in the React 19 install, a file importing all three entries type-checks with
//    `moduleResolution` node16 and nodenext (from an .mts and a .cts file), bundler and node
//    (node10, as in Next's generated tsconfig), with `skipLibCheck: false`.
// Work happens in test/consumer-app/.work (ignored by git); the registry is npm's.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { checkBundledElements } from "./check-bundled-elements.mjs";

/** Uses one value and one type from each entry, so a missing declaration fails to compile. */
const TYPED_CONSUMER = `import { createElement } from "react";
import { SecantExplorer, formatNumber, type SecantExplorerProps } from "slopes";
import { differentiate, format, type Expr } from "slopes/math";
import { ELEMENTS } from "slopes/embed";

const props: SecantExplorerProps = { fn: "x^2" };
const derivative: Expr = differentiate("x^2", "x");
export const checks: [unknown, string, string, number] = [
  createElement(SecantExplorer, props),
  formatNumber(0.5),
  format(derivative),
  ELEMENTS.length,
];
`;

/** Plain Node: require() both entries (CommonJS), then import() them (ES) and compare. */
const NODE_REQUIRE = `const assert = require("node:assert/strict");

const math = require("slopes/math");
assert.match(require.resolve("slopes/math"), /dist[\\\\/]math\\.cjs$/);
assert.equal(math.format(math.differentiate("x^2", "x")), "2x");
assert.equal(math.evaluate(math.differentiate("(3x+1)^2", "x"), { x: 1 }), 24);
const levels = math.contourLines((x, y) => x * x + 2 * y * y, [[-2, 2], [-2, 2]], { thresholds: [1] });
assert.ok(levels[0].lines.length > 0, "contour lines (the bundled d3-contour)");

const slopes = require("slopes");
assert.match(require.resolve("slopes"), /dist[\\\\/]index\\.cjs$/);
assert.equal(typeof slopes.formatNumber, "function");
assert.equal(slopes.formatNumber(0.5), "0.5");
assert.ok(slopes.SecantExplorer, "SecantExplorer");
assert.match(require.resolve("slopes/embed"), /slopes-embed\\.cjs$/);

(async () => {
  const esm = await import("slopes");
  const esmMath = await import("slopes/math");
  assert.equal(esmMath.format(esmMath.differentiate("x^2", "x")), "2x");
  assert.equal(esm.formatNumber(0.5), "0.5");
  assert.deepEqual(Object.keys(slopes).sort(), Object.keys(esm).sort(), "same exports in both builds");
  assert.deepEqual(Object.keys(math).sort(), Object.keys(esmMath).sort(), "same exports in both builds");
  console.log(
    \`require() and import() of slopes (\${Object.keys(esm).length} exports) and slopes/math (\${Object.keys(esmMath).length}) agree\`,
  );
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

const root = fileURLToPath(new URL("..", import.meta.url));
const app = join(root, "test", "consumer-app");
const work = join(app, ".work");
const bin = (/** @type {string} */ name) => join(root, "node_modules", ".bin", name);
const env = { ...process.env, npm_config_audit: "false", npm_config_fund: "false" };
const run = (/** @type {string} */ cmd, /** @type {string[]} */ args, /** @type {string} */ cwd) =>
  execFileSync(cmd, args, { cwd, stdio: "inherit", env });

if (!existsSync(join(root, "dist", "index.js")) || !existsSync(join(root, "dist", "index.cjs"))) {
  console.error("dist/ is missing or incomplete: run `npm run build` first.");
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run("npm", ["pack", "--silent", "--pack-destination", work], root);
const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
if (!tarball) throw new Error("npm pack produced no tarball");

console.log("\n— Are the types wrong? (the packed tarball)");
run(
  bin("attw"),
  [
    join(work, tarball),
    "--exclude-entrypoints",
    "./styles.css",
    "./embed/style.css",
    "--format",
    "table-flipped",
    "--no-color",
  ],
  root,
);
console.log("\n— publint --strict (the packed tarball)");
run(bin("publint"), ["run", join(work, tarball), "--strict"], root);

/** `npm install` in `dir`; fails on any warning npm prints (EBADENGINE, ERESOLVE, deprecated…). */
function quietInstall(/** @type {string} */ dir) {
  const args = ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=warn"];
  const result = spawnSync("npm", args, { cwd: dir, env, encoding: "utf8" });
  const output = `${result.stdout}${result.stderr}`;
  process.stdout.write(output);
  if (result.status !== 0) throw new Error(`npm install failed in ${dir}`);
  const warnings = output.split("\n").filter((line) => /^npm warn/i.test(line));
  if (warnings.length > 0) {
    throw new Error(
      `npm install printed ${warnings.length} warning lines; consumers would see them`,
    );
  }
}

const matrix = [
  { react: "19.3.1", types: "19.3.0", resolutions: true },
  { react: "18.3.1", types: "18.3.12", typesDom: "18.3.1", resolutions: false },
];
for (const { react, types, typesDom, resolutions } of matrix) {
  const dir = join(work, `react-${react.split(".")[0]}`);
  mkdirSync(dir);
  for (const entry of ["index.html", "src", "ssr.mjs", "tsconfig.json", "vite.config.mjs"]) {
    cpSync(join(app, entry), join(dir, entry), { recursive: true });
  }
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      {
        name: `slopes-consumer-react-${react}`,
        private: true,
        type: "module",
        dependencies: {
          slopes: `file:../${tarball}`,
          react,
          "react-dom": react,
          "@types/react": types,
          "@types/react-dom": typesDom ?? types,
        },
      },
      null,
      2,
    ),
  );
  console.log(`\n— React ${react}: install, type-check, build, server render, require and import`);
  quietInstall(dir);
  run(bin("tsc"), ["-p", "tsconfig.json"], dir);
  run(bin("vite"), ["build", "--config", "vite.config.mjs"], dir);
  if (!existsSync(join(dir, "dist", "index.html")))
    throw new Error("the consumer app did not build");
  await checkBundledElements(join(dir, "dist"));
  run(process.execPath, ["ssr.mjs"], dir);
  writeFileSync(join(dir, "node-require.cjs"), NODE_REQUIRE);
  run(process.execPath, ["--no-experimental-require-module", "node-require.cjs"], dir);
  if (resolutions) await checkResolutions(dir);
}
console.log("\npackage check passed: attw, publint, React 19 and React 18, require and import");

/** Type-checks one consumer file per module resolution against the installed package. */
async function checkResolutions(/** @type {string} */ dir) {
  const folder = join(dir, "resolutions");
  mkdirSync(folder);
  // The same imports from an ES module (.mts), a CommonJS module (.cts, compiled to require())
  // and a file whose format the bundler decides (.ts).
  for (const name of ["esm.mts", "cjs.cts", "bundled.ts"]) {
    writeFileSync(join(folder, name), TYPED_CONSUMER);
  }
  /** @type {[string, Record<string, unknown>, string[], string][]} */
  const cases = [
    ["node16", { module: "node16", moduleResolution: "node16" }, ["esm.mts", "cjs.cts"], ""],
    ["nodenext", { module: "nodenext", moduleResolution: "nodenext" }, ["esm.mts", "cjs.cts"], ""],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }, ["bundled.ts"], ""],
    // Next's generated tsconfig; TypeScript 6 deprecates node10, hence ignoreDeprecations.
    ["node10", { module: "esnext", moduleResolution: "node" }, ["bundled.ts"], "6.0"],
  ];
  // Four independent compilations, side by side (each takes a few seconds of one core).
  const runs = cases.map(([name, options, files, ignoreDeprecations]) => {
    const config = `tsconfig.${name}.json`;
    writeFileSync(
      join(folder, config),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: "ES2022",
          lib: ["ES2022", "DOM", "DOM.Iterable"],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
          ...(ignoreDeprecations ? { ignoreDeprecations } : {}),
        },
        files,
      }),
    );
    /** @type {Promise<{ name: string, ok: boolean, output: string }>} */
    const done = new Promise((resolve) => {
      const child = spawn(bin("tsc"), ["-p", config, "--pretty", "false"], { cwd: folder, env });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.on("close", (code) => resolve({ name, ok: code === 0, output }));
    });
    return done;
  });
  let failed = 0;
  for (const { name, ok, output } of await Promise.all(runs)) {
    if (ok) {
      console.log(`types resolve and check with moduleResolution ${name} (skipLibCheck: false)`);
    } else {
      failed++;
      console.error(`✘ moduleResolution ${name}:\n${output}`);
    }
  }
  if (failed > 0) throw new Error(`${failed} module resolution(s) failed to type-check`);
}
