// Geometry of the gradient map as Chromium lays it out, for the browser tests that check what
// its pictures show (GradientExplorer.test.tsx, gradient-arrows.test.tsx).
import { expect } from "vitest";
import type { Vec2 } from "../../src";
import { GradientExplorer } from "../../src";
import { centre, clientPoint, inkBox, overlap } from "../support/geometry";

/** Tail (line start) and tip (first point of the head) of an `Arrow`, in client pixels. */
export function arrowEnds(arrow: Element): { tail: Vec2; tip: Vec2 } {
  const line = arrow.querySelector("line") as SVGLineElement;
  const polygon = arrow.querySelector("polygon") as SVGPolygonElement;
  const [tx, ty] = (polygon.getAttribute("points") as string).split(" ")[0]?.split(",") ?? [];
  return {
    tail: clientPoint(line, line.x1.baseVal.value, line.y1.baseVal.value),
    tip: clientPoint(polygon, Number(tx), Number(ty)),
  };
}

/** Angle in degrees between two vectors. */
export function angle(a: Vec2, b: Vec2): number {
  const cos = (a[0] * b[0] + a[1] * b[1]) / (Math.hypot(...a) * Math.hypot(...b));
  return (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
}

/**
 * The map's plot area, origin and scale, from the axes (they cross at the origin) and the
 * probe (at `probe` in math coordinates). Checks that both axes share one scale.
 */
export function mapGeometry(probe: Vec2) {
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
export type MapGeometry = ReturnType<typeof mapGeometry>;

/**
 * ∇L and −∇L start at the edge of the probe's ring (not under it), on the line from the
 * probe's centre along ±gradient, reach well out of the ring (by more than their head) and end
 * inside the map.
 */
export function checkArrows(map: MapGeometry, gradient: Vec2) {
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
export function checkLabels() {
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
export function checkLabelsInPicture(map: MapGeometry) {
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
export function checkTrail(map: MapGeometry): Vec2[] {
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
export function checkLegend() {
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
export function SteepValley() {
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
