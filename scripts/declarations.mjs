// Makes the declarations tsc emits into dist/ valid for every TypeScript module resolution:
// - in each .d.ts, a relative specifier names the file that exists (`./i18n/format` becomes
//   `./i18n/format.js`, `./views` becomes `./views/index.js`), as ES module declarations need
//   under `moduleResolution: node16/nodenext` (TS2835 otherwise);
// - beside each .d.ts, a .d.cts with the same text whose relative specifiers end in `.cjs`: the
//   declarations of the CommonJS build, so `require("slopes")` gets CommonJS types (a .d.ts in a
//   `"type": "module"` package describes an ES module).
// Specifiers are found with TypeScript's own pre-processor (imports, re-exports, `import("…")`
// types), not a regular expression. Run by scripts/build.mjs after tsc:
//   node scripts/declarations.mjs [dist]
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** Every file under `dir` whose name ends with `suffix`. */
function filesUnder(/** @type {string} */ dir, /** @type {string} */ suffix) {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name));
}

/**
 * The relative module specifiers of a declaration file, with their positions.
 * @param {string} text
 */
function relativeSpecifiers(text) {
  const { importedFiles } = ts.preProcessFile(text, true, false);
  return importedFiles.filter((ref) => /^\.\.?(\/|$)/.test(ref.fileName));
}

/**
 * The specifier that names an existing declaration: `./x.js` for `x.d.ts`, `./x/index.js` for
 * `x/index.d.ts`. Throws when neither exists.
 * @param {string} file the declaration file that holds the specifier
 * @param {string} specifier
 */
function resolveSpecifier(file, specifier) {
  const bare = specifier.replace(/\.js$/, "");
  const target = resolve(dirname(file), bare);
  if (existsSync(`${target}.d.ts`)) return `${bare}.js`;
  if (existsSync(join(target, "index.d.ts"))) return `${bare.replace(/\/$/, "")}/index.js`;
  throw new Error(`${file}: "${specifier}" names no declaration file`);
}

/**
 * Replaces each relative specifier of `text` with `replace(specifier)`.
 * @param {string} text
 * @param {(specifier: string) => string} replace
 */
function rewrite(text, replace) {
  let out = "";
  let at = 0;
  for (const ref of relativeSpecifiers(text)) {
    // preProcessFile gives the position of the string literal: its opening quote.
    const start = ref.pos + 1;
    const end = start + ref.fileName.length;
    if (!/["']/.test(text[ref.pos] ?? "") || text.slice(start, end) !== ref.fileName) {
      throw new Error(`unexpected position of "${ref.fileName}"`);
    }
    out += text.slice(at, start) + replace(ref.fileName);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Rewrites the .d.ts files under `dist` in place and writes their .d.cts twins. Returns the
 * number of declaration files.
 * @param {string} dist
 */
export function fixDeclarations(dist) {
  const files = filesUnder(dist, ".d.ts");
  for (const file of files) {
    const esm = rewrite(readFileSync(file, "utf8"), (s) => resolveSpecifier(file, s));
    writeFileSync(file, esm);
    const cjs = rewrite(esm, (s) => s.replace(/\.js$/, ".cjs"));
    writeFileSync(file.replace(/\.d\.ts$/, ".d.cts"), cjs);
  }
  // Every relative specifier of the result must name a file that exists.
  for (const [suffix, ext] of /** @type {const} */ ([
    [".d.ts", ".js"],
    [".d.cts", ".cjs"],
  ])) {
    for (const file of filesUnder(dist, suffix)) {
      for (const { fileName } of relativeSpecifiers(readFileSync(file, "utf8"))) {
        const target = resolve(dirname(file), fileName.replace(/\.c?js$/, suffix));
        if (!fileName.endsWith(ext) || !existsSync(target)) {
          throw new Error(`${relative(dist, file)}: "${fileName}" does not name a ${suffix} file`);
        }
      }
    }
  }
  return files.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? "dist";
  console.log(`${fixDeclarations(dist)} declaration files fixed, each with its .d.cts`);
}
