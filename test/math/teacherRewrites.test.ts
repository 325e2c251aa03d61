// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Expr } from "../../src/math";
import { differentiate, evaluate, format, parse, simplify, toTeX } from "../../src/math";
import { add, call, childrenOf, div, mul, neg, num, pow } from "../../src/math/ast";
import { exprArbitrary } from "./arbitraries";

const d = (source: string): string => format(differentiate(source, "x"));
const s = (source: string): string => format(simplify(parse(source)));

describe("teacher forms of the issue (#16)", () => {
  it.each([
    // expand numeric factors through powers of products
    ["5/(3x)", "-5/(3x^2)"],
    ["(2x)^3*sin(x)", "24x^2*sin(x) + 8x^3*cos(x)"],
    // collect like terms (the numerator is 4)
    ["(2x)/(3x + 2)", "4/(3x + 2)^2"],
    // combine powers of the same base: x·sqrt(x) = x^(3/2)
    ["sqrt(x)*x", "3 sqrt(x)/2"],
    // the numerator reduces to −eˣ
    ["e^x/(e^x - 1)", "-e^x/(e^x - 1)^2"],
    // a positive argument of abs
    ["abs(x^2 + 1)", "2x"],
    // tan·cos: 1/cos − sin·tan is cos
    ["tan(x)*cos(x)", "cos(x)"],
    ["ln(sin(x))", "cot(x)"],
    ["ln(cos(x))", "-tan(x)"],
  ])("d/dx %s = %s", (source, expected) => {
    expect(d(source)).toBe(expected);
  });

  it.each([
    ["1/cos(x) - sin(x)*tan(x)", "cos(x)"],
    ["2x(x^2 + 1)/abs(x^2 + 1)", "2x"],
    ["e^x*(e^x - 1) - e^(2x)", "-e^x"],
    ["2(3x + 2) - 6x", "4"],
    ["(2x)^3", "8x^3"],
    ["(x/3)^2", "x^2/9"],
    ["5/(3x)^2", "5/(9x^2)"],
    ["x*sqrt(x)", "x*sqrt(x)"],
    ["x^2*sqrt(x)*x", "x^3*sqrt(x)"],
    ["x/sqrt(x)", "sqrt(x)"],
    ["sqrt(x)^2", "x"],
    ["sqrt(2)*sqrt(2)*3", "6"],
    ["sin(x)^2 + cos(x)^2", "1"],
    ["1 - sin(2x)^2", "cos(2x)^2"],
    ["3 - 3cos(x)^2", "3 sin(x)^2"],
    ["abs(e^x + x^2)", "e^x + x^2"],
    ["abs(-x^2 - 1)", "x^2 + 1"],
    ["sqrt(x^2 + 1) - x^2/sqrt(x^2 + 1)", "1/sqrt(x^2 + 1)"],
    // common factors of a quotient, hidden in a sum
    ["(2x + 2)/(x + 1)", "2"],
    ["(x^2 + x)/x", "x + 1"],
    ["x/(x^2 + x)", "1/(x + 1)"],
    ["(2x + 4)/(x + 2)^2", "2/(x + 2)"],
    ["(1 - x)/(x - 1)", "-1"],
    // a power of a sum shared by every term, some holding a higher power of it, goes out
    ["2x(x - 2) - (x - 2)^2", "(x - 2)(x + 2)"],
    ["(x + 1)^2 + 2x(x + 1)", "(x + 1)(3x + 1)"],
    ["x(x + 1) + y(x + 1)", "x*(x + 1) + y*(x + 1)"],
    // a float divided by itself is exactly 1 (not 0.999999999999999, where arcosh is NaN)
    ["2.25/2.25", "1"],
    ["arcosh(2.25/2.25)", "0"],
    // a quotient of sin and cos of the same argument is tan or cot
    ["sin(x)/cos(x)", "tan(x)"],
    ["cos(2x)^2/sin(2x)^2", "cot(2x)^2"],
    ["sin(x)/cos(y)", "sin(x)/cos(y)"],
  ])("simplify %s = %s", (source, expected) => {
    expect(s(source)).toBe(expected);
  });

  it("keeps a teacher's factored forms: a lone product, and sums that collect nothing", () => {
    expect(d("(3x+1)^2")).toBe("6(3x + 1)");
    expect(d("(2x+1)^3")).toBe("6(2x + 1)^2");
    expect(d("x*e^x")).toBe("e^x + x*e^x");
    expect(s("2(x + 1) + y")).toBe("2(x + 1) + y");
    expect(s("abs(x)")).toBe("abs(x)");
    expect(s("abs(x^3 + 1)")).toBe("abs(x^3 + 1)");
    expect(s("sqrt(x^2)")).toBe("sqrt(x^2)");
  });

  it("writes half powers in √ form in TeX", () => {
    expect(toTeX(differentiate("x^(5/2)", "x"))).toBe("\\frac{5 x \\sqrt{x}}{2}");
    expect(toTeX(differentiate("sqrt(x)*x", "x"))).toBe("\\frac{3 \\sqrt{x}}{2}");
  });
});

// Every rewrite of the teacher forms, on shapes built to trigger it from random sub-expressions:
// its result must have the value of what it rewrites wherever that is defined.
const x = fc.integer({ min: -3000, max: 3000 }).map((n) => n / 1000 + 0.000123);
const sub = exprArbitrary(["x"], { depth: 2 });
const small = fc.integer({ min: 2, max: 5 });

/** Shapes that trigger each rewrite: expand, raise, half powers, abs, common factor, shared power of a sum, quotient, tan/cot, Pythagoras. */
const shapes: fc.Arbitrary<[string, Expr]> = fc.oneof(
  fc
    .tuple(small, sub, sub, sub)
    .map(([c, a, b, m]): [string, Expr] => [
      "expand where terms collect",
      add([mul([num(c), m, add([a, b])]), neg(mul([m, a]))]),
    ]),
  fc
    .tuple(sub, sub, sub, sub)
    .map(([a, b, c, m]): [string, Expr] => [
      "expand where terms collect",
      add([mul([m, add([a, b])]), neg(mul([m, add([a, neg(c)])]))]),
    ]),
  fc
    .tuple(small, sub, sub, fc.integer({ min: -3, max: 3 }))
    .map(([c, a, b, n]): [string, Expr] => [
      "numbers out of a power",
      pow(mul([num(c), a, div(b, num(c + 1))]), num(n)),
    ]),
  fc
    .tuple(sub, fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }))
    .map(([a, j, k]): [string, Expr] => [
      "powers of a square root",
      mul([pow(call("sqrt", [a]), num(Math.abs(j))), pow(a, num(k))]),
    ]),
  fc
    .tuple(sub, sub)
    .map(([a, b]): [string, Expr] => [
      "abs of a positive",
      call("abs", [add([pow(a, num(2)), call("exp", [b]), num(1)])]),
    ]),
  fc
    .tuple(sub, sub, sub)
    .map(([a, b, c]): [string, Expr] => [
      "common factor",
      add([call("sqrt", [add([a, b])]), neg(div(a, call("sqrt", [add([a, b])]))), c]),
    ]),
  fc
    .tuple(small, sub, sub, fc.integer({ min: 2, max: 4 }))
    .map(([c, a, b, k]): [string, Expr] => [
      "a shared power of a sum",
      add([
        mul([num(c), a, add([b, num(-2)])]),
        neg(pow(add([b, num(-2)]), num(k))),
        mul([a, pow(add([b, num(-2)]), num(k - 1))]),
      ]),
    ]),
  fc
    .tuple(small, sub, sub, fc.integer({ min: 1, max: 3 }))
    .map(([c, a, b, k]): [string, Expr] => [
      "quotient cancels a sum's factor",
      div(
        add([mul([num(c), a, b]), mul([num(c), a]), neg(mul([num(2 * c), a]))]),
        mul([pow(add([b, neg(num(1))]), num(k)), a]),
      ),
    ]),
  fc
    .tuple(sub, sub, fc.integer({ min: -3, max: 3 }))
    .map(([a, b, k]): [string, Expr] => [
      "tan and cot",
      mul([b, pow(call("sin", [a]), num(k)), div(num(1), pow(call("cos", [a]), num(k)))]),
    ]),
  fc
    .tuple(sub, sub, fc.constantFrom("tan", "cot", "sec", "csc", "sin", "cos"))
    .map(([a, b, fn]): [string, Expr] => [
      "Pythagoras",
      add([
        mul([b, pow(call("sin", [a]), num(2))]),
        mul([b, pow(call("cos", [a]), num(2))]),
        neg(mul([call(fn as "tan", [a]), call("sin", [a]), call("cos", [a])])),
        div(b, call("cos", [a])),
        neg(mul([b, call("sin", [a]), call("tan", [a])])),
      ]),
    ]),
);

/**
 * True when every sub-expression has a moderate value: a rewrite may remove a cancellation of
 * huge terms (x/cos(π/2) − x·sin·tan at 10¹⁶), whose rounding is not a value to keep.
 */
function moderateEverywhere(e: Expr, at: number): boolean {
  if (!(Math.abs(evaluate(e, { x: at })) < 1e4)) return false;
  return childrenOf(e).every((c) => moderateEverywhere(c, at));
}

const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));

describe("every teacher rewrite keeps the value (property)", () => {
  it("on shapes built to trigger each rewrite, wherever the original is defined", () => {
    const compared = new Map<string, number>();
    fc.assert(
      fc.property(shapes, x, ([rule, e], at) => {
        const before = evaluate(e, { x: at });
        if (!moderateEverywhere(e, at)) return;
        const after = evaluate(simplify(e), { x: at });
        expect(close(before, after), `${rule}: ${format(e)} at ${at}`).toBe(true);
        compared.set(rule, (compared.get(rule) ?? 0) + 1);
      }),
      { numRuns: 4000 },
    );
    // Each rewrite met defined values often enough to count.
    expect(compared.size).toBe(9);
    for (const [rule, n] of compared) expect(n, rule).toBeGreaterThan(100);
  });

  it("on derivatives of random formulas: the simplified derivative has the unsimplified one's value", () => {
    fc.assert(
      fc.property(exprArbitrary(["x"], { depth: 3 }), x, (e, at) => {
        const derivative = differentiate(e, "x");
        const value = evaluate(derivative, { x: at });
        const again = evaluate(simplify(derivative), { x: at });
        if (!Number.isFinite(value) || Math.abs(value) > 1e6) return;
        expect(close(value, again), `${format(derivative)} at ${at}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
