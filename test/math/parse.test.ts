// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  ExpressionError,
  MAX_DEPTH,
  MAX_SOURCE_LENGTH,
  format,
  parse,
  safeParse,
  spanOf,
} from "../../src/math";

const accepted: Array<[string, string]> = [
  ["3", "3"],
  ["0.5", "0.5"],
  [".5", "0.5"],
  ["1e-3", "0.001"],
  ["2E3", "2000"],
  ["x", "x"],
  ["w1", "w1"],
  ["w_1", "w1"],
  ["w₁", "w1"],
  ["w_{1}", "w1"],
  ["x_max", "x_max"],
  ["pi", "pi"],
  ["π", "pi"],
  ["e", "e"],
  ["2pi", "2pi"],
  ["1 + 2 - 3", "1 + 2 - 3"],
  ["2^3^2", "2^3^2"],
  ["(2^3)^2", "(2^3)^2"],
  ["-x^2", "-x^2"],
  ["-2x", "-2x"],
  ["2*-x", "2*(-x)"],
  ["x^-2", "x^-2"],
  ["--x", "--x"],
  ["+x", "x"],
  ["2x", "2x"],
  ["3(x+1)", "3(x + 1)"],
  ["2 sin(x)", "2 sin(x)"],
  ["(x+1)(x-1)", "(x + 1)(x - 1)"],
  ["x(x+1)", "x*(x + 1)"],
  ["2x y", "2x*y"],
  ["x²", "x^2"],
  ["x³ + x¹⁰", "x^3 + x^10"],
  ["x⁻¹", "x^-1"],
  ["(x+1)²", "(x + 1)^2"],
  ["2·x × 3", "2x*3"],
  ["a − b", "a - b"],
  ["a ÷ b", "a/b"],
  ["a/b/c", "a/b/c"],
  ["a/(b/c)", "a/(b/c)"],
  ["1/2x", "1/2*x"],
  ["2x/3", "2x/3"],
  ["sin(x)", "sin(x)"],
  ["log(x)", "ln(x)"],
  ["ln(x)", "ln(x)"],
  ["log10(x)", "log10(x)"],
  ["σ(z)", "sigmoid(z)"],
  ["sigmoid(w*x + b)", "sigmoid(w*x + b)"],
  ["tanh(x) + relu(x) + softplus(x)", "tanh(x) + relu(x) + softplus(x)"],
  ["sqrt(x) + abs(x) + exp(x)", "sqrt(x) + abs(x) + exp(x)"],
  ["√x", "sqrt(x)"],
  ["√(x+1)", "sqrt(x + 1)"],
  ["min(x, 1) + max(x, 2, 3)", "min(x, 1) + max(x, 2, 3)"],
  ["sin²(x)", "sin(x)^2"],
  ["sin^2(x)", "sin(x)^2"],
  ["sigmoid(x)(1 - sigmoid(x))", "sigmoid(x)(1 - sigmoid(x))"],
  ["(a - y)^2", "(a - y)^2"],
  ["w1^2 + 2 w2^2", "w1^2 + 2w2^2"],
  ["w₁² + 2w₂²", "w1^2 + 2w2^2"],
  ["e^x", "e^x"],
  ["2e^x", "2*e^x"],
  ["αx + β", "α*x + β"],
  ["x\u00a0+\t1\n", "x + 1"],
  ["((((x))))", "x"],
];

describe("parse: what people write", () => {
  it.each(accepted)("%s reads as %s", (source, text) => {
    expect(format(parse(source))).toBe(text);
  });

  it("keeps '-x^2' as -(x^2) and '^' right-associative", () => {
    expect(parse("-x^2")).toMatchObject({ kind: "neg", arg: { kind: "pow" } });
    expect(parse("2^3^2")).toMatchObject({ kind: "pow", exp: { kind: "pow" } });
  });

  it("flattens chains of + and * into one node", () => {
    const sum = parse("a + b - c + d");
    expect(sum.kind === "add" && sum.terms.length).toBe(4);
    const product = parse("2 x y z");
    expect(product.kind === "mul" && product.factors.length).toBe(4);
  });

  it("records the span of each node", () => {
    const e = parse("2 + sin(x)");
    expect(e.kind).toBe("add");
    if (e.kind !== "add") return;
    expect(spanOf(e.terms[1]!)).toEqual({ start: 4, end: 10 });
  });
});

const rejected: Array<[string, string, number, number, string]> = [
  ["", "empty", 0, 0, "Type a formula"],
  ["   ", "empty", 0, 0, "Type a formula"],
  ["sinn(x)", "unknown-function", 0, 4, "Unknown function 'sinn' — did you mean 'sin'?"],
  ["sigmod(x)", "unknown-function", 0, 6, "did you mean 'sigmoid'?"],
  ["foo(x)", "unknown-function", 0, 3, "Unknown function 'foo'"],
  ["2*", "expected-operand", 1, 2, "Expected a number or a variable after '*'"],
  ["2 + * 3", "expected-operand", 2, 5, "Expected a number or a variable after '+'"],
  ["x^", "expected-operand", 1, 2, "after '^'"],
  ["()", "expected-operand", 0, 2, "after '('"],
  ["(x+1", "missing-close", 0, 4, "Missing ')' to close the '(' at 0"],
  ["3*(x+1", "missing-close", 2, 6, "Missing ')' to close the '(' at 2"],
  ["sin(x", "missing-close", 3, 5, "Missing ')' to close the '(' at 3"],
  ["x)", "unmatched-close", 1, 2, "no matching '('"],
  ["f(x) = x^2", "equation", 5, 6, "without '='"],
  ["0,5", "decimal-comma", 0, 3, "write 0.5"],
  ["2 3", "missing-operator", 0, 3, "Missing an operator between '2' and '3'"],
  ["sin x", "missing-parenthesis", 0, 3, "Put the input of 'sin' in parentheses"],
  ["|x|", "absolute-bars", 0, 1, "abs(x)"],
  ["x $ 2", "unexpected-character", 2, 3, "'$'"],
  ["[x]", "unexpected-character", 0, 1, "round brackets"],
  ["max(1)", "argument-count", 0, 6, "at least 2"],
  ["sin(1, 2)", "argument-count", 0, 9, "takes 1 input, but got 2"],
  ["x_", "unexpected-character", 1, 2, "'_'"],
  ["2 ⁻", "unexpected-character", 2, 3, "superscript"],
  ["x, y", "unexpected-token", 1, 2, "Unexpected ','"],
];

describe("parse: errors a student understands", () => {
  it.each(rejected)("%j → %s [%i, %i]", (source, code, start, end, message) => {
    const result = safeParse(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(ExpressionError);
    expect(result.error.code).toBe(code);
    expect([result.error.start, result.error.end]).toEqual([start, end]);
    expect(result.error.message).toContain(message);
  });

  it("throws from parse and returns from safeParse", () => {
    expect(() => parse("2*")).toThrow(ExpressionError);
    expect(safeParse("x^2")).toMatchObject({ ok: true, expr: { kind: "pow" } });
  });
});

describe("parse: bounds", () => {
  it("refuses more than MAX_SOURCE_LENGTH characters, pointing past the limit", () => {
    const source = "x+".repeat(MAX_SOURCE_LENGTH / 2) + "x";
    const result = safeParse(source);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({
        code: "too-long",
        start: MAX_SOURCE_LENGTH,
        end: source.length,
      });
    expect(safeParse(" ".repeat(MAX_SOURCE_LENGTH - 1) + "x").ok).toBe(true);
  });

  it.each([
    ["parentheses", (n: number) => "(".repeat(n) + "x" + ")".repeat(n)],
    ["signs", (n: number) => "-".repeat(n) + "x"],
    ["functions", (n: number) => "sin(".repeat(n) + "x" + ")".repeat(n)],
    ["powers", (n: number) => Array.from({ length: n + 1 }, () => "x").join("^")],
    ["divisions", (n: number) => Array.from({ length: n + 1 }, () => "x").join("/")],
  ])("accepts %s nested %i levels and refuses one more", (_, build) => {
    expect(safeParse(build(MAX_DEPTH - 1)).ok).toBe(true);
    const deep = safeParse(build(MAX_DEPTH + 1));
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.error.code).toBe("too-deep");
  });

  it("keeps long sums and products flat", () => {
    const sum = parse("x+".repeat(499) + "x");
    expect(sum.kind === "add" && sum.terms.length).toBe(500);
    const product = parse("x*".repeat(499) + "x");
    expect(product.kind === "mul" && product.factors.length).toBe(500);
  });

  it("never overflows the stack on pathological input", () => {
    for (const source of [
      "(".repeat(10_000),
      "-".repeat(10_000),
      "sin(".repeat(2500),
      "^".repeat(10_000),
      "x^".repeat(5000),
    ]) {
      const result = safeParse(source.slice(0, MAX_SOURCE_LENGTH));
      expect(result.ok).toBe(false);
    }
  });
});
