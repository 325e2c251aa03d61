// Issue #12, gradient map: arrows out of the probe's ring with their labels whole and near
// their tips, a focus ring for the keyboard only, the descent path told from the −∇L arrow.
import { describe, expect, it } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { render, screen } from "@testing-library/react";
import { GradientExplorer } from "../../src";
import {
  arrowEnds,
  checkArrows,
  checkLabels,
  checkLabelsInPicture,
  mapGeometry,
  SteepValley,
} from "./gradient-map";

describe("the gradient map's arrows and marks in Chromium (#12)", () => {
  it("writes ∇L whole near the top edge (#12: it was cut off by the picture's edge)", async () => {
    // The model keeps the arrow's tip on the map; the label, beyond the tip, was clipped by the
    // SVG. Now it is placed next to the tip inside the picture, clear of the other marks.
    render(<SteepValley />);
    await document.fonts.ready;
    const map = mapGeometry([-2.5, 1.2]);
    checkLabelsInPicture(map);
    checkLabels();
  });

  it("draws a short gradient at a visible length out of the ring, and says its true value (#12)", async () => {
    render(
      <div style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[0.02, 0.01]} />
      </div>,
    );
    await document.fonts.ready;
    const map = mapGeometry([0.02, 0.01]);
    // True length on screen: a few pixels, all under the ring.
    // Their names give the true vectors and say the drawing is not to scale.
    const up = screen.getByRole("img", {
      name: "Gradient ∇L = (0.04, 0.04), pointing uphill, drawn longer than to scale",
    });
    const down = screen.getByRole("img", {
      name: "Descent direction −∇L = (−0.04, −0.04), pointing downhill, drawn longer than to scale",
    });
    for (const arrow of [up, down]) {
      const { tail, tip } = arrowEnds(arrow);
      expect(Math.hypot(tail[0] - map.probe[0], tail[1] - map.probe[1])).toBeGreaterThanOrEqual(
        map.ring + 1.5,
      );
      // A shaft and a head past the ring, marked as drawn longer than to scale.
      expect(Math.hypot(tip[0] - tail[0], tip[1] - tail[1])).toBeGreaterThanOrEqual(20);
      expect(arrow).toHaveAttribute("data-lengthened", "true");
    }
    checkArrows(map, [0.04, 0.04]);
    checkLabels();
  });

  it("shows the probe's focus ring for the keyboard only, never during a pointer or touch drag (#12)", async () => {
    render(
      <div style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[1, 1]} />
      </div>,
    );
    const rings = () => [...document.querySelectorAll(".slopes-gradient-map .slopes-handle-ring")];
    const shown = () => rings().filter((r) => getComputedStyle(r).opacity !== "0").length;
    expect(rings().length).toBeGreaterThan(0);
    await commands.realTouchDrag(".slopes-gradient-map .slopes-handle", 30, -20, 6);
    expect(shown(), "after a touch drag").toBe(0);
    await commands.realDrag(".slopes-gradient-map .slopes-handle", -30, 20, {
      steps: 6,
      release: false,
    });
    expect(shown(), "during a mouse drag").toBe(0);
    // The handle's halo grows while dragged: it stays short of the arrows' tails.
    const halo = document.querySelector(".slopes-gradient-map .slopes-handle-halo");
    if (halo) {
      await new Promise((done) => setTimeout(done, 250)); // its 0.15 s transition
      const box = halo.getBoundingClientRect();
      const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
      for (const arrow of document.querySelectorAll(".slopes-gradient-map .slopes-arrow")) {
        const { tail } = arrowEnds(arrow);
        expect(Math.hypot(tail[0] - cx, tail[1] - cy), "arrow tail past the halo").toBeGreaterThan(
          box.width / 2,
        );
      }
    }
    await commands.realMouseUp();
    expect(shown(), "after a mouse drag").toBe(0);
    // The keyboard shows it: back from the cost's field to the probe.
    screen.getByRole("textbox", { name: "L =" }).focus();
    await userEvent.tab({ shift: true });
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Probe, w2");
    expect(shown(), "keyboard focus").toBeGreaterThan(0);
  });

  it("tells the descent path from the −∇L arrow: colour, line, marks and a legend entry (#12)", () => {
    render(
      <div style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[1, 1]} defaultShowTrajectory />
      </div>,
    );
    const root = document.querySelector(".slopes-gradient-map") as Element;
    const arrow = getComputedStyle(root.querySelector(".slopes-gradient-descent line") as Element);
    const path = getComputedStyle(root.querySelector(".slopes-descent-trail path") as Element);
    expect(path.stroke, "colour").not.toBe(arrow.stroke);
    expect(path.strokeDasharray, "line").not.toBe(arrow.strokeDasharray);
    const dots = root.querySelectorAll(".slopes-descent-trail circle.slopes-point");
    expect(dots.length, "a dot at each step").toBe(50);
    expect(getComputedStyle(dots[0] as Element).fill).toBe(path.stroke);
    // The legend draws the path as the map does.
    const legend = document.querySelector(".slopes-gradient-legend-trail") as Element;
    expect(legend.closest("li")?.textContent).toBe(
      "Gradient descent from the probe, one dot per step",
    );
    const line = getComputedStyle(legend.querySelector("line") as Element);
    expect(line.stroke).toBe(path.stroke);
    expect(line.strokeDasharray).toBe(path.strokeDasharray);
    expect(getComputedStyle(legend.querySelector("circle") as Element).fill).toBe(path.stroke);
  });
});
