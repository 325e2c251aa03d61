// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clamp, decimalsOf, niceStep, roundToStep } from "../../src/math/number";

describe("number helpers", () => {
  it.each([
    [0.08, 0.1],
    [0.3, 0.2],
    [0.04, 0.05],
    [7, 5],
    [8, 10],
    [0.012, 0.01],
    [0, 1],
    [Number.NaN, 1],
  ])("niceStep(%d) = %d", (raw, nice) => {
    expect(niceStep(raw)).toBeCloseTo(nice, 12);
  });
  it.each([
    [0.1 + 0.2, 0.1, 0.3],
    [1.37, 0.1, 1.4],
    [1.37, 0.05, 1.35],
    [-2.5, 1, -2],
    [7, 5, 5],
  ])("roundToStep(%d, %d) = %d", (value, step, expected) => {
    expect(roundToStep(value, step)).toBe(expected);
  });
  it("decimalsOf counts the digits a step needs", () => {
    expect([
      decimalsOf(1),
      decimalsOf(0.1),
      decimalsOf(0.05),
      decimalsOf(0.001),
      decimalsOf(10),
    ]).toEqual([0, 1, 2, 3, 0]);
  });
  it("clamp keeps values inside and NaN visible", () => {
    expect(clamp(5, 0, 3)).toBe(3);
    expect(clamp(-5, 0, 3)).toBe(0);
    expect(clamp(Number.NaN, 0, 3)).toBeNaN();
  });
  it("roundToStep lands within half a step and prints without binary noise (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.constantFrom(1, 0.5, 0.1, 0.05, 0.01, 0.001),
        (value, step) => {
          const rounded = roundToStep(value, step);
          expect(Math.abs(rounded - value)).toBeLessThanOrEqual(step / 2 + 1e-9);
          expect(String(rounded).replace(/^-/, "").split(".")[1]?.length ?? 0).toBeLessThanOrEqual(
            decimalsOf(step),
          );
        },
      ),
    );
  });
});
