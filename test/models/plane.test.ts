// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { axisPosition, domainProblem, drawable, fitAspect } from "../../src/models/plane";
import { finiteRuns } from "../../src/models/polyline";

describe("domainProblem", () => {
  it("accepts an ordinary window", () => {
    expect(domainProblem({ x: [-3, 3], y: [-1, 9] })).toBeNull();
  });
  it.each([
    [
      { x: [1, 1], y: [0, 1] },
      { kind: "empty", axis: "x", min: 1, max: 1 },
    ],
    [
      { x: [0, 1], y: [2, -2] },
      { kind: "inverted", axis: "y", min: 2, max: -2 },
    ],
    [
      { x: [0, Number.NaN], y: [0, 1] },
      { kind: "not-finite", axis: "x" },
    ],
    [
      { x: [0, 1], y: [-Infinity, 1] },
      { kind: "not-finite", axis: "y" },
    ],
    [
      { x: [-1e308, 1e308], y: [0, 1] },
      { kind: "not-finite", axis: "x" },
    ],
    [
      { x: [0, 1], y: [-Number.MAX_VALUE, Number.MAX_VALUE] },
      { kind: "not-finite", axis: "y" },
    ],
  ] as const)("%o is refused as %o", (domain, problem) => {
    expect(domainProblem(domain)).toEqual(problem);
  });
  it("refuses a malformed object instead of throwing", () => {
    expect(domainProblem({ x: [0, 1] } as never)).toEqual({ kind: "not-finite", axis: "y" });
  });
});

describe("fitAspect", () => {
  it("widens the short side so units match, keeping the centre", () => {
    const fitted = fitAspect({ x: [-2, 2], y: [-2, 2] }, 400, 200);
    expect(fitted.x).toEqual([-4, 4]);
    expect(fitted.y).toEqual([-2, 2]);
  });
  it("gives equal units per pixel and contains the original window (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer({ min: 10, max: 2000 }),
        fc.integer({ min: 10, max: 2000 }),
        (x0, dx, y0, dy, w, h) => {
          const out = fitAspect({ x: [x0, x0 + dx], y: [y0, y0 + dy] }, w, h);
          const ux = (out.x[1] - out.x[0]) / w;
          const uy = (out.y[1] - out.y[0]) / h;
          expect(ux).toBeCloseTo(uy, 9);
          expect(out.x[0]).toBeLessThanOrEqual(x0 + 1e-9);
          expect(out.y[1]).toBeGreaterThanOrEqual(y0 + dy - 1e-9);
        },
      ),
    );
  });
});

describe("axisPosition and drawable", () => {
  it("puts an axis at zero when zero is in view, else at the low end", () => {
    expect(axisPosition([-1, 9])).toBe(0);
    expect(axisPosition([2, 5])).toBe(2);
    expect(axisPosition([-5, -2])).toBe(-5);
  });
  it("pulls infinities to the edge and refuses NaN", () => {
    expect(drawable(Infinity, [-3, 3])).toBe(3);
    expect(drawable(-Infinity, [-3, 3])).toBe(-3);
    expect(drawable(Number.NaN, [-3, 3])).toBeNull();
    expect(drawable(1.5, [-3, 3])).toBe(1.5);
  });
});

describe("finiteRuns", () => {
  it("cuts a polyline at non-finite points and drops single points", () => {
    const runs = finiteRuns([
      [
        [0, 0],
        [1, 1],
        [2, Number.NaN],
        [3, 3],
        [4, Infinity],
        [5, 5],
        [6, 6],
      ],
    ]);
    expect(runs).toEqual([
      [
        [0, 0],
        [1, 1],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ]);
  });
  it("never lets a non-finite number through (property)", () => {
    const coordinate = fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(Infinity));
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(coordinate, coordinate))), (lines) => {
        for (const run of finiteRuns(lines)) {
          expect(run.length).toBeGreaterThan(1);
          for (const [x, y] of run) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
        }
      }),
    );
  });
});
