// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { Vec2 } from "../../src/math";
import { sampleCurve } from "../../src/math";

const count = (segments: Vec2[][]): number => segments.reduce((n, s) => n + s.length, 0);
const allFinite = (segments: Vec2[][]): boolean =>
  segments.every((s) => s.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y)));

describe("sampleCurve", () => {
  it("needs 2 points for a line and more where the curve bends", () => {
    expect(sampleCurve((x) => 2 * x + 1, [-2, 2])).toEqual([
      [
        [-2, -3],
        [2, 5],
      ],
    ]);
    const parabola = sampleCurve((x) => x * x, [-2, 2]);
    expect(parabola).toHaveLength(1);
    expect(count(parabola)).toBeGreaterThan(10);
    expect(count(parabola)).toBeLessThan(200);
  });

  it("stays within the pixel tolerance of the curve", () => {
    const [points] = sampleCurve(Math.sin, [-5, 5], {
      size: [600, 400],
      yDomain: [-1.2, 1.2],
      tolerance: 0.5,
    });
    const pxX = 600 / 10;
    const pxY = 400 / 2.4;
    for (let i = 1; i < points!.length; i++) {
      const [x0, y0] = points![i - 1]!;
      const [x1, y1] = points![i]!;
      for (const t of [0.25, 0.5, 0.75]) {
        const x = x0 + t * (x1 - x0);
        expect(Math.abs(y0 + t * (y1 - y0) - Math.sin(x)) * pxY).toBeLessThan(1.5);
      }
      expect((x1 - x0) * pxX).toBeGreaterThan(0);
    }
  });

  it("splits 1/x on [-2, 2] into two pieces with no line across the pole", () => {
    const pieces = sampleCurve((x) => 1 / x, [-2, 2]);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]!.every(([x]) => x < 0)).toBe(true);
    expect(pieces[1]!.every(([x]) => x > 0)).toBe(true);
    expect(allFinite(pieces)).toBe(true);
  });

  it("splits tan on [-5, 5] at its four poles (five pieces)", () => {
    const pieces = sampleCurve(Math.tan, [-5, 5]);
    expect(pieces).toHaveLength(5);
    const poles = [(-3 * Math.PI) / 2, -Math.PI / 2, Math.PI / 2, (3 * Math.PI) / 2];
    for (const [x] of pieces.flat())
      for (const pole of poles) expect(Math.abs(x - pole)).toBeGreaterThan(1e-6);
  });

  it("starts ln on [-1, 3] at the edge of its domain, in one piece", () => {
    const pieces = sampleCurve(Math.log, [-1, 3]);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]![0]![0]).toBeGreaterThan(0);
    expect(pieces[0]![0]![0]).toBeLessThan(1e-3);
    expect(allFinite(pieces)).toBe(true);
  });

  it("draws floor without vertical risers", () => {
    const pieces = sampleCurve(Math.floor, [-2.5, 2.5]);
    expect(pieces).toHaveLength(6);
    for (const piece of pieces) expect(new Set(piece.map(([, y]) => y)).size).toBe(1);
  });

  it("bounds the work on sin(1/x)", () => {
    const pieces = sampleCurve((x) => Math.sin(1 / x), [-1, 1], { maxPoints: 1500 });
    expect(count(pieces)).toBeLessThanOrEqual(1500);
    expect(allFinite(pieces)).toBe(true);
  });

  it("returns nothing for an empty domain or a function defined nowhere", () => {
    expect(sampleCurve((x) => x, [1, 1])).toEqual([]);
    expect(sampleCurve((x) => x, [Number.NaN, 1])).toEqual([]);
    expect(sampleCurve(() => Number.NaN, [0, 1])).toEqual([]);
    expect(sampleCurve((x) => Math.sqrt(-1 - x * x), [-1, 1])).toEqual([]);
  });

  it("clamps values far off screen and never returns NaN", () => {
    const pieces = sampleCurve((x) => 1 / (x * x), [-1, 1], { yDomain: [0, 10] });
    expect(allFinite(pieces)).toBe(true);
    expect(Math.max(...pieces.flat().map(([, y]) => y))).toBeLessThanOrEqual(110);
  });
});
