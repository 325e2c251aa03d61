// Issue #12, gradient explorer: the picture read at a glance over the states a reader reaches
// (the probe over the whole map, the costs of the stories, 1280 px and 390 px wide), and the
// explorer used on a phone (390 × 844): touch targets, slider width, overflow, the step seen.
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render, screen } from "@testing-library/react";
import type { Vec2 } from "../../src";
import { GradientExplorer } from "../../src";
import { inkBox, inside, overlap } from "../support/geometry";
import type { Named } from "../support/phone";
import { cutOffSideways, smallTargets, touchTargets } from "../support/phone";

/** The costs (and probes) of stories/explorers/GradientExplorer.stories.tsx. */
const COSTS = ["w1^2 + 2 w2^2", "w1^2 + 10 w2^2", "w1^2 - w2^2", "log(w1) + w2^2"] as const;

/** Probe positions across the default window { x: [−3, 3], y: [−2, 2] }, edges included. */
const GRID: Vec2[] = [-2.9, -1.8, -0.6, 0.5, 1.7, 2.9].flatMap((x) =>
  [-1.9, -1, 0.3, 1.1, 1.9].map((y): Vec2 => [x, y]),
);

/** Does the segment from a to b cross the box (grown by `pad` pixels)? (Liang–Barsky clip.) */
function crosses([ax, ay]: Vec2, [bx, by]: Vec2, box: DOMRect, pad = 0): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const sides: [number, number][] = [
    [-dx, ax - (box.left - pad)],
    [dx, box.right + pad - ax],
    [-dy, ay - (box.top - pad)],
    [dy, box.bottom + pad - ay],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** The shaft of an arrow (its line) in client pixels. */
function shaft(arrow: Element): [Vec2, Vec2] {
  const line = arrow.querySelector("line") as SVGLineElement;
  const m = line.getScreenCTM() as DOMMatrix;
  const a = new DOMPoint(line.x1.baseVal.value, line.y1.baseVal.value).matrixTransform(m);
  const b = new DOMPoint(line.x2.baseVal.value, line.y2.baseVal.value).matrixTransform(m);
  return [
    [a.x, a.y],
    [b.x, b.y],
  ];
}

/**
 * What is wrong with the picture as drawn now: labels of the picture (contour levels, ∇L, −∇L)
 * on each other, on a tick label or axis name, on the probe, on an arrow's tip or shaft, or cut
 * by the picture's edge. One line per fault, empty when the picture reads.
 */
function faults(where: string): string[] {
  const map = document.querySelector(".slopes-gradient-map") as Element;
  const svg = (map.querySelector("svg") as Element).getBoundingClientRect();
  const named = (selector: string): Named[] =>
    [...map.querySelectorAll(selector)].map((t) => ({
      name: `"${t.textContent}"`,
      box: inkBox(t),
    }));
  const labels = [
    ...named(".slopes-contour-label"),
    ...named(".slopes-gradient-ascent text, .slopes-gradient-descent text"),
  ];
  const ticks = named(".slopes-axis text");
  const ring = map.querySelector(".slopes-handle circle.slopes-handle-ring");
  const arrows = [...map.querySelectorAll(".slopes-gradient-ascent, .slopes-gradient-descent")];
  const tips: Named[] = arrows.map((a) => ({
    name: `the tip of ${a.querySelector("text")?.textContent}`,
    box: (a.querySelector("polygon") as Element).getBoundingClientRect(),
  }));
  const obstacles: Named[] = [...ticks, ...tips];
  if (ring) obstacles.push({ name: "the probe", box: ring.getBoundingClientRect() });
  const out: string[] = [];
  labels.forEach((label, i) => {
    for (const other of labels.slice(i + 1))
      if (overlap(label.box, other.box)) out.push(`${where}: ${label.name} on ${other.name}`);
    for (const other of obstacles)
      if (overlap(label.box, other.box)) out.push(`${where}: ${label.name} on ${other.name}`);
    for (const arrow of arrows) {
      const [a, b] = shaft(arrow);
      if (crosses(a, b, label.box, -1))
        out.push(
          `${where}: ${label.name} on the shaft of ${arrow.querySelector("text")?.textContent}`,
        );
    }
    if (!inside(label.box, svg)) out.push(`${where}: ${label.name} cut by the picture's edge`);
  });
  return out;
}

/** Waits until the map has taken its container's width (measured after the first render). */
async function mapFitted() {
  await expect
    .poll(() => {
      const map = document.querySelector(".slopes-gradient-map");
      const svg = map?.querySelector("svg");
      return (
        !!map &&
        !!svg &&
        svg.getBoundingClientRect().width <= map.getBoundingClientRect().width + 0.5
      );
    })
    .toBe(true);
}

/**
 * How far each arrow's label is from its tip (from the tip to the nearest point of its glyphs),
 * and whether the tip has room for a label around it inside the picture (30 px to its edges).
 */
function labelGaps(): { gap: number; room: boolean }[] {
  const map = document.querySelector(".slopes-gradient-map") as Element;
  const svg = (map.querySelector("svg") as Element).getBoundingClientRect();
  return [...map.querySelectorAll(".slopes-gradient-ascent, .slopes-gradient-descent")].map(
    (arrow) => {
      const box = inkBox(arrow.querySelector("text") as Element);
      const polygon = arrow.querySelector("polygon") as SVGPolygonElement;
      const [x, y] = (polygon.getAttribute("points") as string).split(" ")[0]?.split(",") ?? [];
      const tip = new DOMPoint(Number(x), Number(y)).matrixTransform(
        polygon.getScreenCTM() as DOMMatrix,
      );
      const dx = Math.max(box.left - tip.x, 0, tip.x - box.right);
      const dy = Math.max(box.top - tip.y, 0, tip.y - box.bottom);
      const room =
        Math.min(tip.x - svg.left, svg.right - tip.x, tip.y - svg.top, svg.bottom - tip.y) >= 30;
      return { gap: Math.hypot(dx, dy), room };
    },
  );
}

afterEach(async () => {
  await page.viewport(1024, 768);
});

describe("the gradient map's labels over a sweep of the probe (#12)", () => {
  for (const width of [1280, 390]) {
    it(`stay apart and clear of ticks, probe and arrows at ${width} px`, async () => {
      await page.viewport(width, 900);
      const found: string[] = [];
      const gaps: { gap: number; room: boolean }[] = [];
      let checked = 0;
      for (const cost of COSTS) {
        const view = (probe: Vec2) => (
          <GradientExplorer
            cost={cost}
            probe={probe}
            lazy={false}
            defaultShowTrajectory
            showSections={false}
            showFormulas={false}
          />
        );
        const { rerender, unmount } = render(view(GRID[0] as Vec2));
        await document.fonts.ready;
        await mapFitted();
        for (const probe of GRID) {
          rerender(view(probe));
          const list = faults(`${cost} at (${probe.join(", ")})`);
          found.push(...list);
          gaps.push(...labelGaps());
          checked += 1;
        }
        unmount();
      }
      expect(checked).toBe(COSTS.length * GRID.length);
      expect(found).toEqual([]);
      // Next to their tips: within 12 px of a tip with room around it in nine states out of
      // ten; a tip at the edge has its label beside the shaft or the probe.
      const roomy = gaps.filter((g) => g.room);
      const near = roomy.filter((g) => g.gap <= 12).length / roomy.length;
      expect(roomy.length).toBeGreaterThan(gaps.length / 2);
      expect(near, "labels within 12 px of their tips").toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe("the gradient explorer on a phone, 390 × 844 (#12)", () => {
  it("has touch targets of 44 × 44 px, sliders of 200 px and nothing sideways out of view", async () => {
    await page.viewport(390, 844);
    const { container } = render(
      <GradientExplorer lazy={false} defaultShowTrajectory defaultShowField />,
    );
    await document.fonts.ready;
    await mapFitted();
    // The probe, the cost's field, three toggles, the learning rate and the step button.
    expect(touchTargets(container).length).toBeGreaterThanOrEqual(8);
    expect(smallTargets(container), "controls under 44 × 44 px").toEqual([]);
    const sliders = [...container.querySelectorAll("input[type=range]")];
    expect(sliders.length).toBeGreaterThan(0);
    for (const slider of sliders)
      expect(slider.getBoundingClientRect().width, "slider width").toBeGreaterThanOrEqual(200);
    expect(document.documentElement.scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(
      390,
    );
    expect(cutOffSideways(container, 390), "cut off sideways without a scroll cue").toEqual([]);
  });

  it("keeps the probe in view after Take one step", async () => {
    await page.viewport(390, 844);
    // In a page, with text above and below: the reader scrolls down to the button.
    render(
      <main>
        <p style={{ height: 900 }}>Text before the explorer.</p>
        <GradientExplorer lazy={false} defaultProbe={[2, 1.5]} />
        <p style={{ height: 900 }}>Text after the explorer.</p>
      </main>,
    );
    await document.fonts.ready;
    await mapFitted();
    const button = screen.getByRole("button", { name: "Take one step" });
    const dot = () =>
      (
        document.querySelector(".slopes-gradient-map .slopes-handle-dot") as Element
      ).getBoundingClientRect();
    const before = dot();
    await userEvent.click(button);
    const after = dot();
    expect(after.left, "the probe moved").not.toBeCloseTo(before.left, 0);
    const viewport = new DOMRect(0, 0, 390, 844);
    expect(inside(after, viewport), `probe at ${after.top.toFixed(0)} px`).toBe(true);
    // And the button the reader pressed is in view too, not under the picture.
    const pressed = button.getBoundingClientRect();
    expect(inside(pressed, viewport)).toBe(true);
    const [x, y] = [pressed.left + pressed.width / 2, pressed.top + pressed.height / 2];
    expect(document.elementFromPoint(x, y)?.closest("button")).toBe(button);
  });
});
