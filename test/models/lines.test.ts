// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { autoYRange, clipLine } from "../../src/models/lines";
import { checkExpression } from "../../src/models/expression";

const box = { x: [-3, 3], y: [-1, 9] } as const;

describe("clipLine", () => {
  it("clips a horizontal line to the window's width", () => {
    expect(clipLine([0, 2], 0, box)).toEqual([
      [-3, 2],
      [3, 2],
    ]);
  });
  it("cuts a steep line where it leaves the window vertically", () => {
    const line = clipLine([1, 1], 100, box);
    expect(line?.[0][1]).toBeCloseTo(-1, 9);
    expect(line?.[1][1]).toBeCloseTo(9, 9);
  });
  it("returns null for a line that misses the window or for non-finite input", () => {
    expect(clipLine([0, 20], 0, box)).toBeNull();
    expect(clipLine([0, Number.NaN], 1, box)).toBeNull();
    expect(clipLine([0, 0], Infinity, box)).toBeNull();
  });
  it("keeps both ends in the window and on the line (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 20, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (x0, y0, m) => {
          const line = clipLine([x0, y0], m, box);
          for (const [x, y] of line ?? []) {
            expect(x).toBeGreaterThanOrEqual(-3 - 1e-9);
            expect(x).toBeLessThanOrEqual(3 + 1e-9);
            expect(y).toBeGreaterThanOrEqual(-1 - 1e-6);
            expect(y).toBeLessThanOrEqual(9 + 1e-6);
            expect(y - y0).toBeCloseTo(m * (x - x0), 3);
          }
        },
      ),
    );
  });
});

describe("autoYRange", () => {
  it("frames a parabola from its bottom to its top, with padding", () => {
    const [lo, hi] = autoYRange((x) => x * x, [-3, 3]);
    expect(lo).toBeLessThan(0);
    expect(lo).toBeGreaterThan(-1);
    expect(hi).toBeGreaterThan(9);
    expect(hi).toBeLessThan(10);
  });
  it("ignores the spike of a pole", () => {
    const [lo, hi] = autoYRange((x) => 1 / x, [-2, 2]);
    expect(hi).toBeLessThan(60);
    expect(lo).toBeGreaterThan(-60);
  });
  it("falls back to [−1, 1] where nothing is finite, and widens a constant", () => {
    expect(autoYRange(() => Number.NaN, [0, 1])).toEqual([-1, 1]);
    const [lo, hi] = autoYRange(() => 5, [0, 1]);
    expect(lo).toBeLessThan(5);
    expect(hi).toBeGreaterThan(5);
  });
});

describe("checkExpression", () => {
  it("accepts a formula in the allowed variables", () => {
    const check = checkExpression("w1^2 + 2 w2^2", ["w1", "w2"]);
    expect(check.ok).toBe(true);
  });
  it("points at the characters of a parse error", () => {
    const check = checkExpression("3 * (x + 1", ["x"]);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem.message).toMatch(/Missing '\)'/);
  });
  it("spans the whole input when a foreign variable cannot be located", () => {
    const check = checkExpression("x + y_1", ["x"]);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problem.message).toMatch(/also uses y1/);
      expect([check.problem.start, check.problem.end]).toEqual([0, 7]);
    }
  });
});
