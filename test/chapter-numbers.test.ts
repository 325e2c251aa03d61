// @vitest-environment node
import { describe, expect, it } from "vitest";
import { act1, act2, exercise2, exercise3, exercise4 } from "../stories/chapter/numbers";

describe("the chapter's numbers come out of the engine", () => {
  it("Act 1: f'(x) = 2x, slopes 2, 0, −2", () => {
    expect(act1.derivative.replace(/\s/g, "")).toBe("2x");
    expect([1, 0, -1].map(act1.slopeAt)).toEqual([2, 0, -2]);
    expect(act1.slopeAt(3)).toBe(6); // exercise 1
  });
  it("Act 1: rounding takes over for h below about 10⁻⁸ (the square root of the machine epsilon)", () => {
    expect(Math.abs(act1.bestPower - Math.log10(Math.sqrt(Number.EPSILON)))).toBeLessThanOrEqual(1);
  });
  it("Act 2: (f∘g)'(1) = 24 with g(1) = 4", () => {
    expect([act2.g, act2.gSlope, act2.fSlopeAtG, act2.total]).toEqual([4, 3, 8, 24]);
    expect([act2.gDerivative, act2.fDerivative.replace(/\s/g, "")]).toEqual(["3", "2u"]);
  });
  it("Exercise 2: h'(1) = 54", () => expect(exercise2.atOne).toBe(54));
  it("Exercise 3: z = 0, a = 0.5, L = 0.25, dL/dw = −0.5, dL/db = −0.25", () => {
    expect([exercise3.z, exercise3.a, exercise3.L, exercise3.dLdw, exercise3.dLdb]).toEqual([
      0, 0.5, 0.25, -0.5, -0.25,
    ]);
    expect(exercise3.dzdb).toBe(1);
  });
  it("Exercise 4: ∇L(1, 1) = (2, 4), descent (−2, −4)", () => {
    expect(exercise4.grad).toEqual([2, 4]);
    expect(exercise4.descent).toEqual([-2, -4]);
  });
});
