// @vitest-environment node
import { describe, expect, it } from "vitest";
import { texNumber, texVariable, toTeX } from "../../src/math";

describe("toTeX", () => {
  it.each(
    [
      ["x^2", "x^{2}"],
      ["2x + 1", "2 x + 1"],
      ["6(3x + 1)", "6 (3 x + 1)"],
      ["a/b", "\\frac{a}{b}"],
      ["(x+1)/(x-1)", "\\frac{x + 1}{x - 1}"],
      ["-x^2", "-x^{2}"],
      ["-(x + 1)", "-(x + 1)"],
      ["a - (b - c)", "a - (b - c)"],
      ["2*3", "2 \\cdot 3"],
      ["2*-3", "2 (-3)"],
      ["x^(1/2)", "x^{\\frac{1}{2}}"],
      ["(x+1)^2", "(x + 1)^{2}"],
      ["(2x)^2", "(2 x)^{2}"],
      ["e^x", "e^{x}"],
      ["exp(2x)", "e^{2 x}"],
      ["pi*x", "\\pi x"],
      ["sigmoid(z)", "\\sigma(z)"],
      ["sigmoid(x)(1 - sigmoid(x))", "\\sigma(x) (1 - \\sigma(x))"],
      ["ln(x)", "\\ln(x)"],
      ["log10(x)", "\\log_{10}(x)"],
      ["sqrt(x + 1)", "\\sqrt{x + 1}"],
      ["abs(x)", "\\left|x\\right|"],
      ["sin(x)^2", "\\sin^{2}(x)"],
      ["sin(1/x)", "\\sin\\left(\\frac{1}{x}\\right)"],
      ["tanh(x)", "\\tanh(x)"],
      ["relu(x)", "\\operatorname{ReLU}(x)"],
      ["max(a, b)", "\\max(a, b)"],
      ["w1^2 + 2w2^2", "w_{1}^{2} + 2 w_{2}^{2}"],
      ["w*x + b", "w x + b"],
      ["1/cos(x)^2", "\\frac{1}{\\cos^{2}(x)}"],
      ["2 \\cdot", ""],
    ].filter(([, t]) => t !== ""),
  )("%s → %s", (source, tex) => {
    expect(toTeX(source as string)).toBe(tex);
  });

  it.each([
    [3, "3"],
    [0.5, "0.5"],
    [1e-7, "10^{-7}"],
    [1.5e-7, "1.5 \\times 10^{-7}"],
    [2e20, "2 \\times 10^{20}"],
    [Number.NaN, "\\text{NaN}"],
    [Infinity, "\\infty"],
  ])("number %d → %s", (value, tex) => {
    expect(texNumber(value)).toBe(tex);
  });

  it.each([
    ["x", "x"],
    ["w1", "w_{1}"],
    ["x_max", "x_{\\mathrm{max}}"],
    ["α", "\\alpha"],
    ["theta", "\\theta"],
    ["xy", "\\mathit{xy}"],
    ["Δ", "\\Delta"],
  ])("variable %s → %s", (name, tex) => {
    expect(texVariable(name)).toBe(tex);
  });
});
