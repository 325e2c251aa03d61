import "../support/keepKatexUnloaded";
import { afterEach, describe, expect, it, vi } from "vitest";
import { act } from "react";
import { commands } from "vitest/browser";
import { hydrateRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { loadedKatex } from "../../src/views/katexEngine";
import { SERVER_ELEMENTS } from "../support/serverRender";
import "../../src/theme/styles.css";

// Server HTML made in Node (where KaTeX is at hand), hydrated in a page that has not loaded
// KaTeX yet (each browser test file runs in a page of its own), as a reader's browser does.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount());
  document.body.innerHTML = "";
});

describe("server formulas survive hydration before KaTeX has loaded", () => {
  it(
    "keeps the typeset formulas of all three explorers, with no mismatch, then KaTeX writes the same markup",
    { timeout: 60_000 },
    async () => {
      const names = ["secant", "chain", "gradient"] as const;
      const html = await commands.renderOnServer([...names]);
      const containers = html.map((markup) => {
        const container = document.createElement("div");
        container.style.width = "960px";
        container.innerHTML = markup;
        document.body.append(container);
        return container;
      });
      const serverMarkup = containers.map((c) =>
        [...c.querySelectorAll(".slopes-formulas .slopes-tex")].map((e) => e.innerHTML),
      );
      // The server typeset every formula (KaTeX with MathML), and nothing is pending.
      for (const markup of serverMarkup) {
        expect(markup.length).toBeGreaterThan(0);
        for (const html of markup)
          expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
      }
      expect(document.querySelector("[data-pending]")).toBeNull();

      const messages: string[] = [];
      const error = vi
        .spyOn(console, "error")
        .mockImplementation((...args) => messages.push(args.map(String).join(" ")));
      const warn = vi
        .spyOn(console, "warn")
        .mockImplementation((...args) => messages.push(args.map(String).join(" ")));
      await act(async () => {
        names.forEach((name, i) => {
          roots.push(
            hydrateRoot(containers[i]!, SERVER_ELEMENTS[name](), {
              onRecoverableError: (e) => messages.push(String(e)),
            }),
          );
        });
      });
      error.mockRestore();
      warn.mockRestore();
      expect(messages).toEqual([]);
      // Hydrated while KaTeX is still on its way: the server's formulas are still on the page.
      expect(loadedKatex()).toBeNull();
      containers.forEach((c, i) => {
        expect(
          [...c.querySelectorAll(".slopes-formulas .slopes-tex")].map((e) => e.innerHTML),
        ).toEqual(serverMarkup[i]);
      });
      // Then KaTeX arrives and writes the very same markup.
      await expect.poll(() => loadedKatex() !== null, { timeout: 15_000 }).toBe(true);
      await act(() => new Promise<void>((done) => setTimeout(done, 20)));
      containers.forEach((c, i) => {
        expect(
          [...c.querySelectorAll(".slopes-formulas .slopes-tex")].map((e) => e.innerHTML),
        ).toEqual(serverMarkup[i]);
      });
      expect(document.querySelector("[data-pending]")).toBeNull();
    },
  );
});
