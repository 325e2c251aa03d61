import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scaleLinear } from "d3-scale";
import { linearScale } from "../../src/views/linearScale";

/** A finite number of a plane's window or size. */
const end = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

/** The result, or the error's name: ticks of a subnormal window throw in both (d3-array's). */
function attempt<T>(run: () => T): T | string {
  try {
    return run();
  } catch (error) {
    return (error as Error).name;
  }
}

describe("linearScale against d3-scale's scaleLinear (the oracle it replaces)", () => {
  it("maps, inverts and ticks to the same numbers, bit for bit", () => {
    fc.assert(
      fc.property(
        end,
        end,
        end,
        end,
        end,
        fc.integer({ min: 1, max: 20 }),
        (d0, d1, r0, r1, x, n) => {
          const ours = linearScale([d0, d1], [r0, r1]);
          const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
          expect(ours(x)).toBe(d3(x));
          expect(ours(d0)).toBe(d3(d0));
          expect(ours.invert(x)).toBe(d3.invert(x));
          expect(attempt(() => ours.ticks(n))).toEqual(attempt(() => d3.ticks(n)));
          expect(attempt(() => ours.ticks())).toEqual(attempt(() => d3.ticks()));
          expect(ours.domain()).toEqual(d3.domain());
          expect(ours.range()).toEqual(d3.range());
        },
      ),
    );
  });

  it("handles a reversed range (y pointing down), an empty domain and NaN as d3 does", () => {
    const y = linearScale([-2, 2], [300, 0]);
    expect(y(-2)).toBe(300);
    expect(y(2)).toBe(0);
    expect(y.invert(150)).toBe(0);
    const flat = linearScale([1, 1], [0, 100]);
    expect(flat(5)).toBe(scaleLinear().domain([1, 1]).range([0, 100])(5));
    expect(flat(5)).toBe(50);
    expect(Number.isNaN(linearScale([0, 1], [0, 1])(NaN))).toBe(true);
  });
});
