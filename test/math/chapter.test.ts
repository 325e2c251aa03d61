// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  compile,
  compileGradient,
  computationGraph,
  differentiate,
  evaluate,
  format,
  toTeX,
} from "../../src/math";

describe("the chapter's numbers come out of slopes/math", () => {
  it("Act 1: f'(x) = 2x for x², slope 2, 0, -2 at 1, 0, -1", () => {
    const df = differentiate("x^2", "x");
    expect(format(df)).toBe("2x");
    expect(toTeX(df)).toBe("2 x");
    const slope = compile(df, ["x"]);
    expect([slope(1), slope(0), slope(-1)]).toEqual([2, 0, -2]);
  });

  it("Act 1: the derivative table", () => {
    expect(format(differentiate("x^n", "x"))).toBe("n*x^(n - 1)");
    expect(format(differentiate("e^x", "x"))).toBe("e^x");
    expect(format(differentiate("ln(x)", "x"))).toBe("1/x");
    expect(toTeX(differentiate("sigmoid(x)", "x"))).toBe("\\sigma(x) (1 - \\sigma(x))");
  });

  it("Act 2: (f∘g)'(1) = 24 for g = 3x + 1, f = u²", () => {
    const composed = differentiate("(3x + 1)^2", "x");
    expect(format(composed)).toBe("6(3x + 1)");
    expect(evaluate(composed, { x: 1 })).toBe(24);
    expect(computationGraph({ u: "3x + 1", f: "u^2" }, { x: 1 }).backward()["x"]).toBe(24);
  });

  it("Exercise 3: the neuron x = 2, w = 0.5, b = -1, y = 1", () => {
    const g = computationGraph(
      { z: "w*x + b", a: "sigmoid(z)", L: "(a - y)^2" },
      { x: 2, w: 0.5, b: -1, y: 1 },
    );
    const value = (id: string) => g.nodes.find((n) => n.id === id)!.value;
    expect([value("z"), value("a"), value("L")]).toEqual([0, 0.5, 0.25]);
    const adjoint = g.backward();
    expect(adjoint["w"]).toBe(-0.5);
    expect(adjoint["b"]).toBe(-0.25);
  });

  it("Exercise 2: h(x) = (2x + 1)³ gives h'(x) = 6(2x + 1)² and h'(1) = 54", () => {
    const dh = differentiate("(2x + 1)^3", "x");
    expect(format(dh)).toBe("6(2x + 1)^2");
    expect(evaluate(dh, { x: 1 })).toBe(54);
  });

  it("Act 3 / Exercise 4: ∇(w1² + 2w2²) at (1, 1) is (2, 4), descent direction (-2, -4)", () => {
    const grad = compileGradient("w1^2 + 2w2^2", ["w1", "w2"])(1, 1);
    expect(grad).toEqual([2, 4]);
    expect(grad.map((g) => -g)).toEqual([-2, -4]);
  });
});
