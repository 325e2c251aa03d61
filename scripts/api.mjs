// The public surface of the package, as API Extractor reads it from the built declarations:
// one reviewed report per entry in api/ (slopes, slopes/math, slopes/embed).
//   node scripts/api.mjs           check: fails, printing the diff, when the surface differs
//                                  from the committed report (the `api` step of `npm test`)
//   node scripts/api.mjs --update  rewrite the reports (`npm run api` builds first, then this)
// A change to the public surface is a reviewed change: commit the updated report with it.
// Needs dist/ (`npm run build`). TSDoc style and release-tag messages are off: the reports are
// a list of what is exported, with the types it exposes; a type that is used by the surface but
// not exported ("ae-forgotten-export") is noted inside the report itself.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Extractor, ExtractorConfig, ExtractorLogLevel } from "@microsoft/api-extractor";

const root = fileURLToPath(new URL("..", import.meta.url));
const update = process.argv.includes("--update");
const ENTRIES = [
  { entry: "slopes", declarations: "dist/index.d.ts", report: "slopes" },
  { entry: "slopes/math", declarations: "dist/math/index.d.ts", report: "slopes-math" },
  { entry: "slopes/embed", declarations: "dist/embed/index.d.ts", report: "slopes-embed" },
];

const missing = ENTRIES.filter((e) => !existsSync(join(root, e.declarations)));
if (missing.length > 0) {
  console.error(
    `${missing.map((e) => e.declarations).join(", ")} missing: the API reports are made from ` +
      "the built declarations. Run `npm run build` first (`npm run api` builds, then updates).",
  );
  process.exit(1);
}

const reportFolder = join(root, "api");
const tempFolder = join(root, "reports", "api");
mkdirSync(reportFolder, { recursive: true });
mkdirSync(tempFolder, { recursive: true });

/** API Extractor's own console notices this script replaces with one line per entry. */
const QUIET = new Set([
  "console-preamble",
  "console-api-report-not-copied",
  "console-api-report-copied",
  "console-api-report-created",
  "console-api-report-unchanged",
]);
let changed = 0;
for (const { entry, declarations, report } of ENTRIES) {
  const config = ExtractorConfig.prepare({
    configObjectFullPath: join(root, "api", "api-extractor.json"),
    packageJsonFullPath: join(root, "package.json"),
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: join(root, declarations),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: "ES2022",
            lib: ["ES2023", "DOM", "DOM.Iterable"],
            module: "ESNext",
            moduleResolution: "bundler",
            strict: true,
            skipLibCheck: true,
            types: [],
          },
          files: [join(root, declarations)],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: report,
        reportFolder,
        reportTempFolder: tempFolder,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: "lf",
      messages: {
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
        extractorMessageReporting: {
          default: { logLevel: ExtractorLogLevel.Warning, addToApiReportFile: true },
          "ae-forgotten-export": { logLevel: ExtractorLogLevel.None, addToApiReportFile: true },
          "ae-missing-release-tag": { logLevel: ExtractorLogLevel.None },
          // Undocumented members already show as "(undocumented)" in the report.
          "ae-undocumented": { logLevel: ExtractorLogLevel.None },
          "ae-unresolved-link": { logLevel: ExtractorLogLevel.None },
        },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
      },
    },
  });
  const result = Extractor.invoke(config, {
    localBuild: update,
    showVerboseMessages: false,
    messageCallback(message) {
      // This script says what changed (and prints the diff) itself.
      if (QUIET.has(message.messageId)) message.handled = true;
    },
  });
  const committed = join(reportFolder, `${report}.api.md`);
  const fresh = join(tempFolder, `${report}.api.md`);
  if (!result.succeeded && !result.apiReportChanged) {
    console.error(
      `${entry}: API Extractor failed (${result.errorCount} errors, ${result.warningCount} warnings)`,
    );
    process.exit(1);
  }
  if (update) {
    console.log(
      `${entry}: ${result.apiReportChanged ? "updated" : "unchanged"} api/${report}.api.md`,
    );
  } else if (result.apiReportChanged) {
    changed++;
    console.error(`\n✘ ${entry}: the public surface differs from api/${report}.api.md:`);
    if (existsSync(committed)) {
      spawnSync(
        "git",
        ["diff", "--no-index", "--no-color", relative(root, committed), relative(root, fresh)],
        {
          cwd: root,
          stdio: ["ignore", process.stderr, process.stderr],
        },
      );
    } else {
      console.error(readFileSync(fresh, "utf8"));
    }
  } else {
    console.log(`${entry}: matches api/${report}.api.md`);
  }
}
if (changed > 0) {
  console.error(
    `\n${changed} API report(s) differ. If the change is intended, run \`npm run api\` and ` +
      "commit the updated api/*.api.md with it.",
  );
  process.exit(1);
}
