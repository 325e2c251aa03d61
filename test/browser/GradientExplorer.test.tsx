import { describe, expect, it, vi } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { render, screen } from "@testing-library/react";
import axe from "axe-core";
import type { Vec2 } from "../../src";
import { GradientExplorer } from "../../src";
import { centre, inside } from "../support/geometry";
import {
  angle,
  arrowEnds,
  checkArrows,
  checkLabels,
  checkLabelsInPicture,
  checkLegend,
  checkTrail,
  mapGeometry,
  SteepValley,
} from "./gradient-map";

async function violations(root: Element) {
  const result = await axe.run(root, { resultTypes: ["violations"] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

function readout(name: string): string {
  const term = screen.getByText(name, { selector: ".slopes-readout dt" });
  return term.nextElementSibling?.textContent ?? "";
}

// Geometry of the gradient map as Chromium lays it out, for the checks of what its pictures show.

describe("GradientExplorer in Chromium", () => {
  it("shows the chapter's numbers at (1, 1) and has no axe violations, light and dark", async () => {
    const { container, unmount } = render(
      <main style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[1, 1]} theme="light" defaultShowTrajectory />
      </main>,
    );
    expect(readout("Gradient ∇L")).toBe("(2, 4)");
    expect(readout("Descent direction −∇L")).toBe("(−2, −4)");
    expect(readout("Steepness |∇L|")).toBe("√20 ≈ 4.472");
    expect(await violations(container)).toEqual([]);
    unmount();
    const dark = render(
      <main style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[0, 0]} theme="dark" defaultShowHeatmap defaultShowField />
      </main>,
    );
    expect(document.querySelector(".slopes-gradient-notice")).toBeVisible();
    expect(await violations(dark.container)).toEqual([]);
  });

  it("moves the probe with the keyboard along both axes", async () => {
    const onProbeChange = vi.fn();
    render(
      <div style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[1, 1]} onProbeChange={onProbeChange} />
      </div>,
    );
    const w1 = screen.getByRole("slider", { name: "Probe, w1" });
    const w2 = screen.getByRole("slider", { name: "Probe, w2" });
    w1.focus();
    await userEvent.keyboard("{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}");
    expect(w1).toHaveAttribute("aria-valuenow", "0");
    await userEvent.tab();
    expect(w2).toHaveFocus();
    await userEvent.keyboard("{Shift>}{ArrowDown}{ArrowDown}{/Shift}");
    expect(w2).toHaveAttribute("aria-valuenow", "0");
    expect(onProbeChange).toHaveBeenLastCalledWith([0, 0]);
    expect(w2.getAttribute("aria-valuetext")).toBe(
      "w1 = 0, w2 = 0: L = 0, gradient (0, 0), steepness 0",
    );
    expect(document.querySelector(".slopes-gradient-notice")?.textContent).toMatch(
      /^Both partial slopes are zero/,
    );
  });

  it("follows a real mouse drag of the probe; the arrows follow", async () => {
    const onChangeEnd = vi.fn();
    render(
      <div style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[1, 1]} onChangeEnd={onChangeEnd} />
      </div>,
    );
    const before = document.querySelector(".slopes-gradient-ascent line")?.getAttribute("x2");
    await commands.realDrag(".slopes-gradient-map .slopes-handle", -40, 30, { steps: 8 });
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    const end = onChangeEnd.mock.calls[0]?.[0] as { probe: Vec2; partials: Vec2 };
    expect(end.probe[0]).toBeLessThan(1);
    expect(end.probe[1]).toBeLessThan(1);
    expect(end.partials[0]).toBeCloseTo(2 * end.probe[0], 9);
    expect(end.partials[1]).toBeCloseTo(4 * end.probe[1], 9);
    expect(document.querySelector(".slopes-gradient-ascent line")?.getAttribute("x2")).not.toBe(
      before,
    );
  });

  it("draws gradient and descent arrows that differ by more than colour", () => {
    render(
      <div style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[1, 1]} />
      </div>,
    );
    const up = screen.getByRole("img", { name: /Gradient ∇L = \(2, 4\), pointing uphill/ });
    const down = screen.getByRole("img", { name: /Descent direction −∇L = \(−2, −4\)/ });
    const dash = (g: Element) =>
      getComputedStyle(g.querySelector("line") as Element).strokeDasharray;
    const head = (g: Element) => getComputedStyle(g.querySelector("polygon") as Element).fill;
    expect(dash(up)).toBe("none");
    expect(dash(down)).not.toBe("none");
    expect(head(up)).not.toBe(head(down));
    expect(up.textContent).toBe("∇L");
    expect(down.textContent).toBe("−∇L");
  });

  it("draws what the (1, 1) picture shows: arrows along ±∇L out of the probe, a path to the minimum, labels clear", async () => {
    render(
      <div style={{ width: 980 }}>
        <GradientExplorer defaultProbe={[1, 1]} defaultShowTrajectory theme="light" />
      </div>,
    );
    await document.fonts.ready;
    const map = mapGeometry([1, 1]);
    checkArrows(map, [2, 4]);
    checkLabels();
    checkLabelsInPicture(map);
    const dots = checkTrail(map);
    expect(dots).toHaveLength(50);
    checkLegend();
  });

  it("draws what the steep valley picture shows, in the dark: heat rising with the cost, field arrows uphill, a zigzag path", async () => {
    render(<SteepValley />);
    await document.fonts.ready;
    const cost = ([a, b]: Vec2) => a * a + 10 * b * b;
    const gradient = ([a, b]: Vec2): Vec2 => [2 * a, 20 * b];
    const map = mapGeometry([-2.5, 1.2]);
    checkArrows(map, [-5, 24]);
    checkLabels();
    checkLabelsInPicture(map);
    checkLegend();

    // η = 0.09 overshoots across the valley (w2 ← −0.8 w2) while w1 creeps in (w1 ← 0.82 w1):
    // the dots alternate sides of the w1 axis, and still close in on the minimum.
    const dots = checkTrail(map);
    expect(dots).toHaveLength(50);
    const sides = dots.slice(0, 12).map(([, y]) => Math.sign(y - map.origin[1]));
    sides.forEach((side, i) => expect(side, `dot ${i + 1}`).toBe(i % 2 === 0 ? 1 : -1));

    // Every field arrow lies in the map and points uphill along the gradient where it is drawn.
    const field = [...document.querySelectorAll(".slopes-arrow-field .slopes-arrow")];
    expect(field.length).toBeGreaterThan(50);
    for (const arrow of field) {
      const { tail, tip } = arrowEnds(arrow);
      expect(inside(arrow.getBoundingClientRect(), map.area)).toBe(true);
      const middle = map.toMath([(tail[0] + tip[0]) / 2, (tail[1] + tip[1]) / 2]);
      const drawn = map.toMathVector([tip[0] - tail[0], tip[1] - tail[1]]);
      expect(angle(drawn, gradient(middle)), `field arrow at ${middle}`).toBeLessThan(2);
    }

    // The heat map is stronger where the cost is higher: mean cost per shade rises with the shade.
    const byShade = new Map<number, number[]>();
    for (const rect of document.querySelectorAll(".slopes-heatmap .slopes-heat")) {
      const shade = Number(rect.getAttribute("fill-opacity"));
      const costs = byShade.get(shade) ?? [];
      costs.push(cost(map.toMath(centre(rect))));
      byShade.set(shade, costs);
    }
    const means = [...byShade]
      .sort(([a], [b]) => a - b)
      .map(([, costs]) => costs.reduce((sum, c) => sum + c, 0) / costs.length);
    expect(means.length).toBeGreaterThan(4);
    for (let i = 1; i < means.length; i++)
      expect(means[i], "mean cost under the next stronger shade").toBeGreaterThan(
        means[i - 1] as number,
      );
  });
});
