// `npm test`: every check of the project in one run, on a fresh clone as on a laptop.
// Steps: lint, format, typecheck, library build (with the embed bundle), the API reports, consumer
// fixture, the packed package (attw, publint, a React 19 and a React 18 app, require() and
// import() in Node, four module resolutions), size budgets, the engine in plain Node, the
// Storybook build (the docs site), then the Vitest projects: unit (jsdom), browser and stories
// (Chromium), and e2e (built artefacts in Chromium: the embed page, the chapter page, and every
// story of the docs site opened alone, test/e2e/stories.test.ts); last and alone, the timing
// project (test/timing/: main-thread tasks after hostile input, issue #18).
// Every step runs even when an earlier one fails; the exit code is non-zero if any failed.
// Reports go to reports/: vitest.json (Vitest's JSON reporter) and steps.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

const bin = (/** @type {string} */ name) => `node_modules/.bin/${name}`;
/** @type {{ name: string, cmd: string, args: string[], when?: () => boolean }[]} */
const steps = [
  { name: "lint", cmd: bin("eslint"), args: [".", "--max-warnings=0"] },
  { name: "format", cmd: bin("prettier"), args: ["--check", "--log-level=warn", "."] },
  { name: "build", cmd: process.execPath, args: ["scripts/build.mjs"] },
  // After the build: the benchmarks type-check against the built dist/.
  { name: "typecheck", cmd: bin("tsc"), args: ["-p", "tsconfig.json", "--noEmit"] },
  // The public surface (API Extractor on dist/*.d.ts) against the reviewed api/*.api.md.
  { name: "api", cmd: process.execPath, args: ["scripts/api.mjs"] },
  { name: "consumer", cmd: process.execPath, args: ["scripts/check-consumer.mjs"] },
  { name: "package", cmd: process.execPath, args: ["scripts/check-package.mjs"] },
  { name: "size", cmd: process.execPath, args: ["scripts/size.mjs"] },
  {
    name: "math-in-node",
    cmd: process.execPath,
    args: ["scripts/check-math-node.mjs"],
    when: () => existsSync("scripts/check-math-node.mjs"),
  },
  {
    name: "storybook-build",
    cmd: bin("storybook"),
    args: ["build", "--quiet", "--output-dir", "storybook-static"],
  },
  {
    name: "vitest",
    cmd: bin("vitest"),
    args: [
      "run",
      ...["unit", "browser", "storybook", "e2e"].flatMap((name) => ["--project", name]),
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=reports/vitest.json",
    ],
  },
  // Alone, last: the main-thread timings of hostile input (test/timing/).
  {
    name: "timing",
    cmd: bin("vitest"),
    args: [
      "run",
      "--project",
      "timing",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=reports/vitest-timing.json",
    ],
  },
];

mkdirSync("reports", { recursive: true });
const env = {
  ...process.env,
  STORYBOOK_DISABLE_TELEMETRY: "1",
  VITE_CONFIG_NATIVE_IGNORE_WARNING: "true",
};
/** @type {{ name: string, ok: boolean, seconds: number }[]} */
const results = [];
for (const step of steps) {
  if (step.when && !step.when()) continue;
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, { stdio: "inherit", env });
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds: Math.round((Date.now() - started) / 100) / 10 });
  console.log(`${ok ? "✔" : "✘"} ${step.name} (${results.at(-1)?.seconds} s)`);
}
writeFileSync("reports/steps.json", JSON.stringify(results, null, 2));

const { passed, failed, failures } = countTests();
// Vitest also fails a run for an error outside every test (an unhandled rejection, a timer that
// fires after its file's environment is gone): no test is marked, so say where to look.
for (const r of results) {
  if (!r.ok && (r.name === "vitest" || r.name === "timing") && failures.length === 0) {
    failures.push(`${r.name}: failed outside any test (see "Unhandled Errors" above)`);
  }
}
if (failures.length > 0) {
  // Repeated here, at the end, so that the tail of a long log names what failed.
  console.log("\nFailed tests:");
  for (const line of failures) console.log(`  ✘ ${line}`);
}
console.log("\nSteps:");
for (const r of results) console.log(`  ${r.ok ? "✔" : "✘"} ${r.name.padEnd(16)} ${r.seconds} s`);
console.log(`Vitest: ${passed} tests passed, ${failed} failed`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`${passed} passed, ${failed + failedSteps} failed`);
process.exit(failedSteps > 0 ? 1 : 0);

/**
 * Passed and failed test counts from Vitest's JSON reports (0, 0 for a missing one), and a line
 * per failed test: its file, its full name and the first line of its first failure message.
 */
function countTests() {
  let passed = 0;
  let failed = 0;
  /** @type {string[]} */
  const failures = [];
  for (const file of ["reports/vitest.json", "reports/vitest-timing.json"]) {
    try {
      const report = JSON.parse(readFileSync(file, "utf8"));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      for (const suite of report.testResults ?? []) {
        const path = String(suite.name ?? "").replace(`${process.cwd()}/`, "");
        const tests = suite.assertionResults ?? [];
        for (const test of tests) {
          if (test.status !== "failed") continue;
          failures.push(`${path} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
        }
        // A file that failed outside its tests (loading it, a hook) has only a message.
        if (
          suite.status === "failed" &&
          !tests.some((/** @type {{ status: string }} */ t) => t.status === "failed")
        ) {
          failures.push(`${path}: ${firstLine(suite.message)}`);
        }
      }
    } catch {
      // No report: the step failed before running tests (counted as a failed step).
    }
  }
  return { passed, failed, failures };
}

/** The first line of a message, at most 300 characters. @param {unknown} message */
function firstLine(message) {
  return (String(message ?? "").split("\n")[0] ?? "").slice(0, 300);
}
