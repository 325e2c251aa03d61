// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../support/chromium";
import { root, serveDirectory } from "./server";

// The docs site as a reader sees it (issue #12, smaller faults):
// - Markdown tables in the MDX pages are real tables. MDX 3 reads CommonMark only; without
//   remark-gfm a table is a paragraph of `| a | b |` lines. Every .mdx page under stories/ that
//   holds a table is opened alone and must show as many <table>s as its source has, and no text
//   line that starts with "|".
// - Storybook's own onboarding checklist (sidebar widget and "Onboarding guide" menu entry) is
//   not part of the site.

const site = process.env.STORYBOOK_STATIC ?? join(root, "storybook-static");

interface IndexEntry {
  id: string;
  type: string;
  importPath?: string;
}

function readIndex(): IndexEntry[] {
  const file = join(site, "index.json");
  if (!existsSync(file)) return [];
  const index = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

function mdxFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith(".mdx") ? [path] : [];
  });
}

/** GFM tables in an MDX source (outside fenced code): a `| … |` line followed by a `| --- |` line. */
function countTables(source: string): number {
  const lines = source.split("\n");
  let fenced = false;
  let count = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!.trim();
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced) continue;
    if (line.startsWith("|") && /^\|(\s*:?-+:?\s*\|)+$/.test(lines[i + 1]!.trim())) count++;
  }
  return count;
}

/** The MDX pages that hold a Markdown table, with their docs id in the build. */
function pagesWithTables(): { id: string; file: string; tables: number }[] {
  const byPath = new Map(
    readIndex()
      .filter((entry) => entry.type === "docs" && entry.importPath?.endsWith(".mdx"))
      .map((entry) => [entry.importPath!.replace(/^\.\//, ""), entry.id]),
  );
  return mdxFiles(join(root, "stories"))
    .map((path) => ({
      file: relative(root, path),
      tables: countTables(readFileSync(path, "utf8")),
    }))
    .filter((page) => page.tables > 0)
    .map((page) => ({ ...page, id: byPath.get(page.file) ?? `missing from index.json` }));
}

/** Header cells expected on two pages, so a table of the wrong shape fails too. */
const HEADERS: Record<string, string[][]> = {
  "introduction--docs": [["Layer", "Folder", "What it holds"]],
  "guides-the-engine-and-its-limits--docs": [["Refusal code", "Message"]],
};

interface PageText {
  headers: string[][];
  pipeLines: string[];
}

/** Opens one docs page alone and reads its tables' headers and any text line starting with "|". */
async function readDocsPage(page: Page, url: string): Promise<PageText> {
  await page.goto(url);
  await page.waitForSelector("#storybook-docs .sbdocs-content h1", { timeout: 20_000 });
  // Let the rest of the page (blocks rendered after the title) settle.
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => {
    const docs = document.querySelector("#storybook-docs")!;
    const headers = [...docs.querySelectorAll("table")].map((table) =>
      [...table.querySelectorAll("thead th")].map((cell) => cell.textContent?.trim() ?? ""),
    );
    const pipeLines: string[] = [];
    const walker = document.createTreeWalker(docs, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Code samples and table cells (an absolute value |x|) may hold pipes of their own.
      if (node.parentElement?.closest("pre, td, th")) continue;
      for (const line of (node.textContent ?? "").split("\n")) {
        if (line.trimStart().startsWith("|")) pipeLines.push(line.trim().slice(0, 80));
      }
    }
    return { headers, pipeLines };
  });
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;
const pages = pagesWithTables();

beforeAll(async () => {
  if (!existsSync(join(site, "iframe.html")) || readIndex().length === 0) {
    throw new Error(`${site} is missing: run \`npm run build-storybook\` before this test.`);
  }
  server = await serveDirectory(site);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Markdown tables in the docs pages", () => {
  it("are found in the sources (Introduction and the Engine guide among them)", () => {
    const files = pages.map((page) => page.file);
    expect(files).toContain("stories/Introduction.mdx");
    expect(files).toContain("stories/guides/Engine.mdx");
  });

  it("render as tables, with no line of raw pipes", { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      for (const { id, file, tables } of pages) {
        const text = await readDocsPage(
          page,
          `${server.url}/iframe.html?viewMode=docs&id=${encodeURIComponent(id)}`,
        );
        if (text.headers.length < tables)
          problems.push(`${file}: ${text.headers.length} <table> for ${tables} in the source`);
        if (text.pipeLines.length > 0)
          problems.push(
            `${file}: ${text.pipeLines.length} lines of raw pipes, first "${text.pipeLines[0]}"`,
          );
        for (const expected of HEADERS[id] ?? []) {
          if (!text.headers.some((cells) => cells.join("|") === expected.join("|")))
            problems.push(`${file}: no table headed ${expected.join(", ")}`);
        }
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

describe("the manager page", () => {
  it("has no onboarding checklist, in the sidebar or the menu", { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/index.html?path=/docs/introduction--docs`);
      await page.waitForSelector("#storybook-explorer-tree a, #storybook-explorer-tree button", {
        timeout: 20_000,
      });
      const sidebar = page.locator("nav, #storybook-explorer-menu, [role=navigation]").first();
      await expect
        .poll(() => sidebar.count(), { message: "the sidebar is shown" })
        .toBeGreaterThan(0);
      // The widget and its menu entry, as Storybook labels them.
      const onboarding = page
        .locator('[aria-label*="onboarding" i], [aria-label*="checklist" i]')
        .or(page.getByText(/onboarding guide|^(Get started|Level up|Become an expert)$/i));
      expect(await onboarding.count()).toBe(0);
      // The settings menu lists no "Onboarding guide".
      await page.locator('button[aria-label="Settings"]').first().click();
      await page
        .getByText(/keyboard shortcuts/i)
        .first()
        .waitFor({ timeout: 5_000 });
      expect(await page.getByText(/onboarding|checklist/i).count()).toBe(0);
      // Storybook draws both only in `storybook dev` (npm start); these flags turn them off there
      // too, and are what the build carries.
      const features = await page.evaluate(
        () => (window as unknown as { FEATURES?: Record<string, boolean> }).FEATURES ?? {},
      );
      expect({
        sidebarOnboardingChecklist: features.sidebarOnboardingChecklist,
        menuOnboardingChecklist: features.menuOnboardingChecklist,
      }).toEqual({ sidebarOnboardingChecklist: false, menuOnboardingChecklist: false });
    } finally {
      await context.close();
    }
  });
});
