import { describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { Arrow, Curve, Handle, Plane, Tex } from "../../src";
import type { Point } from "../support/geometry";
import { clientPoint, inkBox, within } from "../support/geometry";

async function violations(root: Element) {
  const result = await axe.run(root, { resultTypes: ["violations"] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

function Scene({ theme }: { theme?: "light" | "dark" }) {
  return (
    <main>
      <h1>Primitives</h1>
      <Plane domain={{ x: [-3, 3], y: [-1, 9] }} title="A parabola and its tangent" theme={theme}>
        <Curve
          segments={[
            [
              [-3, 9],
              [0, 0],
              [3, 9],
            ],
          ]}
          label="curve"
        />
        <Arrow from={[1, 1]} to={[2, 3]} label="tangent direction" />
        <Handle value={[1, 1]} axes="x" label="Point on the curve" onValueChange={() => {}} />
        <Handle value={[-1, 4]} label="Free point" onValueChange={() => {}} />
      </Plane>
      <p>
        Slope: <Tex tex="f'(x) = 2x" />
      </p>
    </main>
  );
}

describe("primitives in Chromium", () => {
  it("have no axe violations, light and dark", async () => {
    const { container, unmount } = render(<Scene theme="light" />);
    expect(await violations(container)).toEqual([]);
    unmount();
    const dark = render(<Scene theme="dark" />);
    expect(await violations(dark.container)).toEqual([]);
  });

  it("fill the container width and follow it when it resizes", async () => {
    const { container } = render(
      <div style={{ width: 500 }} data-testid="box">
        <Plane domain={{ x: [0, 1], y: [0, 1] }} title="Resizable" />
      </div>,
    );
    const svg = screen.getByRole("group", { name: "Resizable" });
    await waitFor(() => expect(svg.getBoundingClientRect().width).toBe(500));
    expect(svg.getBoundingClientRect().height).toBe(375);
    (container.firstChild as HTMLElement).style.width = "300px";
    await waitFor(() => expect(svg.getBoundingClientRect().width).toBe(300));
    expect(svg.getBoundingClientRect().height).toBe(225);
  });

  it("draw axis numbers inside the figure and never overlap the tick labels", () => {
    render(<Plane domain={{ x: [-3, 3], y: [-1, 9] }} width={480} height={360} title="Ticks" />);
    const labels = [...document.querySelectorAll(".slopes-axis text")] as SVGTextElement[];
    expect(labels.length).toBeGreaterThan(6);
    const boxes = labels.map((t) => t.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as DOMRect;
        const b = boxes[j] as DOMRect;
        const overlap =
          a.left < b.right - 1 &&
          b.left < a.right - 1 &&
          a.top < b.bottom - 1 &&
          b.top < a.bottom - 1;
        expect(overlap, `${labels[i]?.textContent} overlaps ${labels[j]?.textContent}`).toBe(false);
      }
    }
  });

  it("load KaTeX's own fonts for formulas", async () => {
    render(<Tex tex={"\\int_0^1 x^2\\,dx = \\frac{1}{3}"} display />);
    const mathItalic = document.querySelector(".katex .mathnormal") as Element;
    expect(getComputedStyle(mathItalic).fontFamily).toContain("KaTeX_Math");
    const loaded = () =>
      [...document.fonts]
        .filter((face) => face.status === "loaded")
        .map((face) => face.family.replace(/"/g, ""));
    await waitFor(
      () => expect(loaded()).toEqual(expect.arrayContaining(["KaTeX_Main", "KaTeX_Math"])),
      {
        timeout: 5000,
      },
    );
    const failed = [...document.fonts].filter((face) => face.status === "error");
    expect(failed.map((face) => face.family)).toEqual([]);
  });

  it("keep a long display formula inside its column (it scrolls instead of overflowing)", () => {
    const long = Array.from({ length: 60 }, (_, i) => `x_{${i}}`).join(" + ");
    render(
      <div style={{ width: 300 }}>
        <Tex tex={long} display />
      </div>,
    );
    const block = document.querySelector(".slopes-tex") as HTMLElement;
    expect(block.getBoundingClientRect().width).toBeLessThanOrEqual(300);
    expect(block.scrollWidth).toBeGreaterThan(300);
  });

  it("write an arrow's label past its tip, clear of its shaft and head, whichever way it points", () => {
    const directions = Array.from({ length: 24 }, (_, i) => (i * Math.PI) / 12);
    render(
      <Plane domain={{ x: [-3, 3], y: [-3, 3] }} width={480} height={480} title="Arrows">
        {directions.map((t, i) => (
          <Arrow key={i} from={[0, 0]} to={[2 * Math.cos(t), 2 * Math.sin(t)]} label="slope 2" />
        ))}
      </Plane>,
    );
    const arrows = [...document.querySelectorAll(".slopes-arrow")];
    expect(arrows).toHaveLength(directions.length);
    arrows.forEach((arrow, i) => {
      const where = `the arrow at ${i * 15}°`;
      const line = arrow.querySelector("line") as SVGLineElement;
      const polygon = arrow.querySelector("polygon") as SVGPolygonElement;
      const head = [...polygon.points].map((p) => clientPoint(polygon, p.x, p.y));
      const tail = clientPoint(line, line.x1.baseVal.value, line.y1.baseVal.value);
      const base = clientPoint(line, line.x2.baseVal.value, line.y2.baseVal.value);
      const tip = head[0] as Point;
      const along = (a: Point, b: Point, n: number): Point[] =>
        Array.from({ length: n + 1 }, (_, k) => [
          a[0] + ((b[0] - a[0]) * k) / n,
          a[1] + ((b[1] - a[1]) * k) / n,
        ]);
      // The shaft, and the outline of the head.
      const drawn = [
        ...along(tail, base, 40),
        ...head.flatMap((p, k) => along(p, head[(k + 1) % head.length] as Point, 10)),
      ];
      const label = inkBox(arrow.querySelector("text") as Element);
      expect(label.width, where).toBeGreaterThan(20);
      expect(
        drawn.find((p) => within(p, label, 0)),
        `the label covers ${where}`,
      ).toBeUndefined();
      // Past the tip, and near it: the label's nearest point to the tail is no nearer than the
      // tip, and its centre is within a label's width of the tip.
      const nearest: Point = [
        Math.max(label.left, Math.min(tail[0], label.right)),
        Math.max(label.top, Math.min(tail[1], label.bottom)),
      ];
      const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
      expect(distance(nearest, tail), `past the tip of ${where}`).toBeGreaterThan(
        distance(tip, tail) - 2,
      );
      const middle: Point = [label.left + label.width / 2, label.top + label.height / 2];
      expect(distance(middle, tip), `near the tip of ${where}`).toBeLessThan(label.width);
    });
  });
});
