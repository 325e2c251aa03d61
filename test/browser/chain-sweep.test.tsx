import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commands, page } from "vitest/browser";
import { act, render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { ChainRuleExplorer } from "../../src";
import { overlap } from "../support/geometry";

// The sweep of issue #12 for the chain-rule explorer, in Chromium at 1280 and 390 px wide: both
// modes and the compositions of the stories, before the backward pass and after every one of its
// steps. From the DOM's boxes: no two text labels of the picture overlap, no label overlaps a
// node box it does not belong to, text is at least 14 px on screen; at 390 px nothing overflows
// the viewport sideways unless a visible cue says it scrolls, and every control is at least
// 44 × 44 px.

interface Label {
  name: string;
  /** The node whose box it is written in, if any. */
  node: string | null;
  element: Element;
  box: DOMRect;
}

function labels(svg: Element): Label[] {
  const all: Label[] = [];
  for (const node of svg.querySelectorAll("[data-node]")) {
    const id = node.getAttribute("data-node") as string;
    const content = node.querySelector(".slopes-chain-node-content") as Element;
    for (const part of content.children)
      all.push({
        name: `${id}'s ${part.className}`,
        node: id,
        element: part,
        box: part.getBoundingClientRect(),
      });
    const adjoint = node.querySelector(".slopes-chain-adjoint-text");
    if (adjoint)
      all.push({
        name: `adjoint of ${id}`,
        node: null,
        element: adjoint,
        box: adjoint.getBoundingClientRect(),
      });
  }
  for (const edge of svg.querySelectorAll("[data-edge]")) {
    const label = edge.querySelector(".slopes-chain-edge-label") as Element;
    const name = `label ${edge.getAttribute("data-edge")}`;
    all.push({ name, node: null, element: label, box: label.getBoundingClientRect() });
  }
  return all;
}

/** The on-screen size of a text: its font size times the picture's scale. */
function fontPixels(element: Element, svg: SVGSVGElement): number[] {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const texts = [element, ...element.querySelectorAll(".katex, span:not(.katex *)")];
  return texts
    .filter((e) => (e.textContent ?? "").trim() !== "")
    .map((e) => parseFloat(getComputedStyle(e).fontSize) * scale);
}

function checkPicture(where: string, phone: boolean) {
  const svg = document.querySelector(".slopes-chain-svg") as SVGSVGElement;
  const all = labels(svg);
  expect(all.length, where).toBeGreaterThan(3);
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i] as Label;
      const b = all[j] as Label;
      if (a.node !== null && a.node === b.node) continue; // the two lines of one box
      expect(overlap(a.box, b.box), `${a.name} overlaps ${b.name} (${where})`).toBe(false);
    }
  for (const node of svg.querySelectorAll("[data-node]")) {
    const id = node.getAttribute("data-node") as string;
    const box = (node.querySelector(".slopes-chain-node-box") as Element).getBoundingClientRect();
    for (const label of all)
      if (label.node !== id)
        expect(overlap(label.box, box), `${label.name} overlaps box ${id} (${where})`).toBe(false);
  }
  for (const label of all)
    for (const size of fontPixels(label.element, svg))
      expect(size, `${label.name}: text size (${where})`).toBeGreaterThanOrEqual(14);
  if (!phone) return;
  const root = document.documentElement;
  const scroller = document.querySelector(".slopes-chain-scroll") as HTMLElement;
  const cue = document.querySelector(".slopes-chain-scroll-cue");
  const scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
  expect(root.scrollWidth, `the page overflows the viewport (${where})`).toBeLessThanOrEqual(
    root.clientWidth + 1,
  );
  if (scrolls) {
    expect(cue, `the graph scrolls without a cue (${where})`).not.toBeNull();
    expect((cue as HTMLElement).getBoundingClientRect().height).toBeGreaterThan(0);
  }
  const explorer = document.querySelector(".slopes-chain-explorer") as HTMLElement;
  for (const control of explorer.querySelectorAll<HTMLElement>(
    "button, input, [role='radio'], [role='slider']",
  )) {
    // A radio's hit area is its label (the input covers it); others are their own box.
    const target = control.matches("input[type='radio']")
      ? (control.closest("label") as HTMLElement)
      : control;
    const box = target.getBoundingClientRect();
    const name = `${control.getAttribute("aria-label") ?? control.textContent ?? control.getAttribute("type")} (${where})`;
    expect(box.height, `${name} is too short`).toBeGreaterThanOrEqual(44);
    expect(box.width, `${name} is too narrow`).toBeGreaterThanOrEqual(44);
  }
}

async function sweep(element: ReactElement, scene: string, phone: boolean): Promise<number> {
  const { unmount } = render(element);
  try {
    await document.fonts.ready;
    const next = screen.getByRole("button", { name: "Next step" });
    checkPicture(`${scene}, before the backward pass`, phone);
    let steps = 0;
    while (next.getAttribute("aria-disabled") !== "true") {
      act(() => next.click());
      steps++;
      checkPicture(`${scene}, step ${steps}`, phone);
    }
    return steps;
  } finally {
    unmount();
  }
}

const scenes: [string, ReactElement][] = [
  ["composition", <ChainRuleExplorer key="c" defaultInputs={{ x: 1 }} animation="step" />],
  ["neuron", <ChainRuleExplorer key="n" defaultMode="neuron" animation="step" />],
  [
    "neuron, ∂L/∂b",
    <ChainRuleExplorer key="b" defaultMode="neuron" defaultTarget="b" animation="step" />,
  ],
  [
    "saturated neuron",
    <ChainRuleExplorer
      key="sat"
      defaultMode="neuron"
      defaultInputs={{ x: 2, w: 4, b: 3, y: 1 }}
      animation="step"
    />,
  ],
  ["sigmoid(3x − 1)", <ChainRuleExplorer key="s" composition="sigmoid(3x - 1)" animation="step" />],
  ["sin(x²)", <ChainRuleExplorer key="q" composition="sin(x^2)" animation="step" />],
  [
    "ln(x) at −1",
    <ChainRuleExplorer key="l" composition="ln(x)" defaultInputs={{ x: -1 }} animation="step" />,
  ],
];

describe("the chain-rule explorer swept in Chromium (#12)", () => {
  beforeEach(async () => {
    await commands.emulateReducedMotion("reduce");
  });
  afterEach(async () => {
    await commands.emulateReducedMotion(null);
    await page.viewport(1024, 768);
  });

  it("at 1280 px: labels apart, off other boxes, at least 14 px, at every step", async () => {
    await page.viewport(1280, 900);
    for (const [scene, element] of scenes)
      expect(await sweep(element, scene, false)).toBeGreaterThan(1);
    expect(document.querySelector(".slopes-chain-svg")).toBeNull();
  });

  it("at 390 px: the same, nothing off screen without a cue, controls at least 44 × 44 px", async () => {
    await page.viewport(390, 844);
    for (const [scene, element] of scenes)
      expect(await sweep(element, scene, true)).toBeGreaterThan(1);
  });
});
