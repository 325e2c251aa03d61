// @vitest-environment node
import { describe, expect, it } from "vitest";
import { differentiate, evaluate, format, parse, simplify, toTeX } from "../../src/math";

const d = (source: string, x = "x"): string => format(differentiate(source, x));

describe("differentiate: one rule per line, in teacher form", () => {
  it.each([
    ["constant", "7", "0"],
    ["constant symbol", "pi", "0"],
    ["other variable", "y", "0"],
    ["variable", "x", "1"],
    ["constant multiple", "5x", "5"],
    ["sum", "x^2 + x + 1", "2x + 1"],
    ["difference", "3x^2 - 2x + 1", "6x - 2"],
    ["power", "x^2", "2x"],
    ["power 10", "x^10", "10x^9"],
    ["negative power", "x^-2", "-2/x^3"],
    ["fractional power", "x^(1/2)", "1/(2 sqrt(x))"],
    ["reciprocal", "1/x", "-1/x^2"],
    ["unary minus", "-x^2", "-2x"],
    ["product", "x*sin(x)", "sin(x) + x*cos(x)"],
    ["quotient", "(x + 1)/(x - 1)", "-2/(x - 1)^2"],
    ["quotient by a constant", "x^3/3", "x^2"],
    ["chain, power outside", "(3x+1)^2", "6(3x + 1)"],
    ["chain, cube", "(2x+1)^3", "6(2x + 1)^2"],
    ["chain, sin inside-out", "sin(x^2)", "2x*cos(x^2)"],
    ["chain, ln", "ln(x^2 + 1)", "2x/(x^2 + 1)"],
    ["exponential e", "e^x", "e^x"],
    ["exponential base 2", "2^x", "2^x*ln(2)"],
    ["exponential chain", "e^(-x)", "-e^-x"],
    ["exp", "exp(2x)", "2*exp(2x)"],
    ["general power", "x^x", "x^x*(ln(x) + 1)"],
    ["sin", "sin(x)", "cos(x)"],
    ["cos", "cos(x)", "-sin(x)"],
    ["tan", "tan(x)", "1/cos(x)^2"],
    ["ln", "ln(x)", "1/x"],
    ["log is natural", "log(x)", "1/x"],
    ["log10", "log10(x)", "1/(x*ln(10))"],
    ["sqrt", "sqrt(x)", "1/(2 sqrt(x))"],
    ["abs", "abs(x)", "x/abs(x)"],
    ["sigmoid", "sigmoid(x)", "sigmoid(x)(1 - sigmoid(x))"],
    ["σ", "σ(x)", "sigmoid(x)(1 - sigmoid(x))"],
    ["tanh", "tanh(x)", "1 - tanh(x)^2"],
    ["relu", "relu(x)", "step(x)"],
    ["softplus", "softplus(x)", "sigmoid(x)"],
    ["max", "max(x, 0)", "step(x)"],
    ["min", "min(x^2, 1)", "2x*step(1 - x^2)"],
    ["w.r.t. w1", "w1^2 + 2w2^2", "2w1", "w1"],
    ["w.r.t. w_2", "w1^2 + 2w2^2", "4w2", "w_2"],
    ["neuron z", "w*x + b", "x", "w"],
    ["loss", "(a - y)^2", "2(a - y)", "a"],
  ])("%s: d/dx %s = %s", (_, source, expected, x = "x") => {
    expect(d(source, x)).toBe(expected);
  });

  it("writes the teacher forms of the issue in TeX", () => {
    expect(toTeX(differentiate("x^2", "x"))).toBe("2 x");
    expect(toTeX(differentiate("(3x+1)^2", "x"))).toBe("6 (3 x + 1)");
    expect(toTeX(differentiate("sigmoid(x)", "x"))).toBe("\\sigma(x) (1 - \\sigma(x))");
    expect(toTeX(differentiate("e^x", "x"))).toBe("e^{x}");
  });
});

describe("simplify", () => {
  it.each([
    ["x + x", "2x"],
    ["x*x", "x^2"],
    ["x^2*x^3", "x^5"],
    ["2*3x", "6x"],
    ["0*sin(x) + 1*x + 0", "x"],
    ["x - x", "0"],
    ["(x^2)^3", "x^6"],
    ["2x/(2x^2)", "1/x"],
    ["x/2 + x/2", "x"],
    ["0.1 + 0.2", "0.3"],
    ["2^10", "1024"],
    ["6/4", "3/2"],
    ["--x", "x"],
    ["-(x - 1) + x", "1"],
    ["sin(0) + cos(0) + ln(1) + exp(0)", "2"],
    ["ln(e^x)", "x"],
    ["1/0", "1/0"],
    ["x^0", "1"],
    ["-x^2 + 1", "1 - x^2"],
  ])("%s → %s", (source, expected) => {
    expect(format(simplify(parse(source)))).toBe(expected);
  });

  it("keeps values", () => {
    for (const source of ["x/2 + x/2", "2x/(2x^2)", "(x^2)^3", "-(x - 1) + x"]) {
      expect(evaluate(simplify(parse(source)), { x: 1.7 })).toBeCloseTo(
        evaluate(source, { x: 1.7 }),
        12,
      );
    }
  });
});
