import { describe, expect, it } from "vitest";
import { commands, page } from "vitest/browser";
import { render, screen } from "@testing-library/react";
import { SecantExplorer } from "../../src";
import "../../src/theme/styles.css";
import { centre } from "../support/geometry";
import { expectZoomCurveClipped } from "../support/zoomClip";

function Scene(props: { h: number; method?: "forward" | "central"; fn?: string; x?: number }) {
  return (
    <main style={{ width: 960 }}>
      <SecantExplorer
        fn={props.fn ?? "x^2"}
        x={props.x ?? 1}
        h={props.h}
        method={props.method ?? "forward"}
        lazy={false}
        showFormulas={false}
      />
    </main>
  );
}

function zoomDistance(): number {
  const zoom = document.querySelector(".slopes-zoom") as Element;
  const seconds = [...zoom.querySelectorAll(".slopes-zoom-second")];
  const point = centre(zoom.querySelector(".slopes-zoom-point") as Element);
  return Math.min(
    ...seconds.map((s) => {
      const [x, y] = centre(s);
      return Math.hypot(x - point[0], y - point[1]);
    }),
  );
}

/** The angle, in degrees, between the zoom's secant and tangent as drawn. */
function zoomAngle(): number {
  const zoom = document.querySelector(".slopes-zoom") as Element;
  const angle = (selector: string) => {
    const d = zoom.querySelector(`${selector} path`)?.getAttribute("d") ?? "";
    const [x0, y0, x1, y1] = (d.match(/-?[\d.]+/g) ?? []).map(Number) as number[];
    return (
      (Math.atan2((y1 as number) - (y0 as number), (x1 as number) - (x0 as number)) * 180) / Math.PI
    );
  };
  return Math.abs(angle(".slopes-secant") - angle(".slopes-tangent"));
}

describe("The secant's zoom in Chromium", () => {
  it("keeps the second point at least 20 px from the point at h = 10⁻⁶ (and down to 10⁻¹²)", () => {
    const { rerender } = render(<Scene h={1e-6} />);
    expect(zoomDistance()).toBeGreaterThanOrEqual(20);
    for (const method of ["forward", "central"] as const) {
      for (const h of [0.5, 1e-2, 1e-6, 1e-9, 1e-12]) {
        rerender(<Scene h={h} method={method} />);
        expect(zoomDistance(), `${method}, h = ${h}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it("in the picture itself the two points merge, which is why the zoom is there", () => {
    render(<Scene h={1e-6} />);
    const picture = document.querySelector(".slopes-explorer-figure") as Element;
    const point = centre(
      picture.querySelector(".slopes-point-handle .slopes-handle-dot") as Element,
    );
    const second = centre(
      picture.querySelector(".slopes-secant-handle .slopes-handle-dot") as Element,
    );
    expect(Math.hypot(second[0] - point[0], second[1] - point[1])).toBeLessThan(1);
  });

  it("shows the secant turning onto the tangent as h shrinks, with its scale", () => {
    const { rerender } = render(<Scene h={0.5} />);
    const angles: number[] = [];
    const captions: string[] = [];
    for (const h of [0.5, 0.1, 0.01, 1e-3]) {
      rerender(<Scene h={h} />);
      angles.push(zoomAngle());
      captions.push(document.querySelector(".slopes-zoom figcaption")?.textContent ?? "");
    }
    // x² at 1: the secant's slope is 2 + h, so the angle between the lines falls with h.
    for (let i = 1; i < angles.length; i++) expect(angles[i]).toBeLessThan(angles[i - 1] as number);
    expect(angles[0]).toBeGreaterThan(3);
    expect(captions[3]).toMatch(/times narrower/);
    expect(new Set(captions).size).toBeGreaterThan(2);
  });
});

/** Client-pixel distance from `point` to the nearest drawn point of the zoom's curve. */
function distanceToZoomCurve(point: readonly [number, number]): number {
  let best = Infinity;
  for (const path of document.querySelectorAll<SVGPathElement>(".slopes-zoom-curve path")) {
    const matrix = path.getScreenCTM() as DOMMatrix;
    const length = path.getTotalLength();
    for (let i = 0; i <= 4000; i++) {
      const local = path.getPointAtLength((length * i) / 4000);
      const screen = new DOMPoint(local.x, local.y).matrixTransform(matrix);
      best = Math.min(best, Math.hypot(screen.x - point[0], screen.y - point[1]));
    }
  }
  return best;
}

describe("The zoom's curve during a move", () => {
  it("is written once per sample window and placed by a transform, through the point", () => {
    const { rerender } = render(<Scene h={0.01} fn="sin(3x)" />);
    const zoomCurve = () => document.querySelector(".slopes-zoom-curve path") as SVGPathElement;
    const paths = new Set<string>();
    const transforms = new Set<string>();
    for (let step = 0; step <= 20; step++) {
      rerender(<Scene h={0.01} fn="sin(3x)" x={1 + step * 0.002} />);
      paths.add(zoomCurve().getAttribute("d") ?? "");
      transforms.add(zoomCurve().parentElement?.getAttribute("transform") ?? "");
      // Drawn where the curve is: through the zoom's point and its secant's second point.
      const dot = centre(document.querySelector(".slopes-zoom-point") as Element);
      if (step % 4 !== 0) continue;
      expect(distanceToZoomCurve(dot), `step ${step}`).toBeLessThan(1);
      for (const second of document.querySelectorAll(".slopes-zoom .slopes-zoom-second")) {
        expect(distanceToZoomCurve(centre(second)), `step ${step}`).toBeLessThan(1);
      }
    }
    // 21 positions: the transform follows each one, the path is rewritten only a few times.
    expect(transforms.size).toBe(21);
    expect(paths.size).toBeLessThanOrEqual(4);
    // And the stroke keeps its width however the frame is scaled.
    expect(getComputedStyle(zoomCurve()).vectorEffect).toBe("non-scaling-stroke");
  });

  it("stays on the curve at h = 10⁻⁹ and 10⁻¹², windows a billion times narrower and more", () => {
    const { rerender } = render(<Scene h={1e-9} fn="sin(3x)" />);
    for (const h of [1e-9, 1e-12]) {
      rerender(<Scene h={h} fn="sin(3x)" />);
      const dot = centre(document.querySelector(".slopes-zoom-point") as Element);
      expect(distanceToZoomCurve(dot), `h = ${h}`).toBeLessThan(1);
    }
  });

  it("is clipped to the inset, though it runs several insets long", () => {
    render(<Scene h={0.01} fn="sin(3x)" />);
    expectZoomCurveClipped(document);
  });
});

describe("The secant's second point", () => {
  it("is dragged along the curve by a real pointer and sets h", async () => {
    render(
      <main style={{ width: 960 }}>
        <SecantExplorer fn="x^2" defaultX={0} defaultH={1} lazy={false} showFormulas={false} />
      </main>,
    );
    const gap = screen.getByRole("slider", { name: "Gap h" });
    expect(gap).toHaveAttribute("aria-valuetext", "h = 1");
    const second = screen.getByRole("slider", { name: "Second point of the secant" });
    expect(second.getAttribute("aria-valuetext")).toBe("x + h = 1, h = 1");
    // Drag it left by about a quarter of a unit.
    const dot = document.querySelector(".slopes-secant-handle .slopes-handle-dot") as Element;
    const before = centre(dot);
    const plot = (
      document.querySelector(".slopes-explorer-figure svg") as Element
    ).getBoundingClientRect();
    await commands.realDrag(".slopes-secant-handle", -plot.width / 24, 0, { steps: 8 });
    const h = Number(/h = ([\d.]+)/.exec(gap.getAttribute("aria-valuetext") ?? "")?.[1]);
    expect(h).toBeGreaterThan(0.5);
    expect(h).toBeLessThan(0.95);
    expect(centre(dot)[0]).toBeLessThan(before[0] - 10);
    // The point itself did not move.
    expect(screen.getByRole("slider", { name: "Point on the curve" })).toHaveAttribute(
      "aria-valuenow",
      "0",
    );
  });

  it("tells a first-time reader the point can be dragged, until it is moved", async () => {
    render(
      <main style={{ width: 960 }}>
        <SecantExplorer fn="x^2" defaultX={1} lazy={false} showFormulas={false} />
      </main>,
    );
    expect(document.querySelector(".slopes-drag-hint")?.textContent).toBe("↔ drag");
    await commands.realDrag(".slopes-point-handle", -40, 0, { steps: 4 });
    expect(document.querySelector(".slopes-drag-hint")).toBeNull();
  });
});

describe("The point's handle looks movable (#12)", () => {
  it("has its own colour, not the curve's, and a halo that grows while it is dragged", async () => {
    render(
      <main style={{ width: 960 }}>
        <SecantExplorer fn="x^2" defaultX={1} lazy={false} showFormulas={false} />
      </main>,
    );
    const dot = document.querySelector(".slopes-point-handle .slopes-handle-dot") as Element;
    const curve = document.querySelector(".slopes-explorer-figure .slopes-curve") as Element;
    expect(getComputedStyle(dot).fill).not.toBe(getComputedStyle(curve).stroke);
    const halo = document.querySelector(".slopes-point-handle .slopes-handle-halo") as Element;
    const before = halo.getBoundingClientRect().width;
    expect(before).toBeGreaterThan(2 * 7);
    await commands.realDrag(".slopes-point-handle", -20, 0, { steps: 4, release: false });
    try {
      await expect.poll(() => halo.getBoundingClientRect().width).toBeGreaterThan(before * 1.2);
    } finally {
      await commands.realMouseUp();
    }
  });
});

describe("The second point on a phone (#12)", () => {
  it("is seen and can be dragged by a finger at the defaults, 390 px wide", async () => {
    await page.viewport(390, 844);
    try {
      render(<SecantExplorer fn="x^2" defaultX={1} lazy={false} showFormulas={false} />);
      const dot = document.querySelector(".slopes-secant-handle .slopes-handle-dot") as Element;
      expect(Number(getComputedStyle(dot).opacity)).toBeGreaterThan(0.5);
      const gap = screen.getByRole("slider", { name: "Gap h" });
      expect(gap).toHaveAttribute("aria-valuetext", "h = 0.5");
      await commands.realTouchDrag(".slopes-secant-handle", 25, 0, 6);
      const h = Number(/h = ([\d.]+)/.exec(gap.getAttribute("aria-valuetext") ?? "")?.[1]);
      expect(h).toBeGreaterThan(0.55);
      expect(screen.getByRole("slider", { name: "Point on the curve" })).toHaveAttribute(
        "aria-valuenow",
        "1",
      );
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
