import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import { renderToString } from "react-dom/server";
import { createRoot, hydrateRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { SecantExplorer } from "../../src";
import "../../src/theme/styles.css";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount());
  document.body.innerHTML = "";
  window.scrollTo(0, 0);
});

/** Lets the IntersectionObserver report (it runs after a frame) and React re-render. */
async function frames(n = 3) {
  for (let i = 0; i < n; i++) {
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
  }
}

/** A page with an explorer at the top and one far below the fold. */
function page(): { top: HTMLElement; below: HTMLElement; spacer: HTMLElement } {
  const top = document.createElement("div");
  const spacer = document.createElement("div");
  spacer.style.height = "6000px";
  const below = document.createElement("div");
  for (const element of [top, below]) element.style.width = "900px";
  document.body.append(top, spacer, below);
  return { top, below, spacer };
}

const formulas = (element: HTMLElement) => element.querySelectorAll(".katex").length;
const curve = (element: HTMLElement) =>
  element.querySelectorAll(".slopes-secant-curve path").length;

describe("off-screen explorers wait until they are seen", () => {
  it("samples and typesets the visible explorer at once, the one below the fold when scrolled to", async () => {
    const { top, below } = page();
    for (const container of [top, below]) {
      const root = createRoot(container);
      roots.push(root);
      act(() => root.render(<SecantExplorer fn="sin(x)" defaultX={1} />));
    }
    // On screen: complete in the very first commit, before any frame is painted.
    expect(formulas(top)).toBe(3);
    expect(curve(top)).toBe(1);
    await frames();
    expect(formulas(top)).toBe(3);
    expect(curve(top)).toBe(1);
    // Below the fold: a placeholder of about the widget's size, named after it, and nothing else.
    const placeholder = below.querySelector(".slopes-placeholder") as HTMLElement;
    expect(placeholder).not.toBeNull();
    expect(placeholder.getAttribute("aria-busy")).toBe("true");
    // Named by its heading, which is already there.
    const heading = document.getElementById(placeholder.getAttribute("aria-labelledby") ?? "");
    expect(heading?.textContent).toBe("Slope of a curve: secant and tangent");
    expect(placeholder.getBoundingClientRect().height).toBeGreaterThan(600);
    expect(below.querySelector("svg, input, [role='slider']")).toBeNull();

    below.scrollIntoView();
    await frames();
    expect(formulas(below)).toBe(3);
    expect(curve(below)).toBe(1);
    expect(below.querySelector(".slopes-placeholder")).toBeNull();
    expect(below.textContent).toContain("0.5403");
  });

  it("keeps server HTML complete when it hydrates off screen", async () => {
    const { below } = page();
    const element = <SecantExplorer fn="x^2" defaultX={1} />;
    below.innerHTML = renderToString(element);
    expect(formulas(below)).toBe(3);
    await act(async () => {
      roots.push(hydrateRoot(below, element));
    });
    await frames();
    expect(formulas(below)).toBe(3);
    expect(curve(below)).toBe(1);
  });

  it("renders everything at once with lazy={false}", async () => {
    const { below } = page();
    const root = createRoot(below);
    roots.push(root);
    act(() => root.render(<SecantExplorer fn="x^2" lazy={false} />));
    await frames();
    expect(formulas(below)).toBe(3);
    expect(curve(below)).toBe(1);
  });
});

describe("a printed page", () => {
  it("shows every explorer on paper, also those the reader never scrolled to (#12)", async () => {
    const { top, below } = page();
    for (const container of [top, below]) {
      const root = createRoot(container);
      roots.push(root);
      act(() => root.render(<SecantExplorer fn="sin(x)" defaultX={1} />));
    }
    await frames();
    expect(curve(below)).toBe(0);
    expect(below.querySelector(".slopes-placeholder")).not.toBeNull();
    // What the browser does before it lays the page out for paper (Ctrl+P, window.print()).
    await act(async () => {
      window.dispatchEvent(new Event("beforeprint"));
      await Promise.resolve();
    });
    expect(below.querySelector(".slopes-placeholder")).toBeNull();
    expect(curve(below)).toBe(1);
    expect(formulas(below)).toBe(3);
  });
});
