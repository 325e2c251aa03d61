import { describe, expect, it, vi } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { render, screen } from "@testing-library/react";
import axe from "axe-core";
import type { Vec2 } from "../../src";
import { GradientExplorer } from "../../src";
import { centre, clientPoint, inkBox, inside, overlap } from "../support/geometry";

async function violations(root: Element) {
  const result = await axe.run(root, { resultTypes: ["violations"] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

function readout(name: string): string {
  const term = screen.getByText(name, { selector: ".slopes-readout dt" });
  return term.nextElementSibling?.textContent ?? "";
}

// Geometry of the gradient map as Chromium lays it out, for the checks of what its pictures show.

/** Tail (line start) and tip (first point of the head) of an `Arrow`, in client pixels. */
function arrowEnds(arrow: Element): { tail: Vec2; tip: Vec2 } {
  const line = arrow.querySelector("line") as SVGLineElement;
  const polygon = arrow.querySelector("polygon") as SVGPolygonElement;
  const [tx, ty] = (polygon.getAttribute("points") as string).split(" ")[0]?.split(",") ?? [];
  return {
    tail: clientPoint(line, line.x1.baseVal.value, line.y1.baseVal.value),
    tip: clientPoint(polygon, Number(tx), Number(ty)),
  };
}

/** Angle in degrees between two vectors. */
function angle(a: Vec2, b: Vec2): number {
  const cos = (a[0] * b[0] + a[1] * b[1]) / (Math.hypot(...a) * Math.hypot(...b));
  return (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
}

/**
 * The map's plot area, origin and scale, from the axes (they cross at the origin) and the
 * probe (at `probe` in math coordinates). Checks that both axes share one scale.
 */
function mapGeometry(probe: Vec2) {
  const root = document.querySelector(".slopes-gradient-map") as Element;
  const origin: Vec2 = [
    centre(root.querySelector(".visx-axis-left .visx-axis-line") as Element)[0],
    centre(root.querySelector(".visx-axis-bottom .visx-axis-line") as Element)[1],
  ];
  const at = centre(root.querySelector(".slopes-handle-dot") as Element);
  const scale = (at[0] - origin[0]) / probe[0];
  expect((origin[1] - at[1]) / probe[1], "one scale on both axes").toBeCloseTo(scale, 0);
  return {
    svg: (root.querySelector("svg") as Element).getBoundingClientRect(),
    area: (root.querySelector(".slopes-grid") as Element).getBoundingClientRect(),
    origin,
    probe: at,
    ring: Number(root.querySelector("circle.slopes-handle-ring")?.getAttribute("r")),
    toMath: ([x, y]: Vec2): Vec2 => [(x - origin[0]) / scale, (origin[1] - y) / scale],
    toMathVector: ([dx, dy]: Vec2): Vec2 => [dx / scale, -dy / scale],
  };
}
type MapGeometry = ReturnType<typeof mapGeometry>;

/**
 * ∇L and −∇L start at the edge of the probe's ring (not under it), on the line from the
 * probe's centre along ±gradient, reach well out of the ring (by more than their head) and end
 * inside the map.
 */
function checkArrows(map: MapGeometry, gradient: Vec2) {
  const up = arrowEnds(document.querySelector(".slopes-gradient-map .slopes-gradient-ascent")!);
  const down = arrowEnds(document.querySelector(".slopes-gradient-map .slopes-gradient-descent")!);
  for (const [name, arrow, direction] of [
    ["∇L", up, gradient],
    ["−∇L", down, [-gradient[0], -gradient[1]] as Vec2],
  ] as const) {
    const start = Math.hypot(arrow.tail[0] - map.probe[0], arrow.tail[1] - map.probe[1]);
    // The ring's outer edge is its radius plus half its 3 px stroke.
    expect(start, `${name} starts out of the probe's ring`).toBeGreaterThanOrEqual(map.ring + 1.5);
    expect(start, `${name} starts at the ring's edge`).toBeLessThan(map.ring + 9);
    const out = map.toMathVector([arrow.tail[0] - map.probe[0], arrow.tail[1] - map.probe[1]]);
    expect(angle(out, direction), `${name} leaves the probe along ${direction}`).toBeLessThan(1);
    const drawn = map.toMathVector([arrow.tip[0] - arrow.tail[0], arrow.tip[1] - arrow.tail[1]]);
    expect(angle(drawn, direction), `${name} points along ${direction}`).toBeLessThan(1);
    const reach = Math.hypot(arrow.tip[0] - map.probe[0], arrow.tip[1] - map.probe[1]);
    expect(reach, `${name} reaches out of the probe's ring`).toBeGreaterThan(map.ring + 10);
    const [x, y] = arrow.tip;
    expect(
      x >= map.area.left && x <= map.area.right && y >= map.area.top && y <= map.area.bottom,
      `${name}'s tip is on the map`,
    ).toBe(true);
  }
}

/** The arrow labels cover neither each other, the probe, the contour levels nor the axes' text. */
function checkLabels() {
  const root = document.querySelector(".slopes-gradient-map") as Element;
  const labels = [
    ...root.querySelectorAll(".slopes-gradient-ascent text, .slopes-gradient-descent text"),
  ];
  expect(labels.map((l) => l.textContent)).toEqual(["−∇L", "∇L"]);
  const probe = (
    root.querySelector("circle.slopes-handle-ring") as Element
  ).getBoundingClientRect();
  const others = [
    ...[...root.querySelectorAll(".slopes-contour-label, .slopes-axis text")].map((t) => ({
      name: `"${t.textContent}"`,
      box: t.getBoundingClientRect(),
    })),
    { name: "the probe", box: probe },
  ];
  expect(others.length).toBeGreaterThan(10);
  const [first, second] = labels.map((l) => l.getBoundingClientRect()) as [DOMRect, DOMRect];
  expect(overlap(first, second), "the two arrow labels overlap").toBe(false);
  for (const label of labels) {
    const box = label.getBoundingClientRect();
    for (const other of others)
      expect(overlap(box, other.box), `${label.textContent} covers ${other.name}`).toBe(false);
  }
}

/** The arrow labels' glyphs are inside the picture: its edge (the SVG clips) cuts none off. */
function checkLabelsInPicture(map: MapGeometry) {
  for (const label of document.querySelectorAll(
    ".slopes-gradient-map .slopes-gradient-ascent text, .slopes-gradient-map .slopes-gradient-descent text",
  )) {
    const ink = inkBox(label);
    const out = Math.max(
      map.svg.left - ink.left,
      ink.right - map.svg.right,
      map.svg.top - ink.top,
      ink.bottom - map.svg.bottom,
    );
    expect(
      out,
      `${label.textContent} is cut off by the picture's edge by ${out.toFixed(1)} px`,
    ).toBeLessThanOrEqual(0.5);
  }
}

/**
 * The descent path starts at the probe, its dots stay on the map and close in on the minimum
 * at the origin, each nearer than the one before. Returns the dots' centres.
 */
function checkTrail(map: MapGeometry): Vec2[] {
  const trail = document.querySelector(".slopes-gradient-map .slopes-descent-trail") as Element;
  const path = trail.querySelector("path") as SVGPathElement;
  const start = path.getPointAtLength(0);
  const [sx, sy] = clientPoint(path, start.x, start.y);
  expect(
    Math.hypot(sx - map.probe[0], sy - map.probe[1]),
    "the path starts at the probe",
  ).toBeLessThan(1);
  const dots = [...trail.querySelectorAll("circle.slopes-point")].map(centre);
  const distance = ([x, y]: Vec2) => Math.hypot(x - map.origin[0], y - map.origin[1]);
  let previous = distance(map.probe);
  dots.forEach((dot, i) => {
    expect(
      dot[0] >= map.area.left &&
        dot[0] <= map.area.right &&
        dot[1] >= map.area.top &&
        dot[1] <= map.area.bottom,
      `dot ${i + 1} is on the map`,
    ).toBe(true);
    if (previous > 1)
      expect(distance(dot), `dot ${i + 1} is nearer the minimum`).toBeLessThan(previous);
    previous = distance(dot);
  });
  expect(previous, "the path ends at the minimum").toBeLessThan(2);
  return dots;
}

/** The legend draws each arrow as the map does: same colour, dashes and head. */
function checkLegend() {
  for (const kind of ["ascent", "descent"]) {
    const map = document.querySelector(`.slopes-gradient-map .slopes-gradient-${kind}`) as Element;
    const legend = document.querySelector(
      `.slopes-gradient-legend .slopes-gradient-${kind}`,
    ) as Element;
    for (const [part, properties] of [
      ["line", ["stroke", "strokeDasharray", "strokeWidth"]],
      ["polygon", ["fill", "stroke"]],
    ] as const) {
      const a = getComputedStyle(map.querySelector(part) as Element);
      const b = getComputedStyle(legend.querySelector(part) as Element);
      for (const property of properties)
        expect(b[property], `${kind} ${part} ${property}`).toBe(a[property]);
    }
  }
}

/** A steep valley, w1² + 10 w2², in the dark: heat map, arrow field and a zigzag descent path. */
function SteepValley() {
  return (
    <div style={{ width: 980 }}>
      <GradientExplorer
        cost="w1^2 + 10 w2^2"
        defaultProbe={[-2.5, 1.2]}
        defaultLearningRate={0.09}
        defaultShowTrajectory
        defaultShowHeatmap
        defaultShowField
        theme="dark"
      />
    </div>
  );
}

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
    const up = screen.getByRole("img", { name: /Gradient ∇L = \(0\.04, 0\.04\), pointing uphill/ });
    const down = screen.getByRole("img", { name: /Descent direction −∇L = \(−0\.04, −0\.04\)/ });
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
