// @vitest-environment node
import { describe, expect, it } from "vitest";
import { derivationSteps, differentiate, exprEquals } from "../../src/math";

describe("derivationSteps", () => {
  it("works (2x+1)^3 out as a solution does: outer, inner, product", () => {
    const steps = derivationSteps("(2x+1)^3", "x");
    const first = steps[0]!;
    expect(first.rule).toBe("chain");
    expect(first.chain).toEqual({
      outer: "u^{3}",
      outerDerivative: "3 u^{2}",
      inner: "2 x + 1",
      innerDerivative: "2",
    });
    expect(first.tex).toBe(
      "\\frac{d}{dx}\\left[(2 x + 1)^{3}\\right] = 3 (2 x + 1)^{2} \\cdot \\frac{d}{dx}\\left[2 x + 1\\right]",
    );
    expect(first.explanation).toContain("Outer: u^3 → 3u^2; inner: u = 2x + 1");
    const last = steps[steps.length - 1]!;
    expect(last.rule).toBe("simplify");
    expect(last.depth).toBe(0);
    expect(last.tex).toBe(
      "\\frac{d}{dx}\\left[(2 x + 1)^{3}\\right] = 3 (2 x + 1)^{2} \\cdot 2 = 6 (2 x + 1)^{2}",
    );
    expect(steps.map((s) => s.rule)).toEqual([
      "chain",
      "sum",
      "constant-multiple",
      "simplify",
      "simplify",
    ]);
  });

  it.each([
    ["x^2", ["power"]],
    ["7", ["constant"]],
    ["x", ["variable"]],
    ["sin(x)", ["elementary"]],
    ["e^x", ["exponential"]],
    ["x*sin(x)", ["product", "elementary", "simplify"]],
    ["(x+1)/(x-1)", ["quotient", "sum", "sum", "simplify"]],
    ["x^x", ["general-power"]],
    ["-x^2", ["constant-multiple", "power", "simplify"]],
    ["sigmoid(3x)", ["chain", "constant-multiple", "simplify"]],
  ])("%s uses %j", (source, rules) => {
    expect(derivationSteps(source, "x").map((s) => s.rule)).toEqual(rules);
  });

  it("ends, for every formula, at differentiate's result", () => {
    for (const source of [
      "(3x+1)^2",
      "sigmoid(w*x + b)",
      "ln(x^2+1)*sin(x)",
      "sqrt(1 + e^(2x))",
      "2^x/x",
      "max(x, x^2)",
    ]) {
      const steps = derivationSteps(source, "x");
      expect(exprEquals(steps[steps.length - 1]!.derivative, differentiate(source, "x"))).toBe(
        true,
      );
      expect(
        steps.every(
          (s) => s.tex.length > 0 && s.explanation.length > 0 && !s.tex.includes("\u0000"),
        ),
      ).toBe(true);
    }
  });

  it("writes partial derivatives when other variables are present", () => {
    expect(
      derivationSteps("w*x + b", "w")[0]!.tex.startsWith("\\frac{\\partial}{\\partial w}"),
    ).toBe(true);
  });
});
