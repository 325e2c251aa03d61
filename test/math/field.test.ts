// @vitest-environment node
import { describe, expect, it } from "vitest";
import { compileGradient, contourLines, descentPath, format, gradient } from "../../src/math";

const bowl = (x: number, y: number): number => x * x + 2 * y * y;

describe("gradient", () => {
  it("gives ∇(w1² + 2w2²) = (2w1, 4w2), (2, 4) at (1, 1)", () => {
    expect(gradient("w1^2 + 2w2^2", ["w1", "w2"]).map(format)).toEqual(["2w1", "4w2"]);
    expect(compileGradient("w1^2 + 2w2^2", ["w1", "w2"])(1, 1)).toEqual([2, 4]);
    expect(compileGradient("w1^2 + 2w2^2", ["w1", "w2"])(0, 0)).toEqual([0, 0]);
    expect(compileGradient("a*w^2", ["w"], { a: 3 })(2)).toEqual([12]);
  });
});

describe("contourLines", () => {
  it("returns level curves in math coordinates, on their level", () => {
    const levels = contourLines(
      bowl,
      [
        [-2, 2],
        [-2, 2],
      ],
      { resolution: 41, thresholds: [0.5, 1, 2, 4] },
    );
    expect(levels.map((l) => l.level)).toEqual([0.5, 1, 2, 4]);
    for (const { level, lines } of levels) {
      expect(lines).toHaveLength(1);
      const line = lines[0]!;
      expect(line[0]).toEqual(line[line.length - 1]);
      for (const [x, y] of line) expect(Math.abs(bowl(x, y) - level)).toBeLessThan(0.02);
    }
  });

  it("cuts lines at the border instead of drawing the border", () => {
    const [level] = contourLines(
      bowl,
      [
        [-2, 2],
        [-2, 2],
      ],
      { resolution: 41, thresholds: [8] },
    );
    expect(level!.lines).toHaveLength(2);
    for (const line of level!.lines)
      for (const [x, y] of line) expect(Math.abs(bowl(x, y) - 8)).toBeLessThan(0.05);
  });

  it("chooses nice levels from a count and survives NaN and rectangular grids", () => {
    const levels = contourLines(
      bowl,
      [
        [-2, 2],
        [-1, 1],
      ],
      { resolution: [30, 20], thresholds: 5 },
    );
    expect(levels.length).toBeGreaterThan(2);
    const holes = contourLines(
      (x, y) => Math.log(x * y),
      [
        [-1, 1],
        [-1, 1],
      ],
    );
    expect(
      holes
        .flatMap((l) => l.lines.flat())
        .every(([x, y]) => Number.isFinite(x) && Number.isFinite(y)),
    ).toBe(true);
    expect(
      contourLines(
        () => Number.NaN,
        [
          [0, 1],
          [0, 1],
        ],
      ),
    ).toEqual([]);
  });
});

describe("descentPath", () => {
  it("walks downhill to the bottom of the bowl", () => {
    const result = descentPath("w1^2 + 2w2^2", [1, 1], { learningRate: 0.1, steps: 200 });
    expect(result.status).toBe("converged");
    expect(result.diverged).toBe(false);
    expect(result.points[1]).toEqual([0.8, 0.6]);
    for (let i = 1; i < result.values.length; i++)
      expect(result.values[i]!).toBeLessThanOrEqual(result.values[i - 1]!);
    expect(Math.hypot(...result.points.at(-1)!)).toBeLessThan(1e-5);
  });

  it("stops and flags divergence when the step is too large", () => {
    const result = descentPath("w1^2 + 2w2^2", [1, 1], { learningRate: 0.6, steps: 1000 });
    expect(result.status).toBe("diverged");
    expect(result.diverged).toBe(true);
    expect(result.points.length).toBeLessThan(20);
    expect(result.points.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });

  it("accepts a plain function, stops at max steps, and at the bounds", () => {
    expect(descentPath(bowl, [1, 1], { steps: 3 })).toMatchObject({ status: "max-steps" });
    expect(descentPath(bowl, [1, 1], { steps: 3 }).points).toHaveLength(4);
    const out = descentPath((x, y) => -x - y, [0, 0], {
      bounds: [
        [-1, 1],
        [-1, 1],
      ],
      learningRate: 0.5,
    });
    expect(out.status).toBe("out-of-bounds");
    expect(descentPath("ln(x) + y", [-1, 0]).status).toBe("undefined");
  });
});

describe("descentPath with the caller's gradient", () => {
  it("walks the same path as with the gradient it would compile itself", () => {
    const cost = "w1^2 + 3w2^2 + w1*w2";
    const exact = compileGradient(cost, ["w1", "w2"]);
    const own = descentPath(cost, [2, -1], { variables: ["w1", "w2"], learningRate: 0.1 });
    const given = descentPath(cost, [2, -1], {
      variables: ["w1", "w2"],
      learningRate: 0.1,
      gradient: (x, y) => exact(x, y) as unknown as readonly [number, number],
    });
    expect(given).toEqual(own);
  });

  it("uses the gradient it is given, for a formula or a function", () => {
    const zero = () => [0, 0] as const;
    expect(descentPath("w1^2 + w2^2", [1, 1], { gradient: zero }).status).toBe("converged");
    expect(descentPath((x, y) => x * x + y * y, [1, 1], { gradient: zero }).status).toBe(
      "converged",
    );
  });
});
