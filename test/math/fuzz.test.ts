// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ExpressionError, exprEquals, format, parse, toTeX } from "../../src/math";
import { seededRandom } from "../support/random";

const PIECES = [
  ..."0123456789.xyzwabe+-*/^()(),_ =|[]{}$#!?;:'\"\\~`@%&",
  ..."²³¹⁰⁻⁺₁₂·×−÷√πσαβ\u00a0\t\n",
  "sin",
  "cos",
  "tan",
  "exp",
  "ln",
  "log",
  "log10",
  "sqrt",
  "abs",
  "sigmoid",
  "tanh",
  "relu",
  "softplus",
  "min",
  "max",
  // #16
  "arcsin",
  "asinh",
  "sec",
  "cot",
  "cbrt",
  "sh",
  "log_3",
  "log₂",
  "nthroot",
  "root",
  "pi",
  "e",
  "w1",
  "w_1",
  "x_max",
  "sinn",
  "1e-3",
  "1e",
  ".5",
  "2.",
  "\u{1F600}",
  "\ud800",
];
const SEEDS = [
  "x^2",
  "2x^2 - 3x + 1",
  "sigmoid(w*x + b)",
  "(a - y)^2",
  "w₁² + 2w₂²",
  "(3x+1)^2",
  "e^(-x)/(1 + e^(-x))",
  "sin(x)cos(x)",
  "max(x, 0) + min(x, 1, 2)",
  "√(x+1) · 2",
  "ln(x) - log10(x)",
  "-x^-2^3",
  "1/2x",
  "arctan(x^2) + log(x, 3) - nthroot(x, 5)",
  "sh(x)ch(x) + log_2(x)",
];

function randomString(next: () => number): string {
  const length = Math.floor(next() * 24);
  let out = "";
  for (let i = 0; i < length; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

function mutate(next: () => number): string {
  let s = SEEDS[Math.floor(next() * SEEDS.length)] as string;
  const edits = 1 + Math.floor(next() * 3);
  for (let k = 0; k < edits; k++) {
    const i = Math.floor(next() * (s.length + 1));
    const kind = Math.floor(next() * 5);
    const piece = PIECES[Math.floor(next() * PIECES.length)] as string;
    if (kind === 0) s = s.slice(0, i) + s.slice(i + 1);
    else if (kind === 1) s = s.slice(0, i) + piece + s.slice(i);
    else if (kind === 2) s = s.slice(0, i) + piece + s.slice(i + 1);
    else if (kind === 3) s = s.slice(0, i) + s.slice(Math.floor(next() * s.length));
    else s = "(".repeat(Math.floor(next() * 4)) + s + ")".repeat(Math.floor(next() * 4));
  }
  return s;
}

describe("fuzz: 100,000 generated strings", () => {
  it("throws nothing but ExpressionError, always with a valid span, and round-trips what it accepts", () => {
    const next = seededRandom(20240607);
    let accepted = 0;
    let rejected = 0;
    for (let n = 0; n < 100_000; n++) {
      const source = n % 2 === 0 ? randomString(next) : mutate(next);
      let tree;
      try {
        tree = parse(source);
      } catch (error) {
        if (!(error instanceof ExpressionError))
          throw new Error(`Non-ExpressionError for ${JSON.stringify(source)}: ${String(error)}`);
        const valid =
          Number.isInteger(error.start) &&
          Number.isInteger(error.end) &&
          0 <= error.start &&
          error.start <= error.end &&
          error.end <= source.length;
        if (!valid || error.message.length === 0)
          throw new Error(`Bad span [${error.start}, ${error.end}] for ${JSON.stringify(source)}`);
        rejected++;
        continue;
      }
      accepted++;
      const text = format(tree);
      if (!exprEquals(parse(text), tree))
        throw new Error(`Round trip failed for ${JSON.stringify(source)} → ${text}`);
      toTeX(tree);
    }
    expect(accepted + rejected).toBe(100_000);
    expect(accepted).toBeGreaterThan(5_000);
    expect(rejected).toBeGreaterThan(20_000);
  });
});
