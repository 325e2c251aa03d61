// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { texToText } from "../../src/views/texText";
import { reservedHeightEm } from "../../src/views/texReserve";

describe("texToText: the plain text shown until KaTeX arrives", () => {
  it.each([
    ["f(x) = x^{2}", "f(x) = x²"],
    ["f'(x) = 2 x", "f′(x) = 2x"],
    [
      "\\frac{f(x+h) - f(x)}{h} = \\frac{f(1 + 0.5) - f(1)}{0.5} = \\frac{2.25 - 1}{0.5} \\approx 2.5",
      "(f(x + h) − f(x))/h = (f(1 + 0.5) − f(1))/0.5 = (2.25 − 1)/0.5 ≈ 2.5",
    ],
    [
      "\\begin{aligned} u &= 3 x + 1 = 4 \\\\ f &= u^{2} = 16 \\end{aligned}",
      "u = 3x + 1 = 4; f = u² = 16",
    ],
    ["\\frac{\\partial L}{\\partial w_{1}} = 2 w_{1}", "∂L/∂w₁ = 2w₁"],
    ["\\nabla L(1, 1) = \\left(2,\\ 4\\right)", "∇L(1, 1) = (2, 4)"],
    [
      "|\\nabla L| = \\sqrt{2^2 + 4^2} = \\sqrt{20} \\approx 4.472",
      "|∇L| = √(2² + 4²) = √(20) ≈ 4.472",
    ],
    ["0{,}5 \\cdot x", "0,5 · x"],
    ["-x + 1", "−x + 1"],
    ["e^{-x}", "e^(−x)"],
    ["w \\leftarrow w - \\eta\\,\\nabla L", "w ← w − η∇L"],
  ])("%s reads %s", (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });

  it("never throws and leaves no TeX command, brace or backslash, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."\\{}^_&frac sqrt left right x2,'-") }),
        (tex) => {
          const text = texToText(tex);
          expect(text).not.toMatch(/[{}\\]/);
        },
      ),
    );
  });
});

describe("reservedHeightEm: the place a display formula keeps before and after KaTeX", () => {
  it.each([
    ["f(x) = x^{2}", 2.01],
    ["|\\nabla L| = \\sqrt{20}", 2.24],
    ["\\frac{df}{dx} = \\frac{df}{du} \\cdot \\frac{du}{dx}", 2.99],
    ["\\frac{\\partial L}{\\partial w_{1}} = 2 w_{1}", 3.17],
    [
      "\\nabla L = \\left(\\frac{\\partial L}{\\partial w_{1}},\\ \\frac{\\partial L}{\\partial w_{2}}\\right)",
      3.4,
    ],
    ["\\begin{aligned} u &= 3 x + 1 \\\\ f &= u^{2} \\end{aligned}", 3.8],
  ])(
    "%s: at least the %s em KaTeX takes (measured in Chromium), at most 0.25 em more",
    (tex, measured) => {
      const reserved = reservedHeightEm(tex);
      expect(reserved).toBeGreaterThanOrEqual(measured);
      expect(reserved - measured).toBeLessThanOrEqual(0.25);
    },
  );

  it("gives a fraction inside a fraction more room than one fraction", () => {
    expect(reservedHeightEm("\\frac{1}{\\frac{1}{x}}")).toBeGreaterThan(
      reservedHeightEm("\\frac{1}{x}") + 1,
    );
  });
});
