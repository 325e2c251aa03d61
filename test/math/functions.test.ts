// @vitest-environment node
import { evaluate as mathjsEvaluate } from "mathjs";
import { describe, expect, it } from "vitest";
import {
  FUNCTIONS,
  compile,
  computationGraph,
  derivationSteps,
  differentiate,
  evaluate,
  exprEquals,
  format,
  parse,
  safeParse,
  sampleCurve,
  toTeX,
} from "../../src/math";

/** Each function of a first course added in #16, in our spelling and in mathjs's. */
const NEW_FUNCTIONS: Array<[ours: string, mathjs: string]> = [
  ["sec(x)", "sec(x)"],
  ["csc(x)", "csc(x)"],
  ["cot(x)", "cot(x)"],
  ["arcsin(x)", "asin(x)"],
  ["arccos(x)", "acos(x)"],
  ["arctan(x)", "atan(x)"],
  // mathjs's acot is atan(1/x), which jumps at 0; ours is the continuous branch in (0, π).
  ["arccot(x)", "pi/2 - atan(x)"],
  ["arcsec(x)", "asec(x)"],
  ["arccsc(x)", "acsc(x)"],
  ["sinh(x)", "sinh(x)"],
  ["cosh(x)", "cosh(x)"],
  ["coth(x)", "coth(x)"],
  ["sech(x)", "sech(x)"],
  ["csch(x)", "csch(x)"],
  ["arsinh(x)", "asinh(x)"],
  ["arcosh(x)", "acosh(x)"],
  ["artanh(x)", "atanh(x)"],
  ["arcoth(x)", "acoth(x)"],
  ["arsech(x)", "asech(x)"],
  ["arcsch(x)", "acsch(x)"],
  ["cbrt(x)", "cbrt(x)"],
  ["log2(x)", "log2(x)"],
  ["nthroot(x, 3)", "nthRoot(x, 3)"],
  ["nthroot(x, 4)", "nthRoot(x, 4)"],
  ["log(x, 3)", "log(x, 3)"],
  ["log(x, 0.5)", "log(x, 0.5)"],
];
const POINTS = [-3.7, -2.2, -1, -0.93, -0.4, -0.05, 0.05, 0.3, 0.77, 1, 1.6, 2.5, 4.1];

/** A five-point central difference (error of order h⁴), for smooth functions away from poles. */
function slope(f: (x: number) => number, x: number, h = 1e-4): number {
  return (-f(x + 2 * h) + 8 * f(x + h) - 8 * f(x - h) + f(x - 2 * h)) / (12 * h);
}

/** mathjs's real value, or NaN when it answers with a complex number or not at all. */
function theirs(source: string, x: number): number {
  try {
    const value = mathjsEvaluate(source, { x }) as unknown;
    return typeof value === "number" ? value : Number.NaN;
  } catch {
    return Number.NaN; // "Root must be odd when a is negative"
  }
}
const near = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

describe("new functions (#16): values", () => {
  it.each(NEW_FUNCTIONS)(
    "%s has mathjs's value wherever mathjs is real, NaN elsewhere",
    (ours, mathjs) => {
      const f = compile(ours, ["x"]);
      for (const x of POINTS) {
        const expected = theirs(mathjs, x);
        const value = evaluate(ours, { x });
        if (Number.isFinite(expected)) {
          expect(near(value, expected), `${ours} at ${x}: ${value} vs ${expected}`).toBe(true);
        } else {
          expect(Number.isFinite(value), `${ours} at ${x}`).toBe(false);
        }
        // compile agrees with evaluate, NaN for NaN.
        expect(Object.is(f(x), value) || near(f(x), value), `compiled ${ours} at ${x}`).toBe(true);
      }
    },
  );

  it("real roots of negative numbers: odd roots are real, even roots are undefined", () => {
    expect(evaluate("cbrt(-8)")).toBe(-2);
    expect(evaluate("nthroot(-32, 5)")).toBeCloseTo(-2, 14);
    expect(evaluate("nthroot(-4, 2)")).toBeNaN();
    expect(evaluate("nthroot(5, 0)")).toBeNaN();
    expect(evaluate("log(8, 2)")).toBeCloseTo(3, 14);
  });

  it("outside its domain a function is a gap in the curve, never a line of NaN", () => {
    for (const [source, [lo, hi], inside] of [
      ["arcsin(x)", [-3, 3], [-1, 1]],
      ["arcosh(x)", [-3, 3], [1, 3]],
      ["artanh(x)", [-3, 3], [-1, 1]],
      ["log(x, 3)", [-3, 3], [0, 3]],
      ["nthroot(x, 4)", [-3, 3], [0, 3]],
    ] as const) {
      const f = compile(source, ["x"]);
      const pieces = sampleCurve(f, [lo, hi]);
      expect(pieces.length, source).toBeGreaterThan(0);
      for (const piece of pieces)
        for (const [x, y] of piece) {
          expect(Number.isFinite(y), source).toBe(true);
          expect(x >= inside[0] - 1e-9 && x <= inside[1] + 1e-9, `${source} at ${x}`).toBe(true);
        }
    }
  });
});

describe("new functions (#16): reading and writing", () => {
  it.each([
    ["asin(x)", "arcsin(x)"],
    ["acos(x)", "arccos(x)"],
    ["atan(x)", "arctan(x)"],
    ["acot(x)", "arccot(x)"],
    ["Arcsin(x)", "arcsin(x)"],
    ["Arctan(x)", "arctan(x)"],
    ["asinh(x)", "arsinh(x)"],
    ["arcsinh(x)", "arsinh(x)"],
    ["argsh(x)", "arsinh(x)"],
    ["acosh(x)", "arcosh(x)"],
    ["argch(x)", "arcosh(x)"],
    ["atanh(x)", "artanh(x)"],
    ["argth(x)", "artanh(x)"],
    ["sh(x)", "sinh(x)"],
    ["ch(x)", "cosh(x)"],
    ["th(x)", "tanh(x)"],
    ["cotan(x)", "cot(x)"],
    ["cosec(x)", "csc(x)"],
    ["root(x, 3)", "nthroot(x, 3)"],
    ["nthRoot(x, 3)", "nthroot(x, 3)"],
    ["log(x, 3)", "log(x, 3)"],
    ["log_3(x)", "log(x, 3)"],
    ["log₃(x)", "log(x, 3)"],
    ["log3(x)", "log(x, 3)"],
    ["log_{5}(x)", "log(x, 5)"],
    ["log_a(x)", "log(x, a)"],
    ["log_2(x)", "log2(x)"],
    ["log_10(x)", "log10(x)"],
    ["log(x)", "ln(x)"],
    ["sinh(x)^2", "sinh(x)^2"],
    ["cbrt(x)", "cbrt(x)"],
  ])("%s reads as %s and writes back to the same tree", (source, written) => {
    const tree = parse(source);
    expect(format(tree)).toBe(written);
    expect(exprEquals(parse(format(tree)), tree)).toBe(true);
  });

  it("sh, ch and th are functions only before a parenthesis: alone they stay variables", () => {
    expect(format(parse("sh + th*2"))).toBe("sh + th*2");
    expect(evaluate("ch", { ch: 3 })).toBe(3);
  });

  it("log takes one input (natural) or two (a base); ln takes one", () => {
    expect(safeParse("ln(x, 2)").ok).toBe(false);
    expect(safeParse("log(x, 2, 3)").ok).toBe(false);
    expect(safeParse("nthroot(x)").ok).toBe(false);
  });

  it.each([
    ["sec(x)", "\\sec(x)"],
    ["cot(x)^2", "\\cot^{2}(x)"],
    ["arcsin(x)", "\\arcsin(x)"],
    ["arctan(x)^2", "\\arctan(x)^{2}"],
    ["arccot(x)", "\\operatorname{arccot}(x)"],
    ["sinh(x)", "\\sinh(x)"],
    ["cosh(x)^2", "\\cosh^{2}(x)"],
    ["sech(x)", "\\operatorname{sech}(x)"],
    ["arsinh(x)", "\\operatorname{arsinh}(x)"],
    ["arcosh(x)", "\\operatorname{arcosh}(x)"],
    ["cbrt(x + 1)", "\\sqrt[3]{x + 1}"],
    ["nthroot(x, 5)", "\\sqrt[5]{x}"],
    ["nthroot(x, n)", "\\sqrt[n]{x}"],
    ["log2(x)", "\\log_{2}(x)"],
    ["log(x, 3)", "\\log_{3}(x)"],
    ["log(1/x, b)", "\\log_{b}\\left(\\frac{1}{x}\\right)"],
  ])("TeX of %s is %s", (source, tex) => {
    expect(toTeX(source)).toBe(tex);
  });
});

describe("new functions (#16): derivatives", () => {
  it.each([
    ["sec(x)", "sec(x)*tan(x)"],
    ["csc(x)", "-csc(x)*cot(x)"],
    ["cot(x)", "-1/sin(x)^2"],
    ["arcsin(x)", "1/sqrt(1 - x^2)"],
    ["arccos(x)", "-1/sqrt(1 - x^2)"],
    ["arctan(x)", "1/(1 + x^2)"],
    ["arccot(x)", "-1/(1 + x^2)"],
    ["arcsec(x)", "1/(abs(x)*sqrt(x^2 - 1))"],
    ["arccsc(x)", "-1/(abs(x)*sqrt(x^2 - 1))"],
    ["sinh(x)", "cosh(x)"],
    ["cosh(x)", "sinh(x)"],
    ["coth(x)", "-1/sinh(x)^2"],
    ["sech(x)", "-sech(x)*tanh(x)"],
    ["csch(x)", "-csch(x)*coth(x)"],
    ["arsinh(x)", "1/sqrt(x^2 + 1)"],
    ["arcosh(x)", "1/sqrt(x^2 - 1)"],
    ["artanh(x)", "1/(1 - x^2)"],
    ["arcoth(x)", "1/(1 - x^2)"],
    ["arsech(x)", "-1/(x*sqrt(1 - x^2))"],
    ["arcsch(x)", "-1/(abs(x)*sqrt(x^2 + 1))"],
    ["cbrt(x)", "1/(3 cbrt(x)^2)"],
    ["log2(x)", "1/(x*ln(2))"],
    ["log(x, 3)", "1/(x*ln(3))"],
    ["log(x, b)", "1/(x*ln(b))"],
    ["nthroot(x, 4)", "1/(4 nthroot(x, 4)^3)"],
    ["arctan(x^2)", "2x/(1 + x^4)"],
    ["sinh(3x)", "3 cosh(3x)"],
  ])("d/dx %s = %s", (source, expected) => {
    expect(format(differentiate(source, "x"))).toBe(expected);
  });

  /** Points where every new function and its derivative are defined and smooth. */
  const SMOOTH_POINTS: Record<string, number[]> = {
    default: [-2.3, -1.4, 1.3, 2.2],
    inside: [-0.7, -0.2, 0.35, 0.8],
    positive: [0.2, 0.55, 0.9],
  };
  const where = (source: string): number[] =>
    /arcsin|arccos|artanh|arsech/.test(source) && !/arcsec|arccsc/.test(source)
      ? /arsech/.test(source)
        ? SMOOTH_POINTS.positive!
        : SMOOTH_POINTS.inside!
      : /nthroot\(x, 4\)/.test(source)
        ? [0.3, 1.1, 2.5]
        : SMOOTH_POINTS.default!;

  it.each([
    ...NEW_FUNCTIONS.map(([ours]) => ours),
    "arctan(x^2 + 1)",
    "sinh(x)*cosh(x)",
    "log(x^2 + 1, 2)",
    "nthroot(x^2 + 1, 5)",
    "log(x^2 + 1, x + 3)",
    "nthroot(x^2 + 1, x + 3)",
    "sec(2x)^2",
    "arcsin(x/3)",
  ])("d/dx %s agrees with a numeric derivative, and the steps end at it", (source) => {
    const f = compile(source, ["x"]);
    const derivative = compile(differentiate(source, "x"), ["x"]);
    for (const x of where(source)) {
      if (!Number.isFinite(f(x))) continue;
      const numeric = slope(f, x);
      expect(Math.abs(derivative(x) - numeric), `${source} at ${x}`).toBeLessThan(
        1e-6 * Math.max(1, Math.abs(numeric)),
      );
    }
    const steps = derivationSteps(source, "x");
    expect(exprEquals(steps[steps.length - 1]!.derivative, differentiate(source, "x"))).toBe(true);
    for (const s of steps) expect(s.tex).not.toMatch(/undefined|NaN/u);
    for (const s of steps) expect(s.tex.includes("\u0000")).toBe(false);
  });

  it("a known derivative names its rule and its formula", () => {
    const [step] = derivationSteps("arctan(x)", "x");
    expect(step!.rule).toBe("elementary");
    expect(step!.explanation).toBe("Known derivative: arctan(x)' = 1/(1 + x^2).");
    const chain = derivationSteps("log(x^2, 3)", "x")[0]!;
    expect(chain.rule).toBe("chain");
    expect(chain.chain?.outer).toBe("\\log_{3}(u)");
  });

  it("every built-in function has a derivative rule, a TeX name and a value", () => {
    for (const spec of Object.values(FUNCTIONS)) {
      if (spec.name === "min" || spec.name === "max") continue;
      const source = spec.maxArgs === 2 ? `${spec.name}(x, 3)` : `${spec.name}(x)`;
      expect(() => toTeX(source)).not.toThrow();
      expect(format(differentiate(source, "x"))).not.toMatch(/NaN/u);
    }
  });
});

describe("new functions (#16): the chain-rule graph", () => {
  it.each([
    ["arctan(x^2)", "arctan"],
    ["sinh(cos(x))", "sinh"],
    ["log(x^2 + 1, 3)", "log"],
    ["nthroot(x^2 + 1, 3)", "nthroot"],
    ["sec(2x)", "sec"],
  ])("%s: a %s step, and the path products give the derivative", (source, operation) => {
    for (const x of [-0.8, 0.4, 1.3]) {
      const graph = computationGraph(source, { x });
      expect(graph.nodes.map((n) => n.operation)).toContain(operation);
      const sum = graph.paths("x").reduce((total, p) => total + p.product, 0);
      const exact = evaluate(differentiate(source, "x"), { x });
      expect(Math.abs(sum - exact), `${source} at ${x}`).toBeLessThan(
        1e-9 * Math.max(1, Math.abs(exact)),
      );
    }
  });
});

describe("did you mean (#16)", () => {
  it.each([
    ["arctn(x)", "arctan"],
    ["arcsn(x)", "arcsin"],
    ["sinhh(x)", "sinh"],
    ["cbrtt(x)", "cbrt"],
  ])("%s suggests %s", (source, guess) => {
    const result = safeParse(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(`did you mean '${guess}'?`);
  });

  it("asin and cot are functions now, not typos of sin and cos", () => {
    expect(safeParse("asin(x)").ok).toBe(true);
    expect(safeParse("cot(x)").ok).toBe(true);
  });
});
