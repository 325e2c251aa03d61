import "../support/keepKatexUnloaded";
import { describe, expect, it } from "vitest";
import { act } from "react";
import { render } from "@testing-library/react";
import { ChainRuleExplorer, GradientExplorer, SecantExplorer } from "../../src";
import { loadedKatex } from "../../src/views/katexEngine";
import "../../src/theme/styles.css";

// Each browser test file runs in a page of its own: nothing here has loaded KaTeX before this
// test renders, as on a page that has just opened.

interface Box {
  y: number;
  height: number;
}

/** The boxes of each explorer's formula panel and of each formula in it. */
function boxes(root: HTMLElement): { panel: Box; formulas: Box[] }[] {
  const box = (e: Element): Box => {
    const r = e.getBoundingClientRect();
    return { y: r.y, height: r.height };
  };
  return [...root.querySelectorAll(".slopes-formulas")].map((panel) => ({
    panel: box(panel),
    formulas: [...panel.querySelectorAll(".slopes-formula > .slopes-tex")].map(box),
  }));
}

async function settle() {
  await act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
  await document.fonts.ready;
  await act(() => new Promise<void>((done) => setTimeout(done, 20)));
}

describe("formulas arrive after the picture", () => {
  it("the three explorers paint picture, handles and readouts first, plain-text formulas in their final place, then KaTeX with MathML", async () => {
    // Wide (two columns) and phone-wide (one column) at once: KaTeX arrives only once a page.
    const { container } = render(
      <>
        {[960, 390].map((width) => (
          <div key={width} style={{ width }}>
            <SecantExplorer fn="x^2" defaultX={1} lazy={false} />
            <ChainRuleExplorer defaultMode="composition" defaultInputs={{ x: 1 }} lazy={false} />
            <GradientExplorer defaultProbe={[1, 1]} lazy={false} />
          </div>
        ))}
      </>,
    );
    // The first frame: every picture, handle and readout, and no KaTeX anywhere yet.
    expect(loadedKatex()).toBeNull();
    expect(container.querySelectorAll(".slopes-formulas")).toHaveLength(6);
    expect(container.querySelectorAll("svg").length).toBeGreaterThanOrEqual(6);
    expect(container.querySelectorAll('[role="slider"]').length).toBeGreaterThanOrEqual(4);
    expect(container.querySelector(".katex")).toBeNull();
    const pending = [...container.querySelectorAll(".slopes-formulas [data-pending]")];
    expect(pending.length).toBe(container.querySelectorAll(".slopes-formula").length);
    // Until then each formula reads as plain text.
    expect(pending[0]?.textContent).toBe("f(x) = x²");
    expect(pending[1]?.textContent).toBe("f′(x) = 2x");

    await settle();
    const before = boxes(container);

    await expect
      .poll(() => container.querySelectorAll(".slopes-formulas .katex").length, {
        timeout: 15_000,
      })
      .toBe(pending.length);
    await settle();
    const after = boxes(container);
    // Every panel and every formula keeps its place and its height.
    after.forEach((explorer, e) => {
      expect(explorer.panel.y).toBeCloseTo(before[e]!.panel.y, 1);
      expect(explorer.panel.height).toBeCloseTo(before[e]!.panel.height, 1);
      explorer.formulas.forEach((formula, i) => {
        expect(formula.y).toBeCloseTo(before[e]!.formulas[i]!.y, 1);
        expect(formula.height).toBeCloseTo(before[e]!.formulas[i]!.height, 1);
      });
    });
    // Screen readers get MathML once KaTeX is here.
    expect(container.querySelectorAll(".slopes-formulas .katex-mathml math")).toHaveLength(
      pending.length,
    );
    expect(container.querySelector(".slopes-formulas [data-pending]")).toBeNull();
  });
});
