// @vitest-environment node
import { derivative as mathjsDerivative } from "mathjs";
import { describe, expect, it } from "vitest";
import { differentiate, evaluate } from "../../src/math";

/** Formulas both parsers read the same way (mathjs `log` is natural, like ours). */
const HAND_WRITTEN = [
  "x^2",
  "x^3 - 2*x + 1",
  "3*x^4 - x^2/2",
  "(3*x+1)^2",
  "(2*x+1)^3",
  "x^(-1)",
  "1/x",
  "1/x^2",
  "sqrt(x)",
  "x^(1/2)",
  "x^(3/2)",
  "x^x",
  "2^x",
  "e^x",
  "e^(-x)",
  "exp(2*x)",
  "log(x)",
  "log(x^2+1)",
  "sin(x)",
  "cos(x)",
  "tan(x)",
  "tanh(x)",
  "sin(x)*cos(x)",
  "x*sin(x)",
  "x^2*exp(x)",
  "exp(x)/x",
  "(x+1)/(x-1)",
  "x/(x^2+1)",
  "1/(1+exp(-x))",
  "log(1+exp(x))",
  "sin(x)^2 + cos(x)^2",
  "sqrt(x^2+1)",
  "exp(sin(x))",
  "sin(exp(x))",
  "log(log(x+3))",
  "(x^2+1)^(1/3)",
  "x^2*log(x)",
  "tan(x^2)",
  "cos(3*x+1)^3",
  "2*x*exp(-x^2)",
  // The functions added in #16 (mathjs spells them asin, asinh, nthRoot…; we read those too).
  "asin(x/3)",
  "acos(x/3)",
  "atan(x)",
  "atan(x^2+1)",
  "acot(x)",
  "asec(x)",
  "acsc(x)",
  "sec(x)",
  "csc(x)",
  "cot(x)",
  "sinh(x)",
  "cosh(x)",
  "coth(x)",
  "sech(x)",
  "csch(x)",
  "asinh(x)",
  "acosh(x)",
  "atanh(x/2)",
  // Not acoth: mathjs's derivative of acoth has the wrong sign (−1/(1 − x²); acoth decreases
  // on x > 1, its slope at 1.7 is −0.529). functions.test.ts checks ours numerically.
  "asech(x/3)",
  "acsch(x)",
  "cbrt(x)",
  "cbrt(x^2+1)",
  "log(x, 2)",
  "log(x, 3)",
  "log(x^2+1, 2)",
  "nthRoot(x, 3)",
  "nthRoot(x^2+1, 4)",
  "x*atan(x)",
  "sinh(x)*cosh(x)",
  "asin(x)/x",
  "exp(x)*sec(x)",
];

const OUTER = [
  "sin(U)",
  "cos(U)",
  "exp(U)",
  "log(U)",
  "sqrt(U)",
  "tanh(U)",
  "(U)^2",
  "(U)^3",
  "1/(U)",
  "(U)^(-2)",
  "2^(U)",
  "(U)*exp(U)",
  "atan(U)",
  "sinh(U)",
  "cosh(U)",
  "asinh(U)",
  "cbrt(U)",
];
const INNER = [
  "x",
  "2*x+1",
  "x^2",
  "x^2+1",
  "sin(x)",
  "3*x-2",
  "x^3-x",
  "exp(x)/2",
  "1/(x+4)",
  "cos(x)+2",
  "x*log(x+5)",
  "tanh(x)",
];
const PAIRS = [
  "x^2+1",
  "sin(x)",
  "exp(x)",
  "x^3-2*x",
  "log(x+4)",
  "1/(x+3)",
  "sqrt(x+2)",
  "cos(2*x)",
];

const corpus = [
  ...HAND_WRITTEN,
  ...OUTER.flatMap((outer) => INNER.map((inner) => outer.replaceAll("U", inner))),
  ...PAIRS.flatMap((a) =>
    PAIRS.filter((b) => b !== a).flatMap((b) => [`(${a})*(${b})`, `(${a})/(${b})`]),
  ).slice(0, 80),
];
const POINTS = [-1.3, -0.4, 0.35, 0.8, 1.7, 2.6];

describe("oracle: mathjs derivatives", () => {
  it(`has at least 200 formulas (${corpus.length})`, () => {
    expect(new Set(corpus).size).toBeGreaterThanOrEqual(200);
  });

  // 200 formulas through mathjs: about 12 s alone, twice that beside the browser tests.
  it(
    "our derivative has the same value as mathjs's wherever both are defined",
    { timeout: 90_000 },
    () => {
      let compared = 0;
      const failures: string[] = [];
      for (const source of corpus) {
        const ours = differentiate(source, "x");
        const theirs = mathjsDerivative(source, "x");
        let comparedHere = 0;
        for (const x of POINTS) {
          const fx = evaluate(source, { x });
          const expected = theirs.evaluate({ x }) as unknown;
          if (typeof expected !== "number" || !Number.isFinite(expected) || !Number.isFinite(fx))
            continue;
          const actual = evaluate(ours, { x });
          comparedHere++;
          if (!(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) {
            failures.push(`${source} at ${x}: ours ${actual}, mathjs ${expected}`);
          }
        }
        if (comparedHere > 0) compared++;
      }
      expect(failures).toEqual([]);
      expect(compared).toBeGreaterThanOrEqual(200);
    },
  );
});
