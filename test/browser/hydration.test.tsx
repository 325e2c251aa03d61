import { afterEach, describe, expect, it, vi } from "vitest";
import { act } from "react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { ChainRuleExplorer, GradientExplorer, SecantExplorer } from "../../src";

// React's act() warns unless the environment says it supports it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount());
  document.body.innerHTML = "";
});

/** Server HTML in a container, then hydrated; returns what React said on the console. */
async function hydrate(
  element: React.ReactElement,
): Promise<{ container: HTMLElement; messages: string[] }> {
  const container = document.createElement("div");
  container.style.width = "960px";
  container.innerHTML = renderToString(element);
  document.body.append(container);
  const messages: string[] = [];
  const error = vi
    .spyOn(console, "error")
    .mockImplementation((...args) => messages.push(args.map(String).join(" ")));
  const warn = vi
    .spyOn(console, "warn")
    .mockImplementation((...args) => messages.push(args.map(String).join(" ")));
  await act(async () => {
    roots.push(
      hydrateRoot(container, element, { onRecoverableError: (e) => messages.push(String(e)) }),
    );
  });
  error.mockRestore();
  warn.mockRestore();
  return { container, messages };
}

describe("server rendering and hydration in Chromium", () => {
  it("the secant explorer paints complete SVG before JavaScript and hydrates without mismatch", async () => {
    const element = <SecantExplorer fn="x^2" defaultX={1} />;
    const html = renderToString(element);
    expect(html).toContain("<svg");
    expect(html).toContain("slope of the tangent 2");
    const { container, messages } = await hydrate(element);
    expect(messages).toEqual([]);
    // Hydrated: the handle answers the keyboard.
    const slider = container.querySelector(
      '[role="slider"][aria-label="Point on the curve"]',
    ) as HTMLElement;
    slider.focus();
    await act(async () => {
      slider.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    });
    expect(slider.getAttribute("aria-valuenow")).toBe("3");
  });

  it.each([
    [
      "ChainRuleExplorer",
      <ChainRuleExplorer key="c" defaultMode="composition" defaultInputs={{ x: 1 }} />,
      "24",
    ],
    ["GradientExplorer", <GradientExplorer key="g" defaultProbe={[1, 1]} />, "(2, 4)"],
  ])(
    "%s paints complete SVG on the server and hydrates without mismatch",
    async (_, element, shown) => {
      const html = renderToString(element);
      expect(html).toContain("<svg");
      expect(html).toContain(shown);
      const { container, messages } = await hydrate(element);
      expect(messages).toEqual([]);
      expect(container.textContent).toContain(shown);
    },
  );
});
