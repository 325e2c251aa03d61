// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ExpressionError, compile, evaluate, parse } from "../../src/math";

describe("evaluate", () => {
  it.each([
    ["2 + 3*4", {}, 14],
    ["2^3^2", {}, 512],
    ["-x^2", { x: 3 }, -9],
    ["2x", { x: 4 }, 8],
    ["pi", {}, Math.PI],
    ["e", {}, Math.E],
    ["sigmoid(0)", {}, 0.5],
    ["σ(z)", { z: 0 }, 0.5],
    ["sigmoid(-800)", {}, 0],
    ["softplus(800)", {}, 800],
    ["relu(-2) + relu(3)", {}, 3],
    ["tanh(0) + abs(-2) + sqrt(9)", {}, 5],
    ["log10(1000)", {}, 3],
    ["log(e)", {}, 1],
    ["min(3, 1, 2) + max(1, 5)", {}, 6],
    ["w_1 + w₂", { w1: 1, w_2: 2 }, 3],
    ["(-8)^(1/3)", {}, -2],
    ["x²", { x: 3 }, 9],
  ] as const)("%s = %d", (source, scope, expected) => {
    expect(evaluate(source, scope)).toBeCloseTo(expected, 12);
  });

  it.each(["ln(-1)", "sqrt(-1)", "(-1)^0.5", "step(0)", "ln(0) - ln(0)"])(
    "%s is NaN outside the domain",
    (source) => {
      expect(evaluate(source)).toBeNaN();
    },
  );

  it("gives infinities for division by zero", () => {
    expect(evaluate("1/x", { x: 0 })).toBe(Infinity);
  });

  it.each([
    ["x + q", { x: 1 }, "Unknown variable 'q' (known: x)", 4, 5],
    ["sinx", { x: 1 }, "did you mean 'sin(x)'?", 0, 4],
    ["xy", { x: 1, y: 2 }, "did you mean 'x*y'?", 0, 2],
    ["w3", { w1: 1, w2: 2 }, "did you mean 'w1'?", 0, 2],
  ] as const)(
    "%s: an unknown variable is an ExpressionError pointing at it",
    (source, scope, message, start, end) => {
      try {
        evaluate(source, scope);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ExpressionError);
        expect(error).toMatchObject({ code: "unknown-variable", start, end });
        expect((error as Error).message).toContain(message);
      }
    },
  );
});

describe("compile", () => {
  it("agrees with evaluate", () => {
    const sources = [
      "x^2",
      "sin(x)*x^3 - 2x + 1",
      "sigmoid(w*x + b)",
      "(a - y)^2",
      "x^x",
      "max(x, 1, 2)",
      "min(x, 0, -x, sqrt(x), 1)",
      "max(-x, 0*x, log(x))",
      "min(x, -0)",
      "x^-1 + x^0.5",
      "(-8)^(1/3)*x",
    ];
    for (const source of sources) {
      const f = compile(source, ["x"], { w: 0.5, b: -1, a: 0.3, y: 1 });
      for (const x of [-2, -0.5, 0, -0, 0.7, 3]) {
        const expected = evaluate(source, { x, w: 0.5, b: -1, a: 0.3, y: 1 });
        expect(Object.is(f(x), expected) || Math.abs(f(x) - expected) < 1e-12).toBe(true);
      }
    }
  });

  it("takes several variables in the order given", () => {
    expect(compile("w1^2 + 2w2^2", ["w1", "w2"])(1, 1)).toBe(3);
    expect(compile("a - b", ["b", "a"])(1, 5)).toBe(4);
    expect(compile("a + b + c", ["a", "b", "c"])(1, 2, 3)).toBe(6);
    expect(compile("pi", [])()).toBe(Math.PI);
    expect(compile(parse("x*3"), ["x"])(2)).toBe(6);
  });

  it("reports an unknown variable at compile time", () => {
    expect(() => compile("x + q", ["x"])).toThrow(ExpressionError);
    expect(() => compile("x", ["x", "x"])).toThrow(/listed twice/u);
  });

  it("gives NaN for a missing argument", () => {
    expect(compile("x + 1", ["x"])()).toBeNaN();
  });
});
