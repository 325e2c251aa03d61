import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { CHROMIUM_ARGS, chromiumPath } from "./test/support/chromium.ts";
import { commands } from "./test/support/commands.ts";

/** A fresh browser config for each project: Vitest mutates the object it is given. */
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
      // Room for the 1024×768 test frame at scale 1, so real mouse moves map 1:1 to CSS pixels.
      contextOptions: { viewport: { width: 1280, height: 1000 } },
    }),
    instances: [{ browser: "chromium" as const }],
    commands,
    viewport: { width: 1024, height: 768 },
    screenshotFailures: false,
    expect: {
      toMatchScreenshot: {
        // The reviewed pictures are committed (__screenshots__ is ignored): one folder per file.
        resolveScreenshotPath: (
          where: Record<
            | "root"
            | "testFileDirectory"
            | "testFileName"
            | "arg"
            | "browserName"
            | "platform"
            | "ext",
            string
          >,
        ) =>
          `${where.root}/${where.testFileDirectory}/visual-reference/${where.testFileName}/${where.arg}-${where.browserName}-${where.platform}${where.ext}`,
      },
    },
  };
}

export default defineConfig({
  plugins: [react()],
  // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the browser tests.
  optimizeDeps: {
    include: [
      "react",
      "react/jsx-runtime",
      "react-dom",
      "react-dom/client",
      "react-dom/server",
      "axe-core",
      "katex",
      "@floating-ui/react",
      "pixelmatch",
    ],
  },
  test: {
    reporters: process.env.CI ? ["default"] : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          // Property and oracle tests run thousands of cases: room for a busy 2-core machine.
          testTimeout: 20_000,
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: [
            "test/browser/**",
            "test/timing/**",
            "test/e2e/**",
            "test/consumer/**",
            "test/consumer-app/**",
            "**/node_modules/**",
          ],
          setupFiles: ["test/support/setup-dom.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.{ts,tsx}"],
          globalSetup: ["test/support/chromium-guard.ts"],
          setupFiles: ["test/support/setup-browser.ts"],
          browser: chromium(),
        },
      },
      {
        // Built artefacts (dist/) in Chromium driven from Node: the embed page under a CSP.
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/support/chromium-guard.ts"],
          testTimeout: 30_000,
        },
      },
      {
        // Main-thread timings of hostile input (issue #18), in Chromium. Run as their own step of
        // `npm test`, after the others: measured beside three other projects on two cores, a
        // long task says more about the neighbours than about the widget.
        extends: true,
        test: {
          name: "timing",
          include: ["test/timing/**/*.test.{ts,tsx}"],
          globalSetup: ["test/support/chromium-guard.ts"],
          setupFiles: ["test/support/setup-browser.ts"],
          browser: chromium(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: ".storybook" })],
        test: {
          name: "storybook",
          globalSetup: ["test/support/chromium-guard.ts"],
          browser: chromium(),
        },
      },
    ],
  },
});
