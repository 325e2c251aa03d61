// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  canonicalName,
  clamp,
  decimalsOf,
  isFiniteNumber,
  niceStep,
  roundToStep,
  sigmoid,
  vec,
} from "../../src/math";

describe("number and vector helpers", () => {
  it("keeps the helpers the views use", () => {
    expect(clamp(5, 0, 1)).toBe(1);
    expect(isFiniteNumber(Number.NaN)).toBe(false);
    expect(niceStep(0.08)).toBe(0.1);
    expect(roundToStep(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(decimalsOf(0.05)).toBe(2);
    expect(vec.add([1, 2], [3, 4])).toEqual([4, 6]);
    expect(vec.length([3, 4])).toBe(5);
    expect(vec.distance([1, 1], [4, 5])).toBe(5);
  });

  it.each([
    ["w1", "w1"],
    ["w_1", "w1"],
    ["w₁", "w1"],
    ["w_{12}", "w12"],
    ["x_max", "x_max"],
  ])("canonicalName(%s) = %s", (name, canonical) => {
    expect(canonicalName(name)).toBe(canonical);
  });

  it("computes a stable sigmoid", () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(2) + sigmoid(-2)).toBeCloseTo(1, 15);
  });
});
