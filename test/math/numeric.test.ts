// @vitest-environment node
import { describe, expect, it } from "vitest";
import { numericDerivative, secantSlope } from "../../src/math";

const square = (x: number): number => x * x;

describe("secantSlope", () => {
  it("is (f(x+h) - f(x))/h, 2x + h for x²", () => {
    expect(secantSlope(square, 1, 0.5)).toBeCloseTo(2.5, 14);
    expect(secantSlope(square, 1, -0.5)).toBeCloseTo(1.5, 14);
    expect(secantSlope(square, -1, 0.1)).toBeCloseTo(-1.9, 14);
  });
  it("is NaN for h = 0 or where f is undefined", () => {
    expect(secantSlope(square, 1, 0)).toBeNaN();
    expect(secantSlope(Math.log, -1, 0.5)).toBeNaN();
    expect(secantSlope(square, 1, Number.NaN)).toBeNaN();
  });
  it("approaches the tangent as h shrinks (the limit made visible)", () => {
    const gaps = [1, 0.1, 0.01, 0.001].map((h) => Math.abs(secantSlope(square, 1, h) - 2));
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeLessThan(gaps[i - 1]!);
  });
});

describe("numericDerivative", () => {
  it.each([
    ["forward", 1e-6],
    ["central", 1e-9],
    ["richardson", 1e-11],
  ] as const)("%s is accurate to %d on sin and reports an honest error", (method, tolerance) => {
    for (const x of [-2, 0, 0.5, 3]) {
      const result = numericDerivative(Math.sin, x, { method });
      expect(result.method).toBe(method);
      expect(Math.abs(result.value - Math.cos(x))).toBeLessThan(tolerance);
      expect(result.error).toBeGreaterThan(0);
      expect(Math.abs(result.value - Math.cos(x))).toBeLessThanOrEqual(result.error * 10 + 1e-15);
    }
  });
  it("defaults to central and accepts a step", () => {
    expect(numericDerivative(square, 3).method).toBe("central");
    expect(numericDerivative(square, 3, { method: "forward", h: 0.5 }).value).toBeCloseTo(6.5, 12);
    expect(numericDerivative(square, 3, { h: 0.5 }).value).toBeCloseTo(6, 12);
  });
  it("gives NaN with an infinite error where f is undefined", () => {
    for (const method of ["forward", "central", "richardson"] as const) {
      const r = numericDerivative(Math.log, -1, { method });
      expect(r.value).toBeNaN();
      expect(r.error).toBe(Infinity);
    }
  });
});
