// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { GradientCost } from "../../src/models/gradientCost";
import { resolveCost } from "../../src/models/gradientCost";

function cost(source: string, variables?: readonly string[]): GradientCost {
  const resolved = resolveCost(source, variables);
  if (!resolved.ok) throw new Error(resolved.problem.message);
  return resolved.cost;
}

describe("resolveCost", () => {
  it("differentiates the chapter's cost in teacher form", () => {
    const c = cost("w1^2 + 2 w2^2");
    expect(c.variables).toEqual(["w1", "w2"]);
    expect(c.tex.cost).toBe("w_{1}^{2} + 2 w_{2}^{2}");
    expect(c.tex.partials).toEqual(["2 w_{1}", "4 w_{2}"]);
    expect(c.value(1, 1)).toBe(3);
    expect(c.gradient(1, 1)).toEqual([2, 4]);
    expect(c.gradient(0, 0)).toEqual([0, 0]);
    expect(c.hessian(5, -3)).toEqual([2, 0, 4]);
  });

  it("accepts other variable names, in axis order", () => {
    const c = cost("x^2 y", ["x", "y"]);
    expect(c.gradient(2, 3)).toEqual([12, 4]);
    expect(cost("y - x", ["y", "x"]).gradient(0, 0)).toEqual([1, -1]);
  });

  it("gives NaN, never a throw or Infinity, where the cost or a partial is undefined", () => {
    const c = cost("log(w1) + sqrt(w2)");
    expect(c.value(-1, 1)).toBeNaN();
    expect(c.gradient(1, 0)[1]).toBeNaN(); // 1/(2√w2) at 0
    expect(c.value(1, 0)).toBe(0);
  });

  it.each([
    ["w1^2 + * w2", /Expected/, "*"],
    ["w1^2 + sinn(w2)", /Unknown function 'sinn'/, "sinn"],
    ["w1^2 + w3", /This cost uses w3; the landscape's two variables are w1 and w2/, "w3"],
    ["x^2 + y^2", /This cost uses x and y/, "x"],
    ["w1 + w2 + w3", /This cost has 3 variables \(w1, w2, w3\); the landscape has two/, "w3"],
  ])("reports %s with its position", (source, message, culprit) => {
    const resolved = resolveCost(source);
    expect(resolved.ok).toBe(false);
    if (resolved.ok) return;
    expect(resolved.problem.message).toMatch(message);
    expect(source.slice(resolved.problem.start, resolved.problem.end)).toContain(culprit);
  });

  it("refuses a variable list that is not two different names", () => {
    const three = resolveCost("a + b + c", ["a", "b", "c"]);
    expect(!three.ok && three.problem.message).toBe(
      "A gradient field needs exactly two variables; it was given 3 (a, b, c).",
    );
    const same = resolveCost("a", ["a", "a"]);
    expect(!same.ok && same.problem.message).toBe("The two variables must differ; both are a.");
  });

  it("accepts a cost that uses only one of the two variables", () => {
    expect(cost("w1^2").gradient(3, 7)).toEqual([6, 0]);
  });
});

/** Random smooth costs built from a small grammar, as formulas. */
const term = fc.oneof(
  fc.constantFrom("w1", "w2", "w1^2", "w2^2", "w1*w2", "w1^3", "sin(w1)", "cos(w2)"),
  fc.constantFrom("exp(w1/3)", "exp(-w2^2)", "sin(w1*w2)", "w1^2*w2", "1/(1+exp(-w1))"),
  fc.constantFrom("log(1+w1^2)", "sqrt(1+w2^2)", "tanh(w1 - w2)", "(w1 - 2*w2)^2"),
);
const formula = fc
  .array(
    fc.tuple(
      fc.integer({ min: -5, max: 5 }).filter((k) => k !== 0),
      term,
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((parts) => parts.map(([k, t]) => `${k}*(${t})`).join(" + "));

describe("the gradient agrees with numeric partial derivatives (property)", () => {
  it("for random smooth costs at random points", () => {
    fc.assert(
      fc.property(
        formula,
        fc.double({ min: -2.5, max: 2.5, noNaN: true }),
        fc.double({ min: -2.5, max: 2.5, noNaN: true }),
        (source, x, y) => {
          const c = cost(source);
          const [gx, gy] = c.gradient(x, y);
          const h = 1e-5;
          const nx = (c.value(x + h, y) - c.value(x - h, y)) / (2 * h);
          const ny = (c.value(x, y + h) - c.value(x, y - h)) / (2 * h);
          const close = (a: number, b: number) => Math.abs(a - b) <= 1e-4 * (1 + Math.abs(a));
          return close(gx, nx) && close(gy, ny);
        },
      ),
      { numRuns: 300 },
    );
  });
});
