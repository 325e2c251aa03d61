import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { line } from "d3-shape";
import { polylinePath } from "../../src/views/pixels";

const pixel = fc.double({ min: -1e5, max: 1e5, noNaN: true, noDefaultInfinity: true });

describe("polylinePath against d3-shape's line (what visx's LinePath drew)", () => {
  it("writes the same d for any polyline, one point and none included", () => {
    const d3 = line<readonly [number, number]>();
    fc.assert(
      fc.property(fc.array(fc.tuple(pixel, pixel), { maxLength: 40 }), (points) => {
        expect(polylinePath(points)).toBe(d3(points) ?? "");
      }),
    );
  });

  it("rounds to 3 decimals and closes a single point", () => {
    expect(polylinePath([[1.23456, -0.0004]])).toBe("M1.235,0Z");
    expect(polylinePath([])).toBe("");
  });
});
