import { describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { Arrow, Curve, Handle, Plane, Tex } from "../../src";

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
});
