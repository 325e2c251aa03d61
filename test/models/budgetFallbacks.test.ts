// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  MAX_SAMPLING_WORK,
  MAX_TEX_LENGTH,
  compile,
  derivationSteps,
  differentiate,
  isOverBudget,
  parse,
  safeParse,
  simplify,
  toTeX,
} from "../../src/math";
import { add, call, mul, num, variable } from "../../src/math/ast";
import { withBudget, withoutBudget } from "../../src/math/meter";
import { translateProblem } from "../../src/i18n/problems";
import { chainGraphState } from "../../src/models/chainGraph";
import { MAX_CHAIN_STEPS, chainSpec } from "../../src/models/chainProgram";
import { resolveCost } from "../../src/models/gradientCost";
import { gradientLandscape } from "../../src/models/gradientLandscape";
import { resolveFunction } from "../../src/models/secantFunction";

// A product of 40 sums: the engine refuses its derivative (work), yet f itself is fine to draw.
const product = Array.from({ length: 40 }, (_, k) => `(1 + x/${k + 1})`).join("");

/** The exact derivative, worked out without budgets, as a function (the reference). */
function exactSlope(source: string, variable: string, names: string[]): (...v: number[]) => number {
  return compile(
    withoutBudget(() => differentiate(source, variable)),
    names,
  );
}

describe("the secant keeps its picture when the derivative is over budget (#18)", () => {
  const resolved = resolveFunction(product);

  it("resolves, with the slope estimated and the refusal kept as a note", () => {
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    const { fn } = resolved;
    expect(fn.source).toBe("estimated");
    expect(fn.texSlope).toBeNull();
    expect(fn.omitted).toMatch(/^This formula is too large to differentiate here/);
    expect(fn.texF).not.toBeNull();
    expect(fn.cost).toBeGreaterThan(100);
  });

  it("estimates the slope within a millionth of the exact one", () => {
    if (!resolved.ok) return;
    const exact = exactSlope(product, "x", ["x"]);
    for (const x of [-0.5, 0, 0.3, 1]) {
      const estimate = resolved.fn.slope(x);
      const truth = exact(x);
      expect(Math.abs(estimate.value - truth)).toBeLessThan(1e-6 * Math.max(1, Math.abs(truth)));
    }
  });

  it("a formula under the budgets is untouched: exact slope, no note", () => {
    const plain = resolveFunction("x^3*sin(x)");
    expect(plain.ok && plain.fn.source).toBe("symbolic");
    expect(plain.ok && plain.fn.omitted).toBeNull();
  });
});

describe("the gradient map keeps its slopes when the partials are over budget (#18)", () => {
  const cost = product.replace(/x/g, "w1") + " + w2^2";
  const resolved = resolveCost(cost);

  it("resolves, with partials and their TeX left out and the refusal kept", () => {
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    expect(resolved.cost.partials).toBeNull();
    expect(resolved.cost.tex.partials).toBeNull();
    expect(resolved.cost.omitted).toMatch(/too large to differentiate/);
  });

  it("estimates ∇L by central differences close to the exact partials", () => {
    if (!resolved.ok) return;
    const exact1 = exactSlope(cost, "w1", ["w1", "w2"]);
    const exact2 = exactSlope(cost, "w2", ["w1", "w2"]);
    for (const [a, b] of [
      [0, 0],
      [0.4, -1],
      [-0.7, 0.5],
    ] as const) {
      const [g1, g2] = resolved.cost.gradient(a, b);
      expect(Math.abs(g1 - exact1(a, b))).toBeLessThan(1e-5 * Math.max(1, Math.abs(exact1(a, b))));
      expect(Math.abs(g2 - exact2(a, b))).toBeLessThan(1e-5);
    }
  });

  it("draws the map on a coarser grid that keeps to the sampling budget", () => {
    const large = resolveCost(
      Array.from({ length: 150 }, (_, k) => `(1 + w1/${k + 1})`).join("") + " + w2^2",
    );
    expect(large.ok).toBe(true);
    if (!large.ok) return;
    const landscape = gradientLandscape(large.cost, { x: [-1, 1], y: [-1, 1] });
    expect((landscape.resolution + 1) ** 2 * large.cost.size).toBeLessThanOrEqual(
      MAX_SAMPLING_WORK,
    );
    expect(landscape.resolution).toBeLessThan(64);
    expect(landscape.resolution).toBeGreaterThanOrEqual(4);
    expect(landscape.contours.length).toBeGreaterThan(0);
  });
});

describe("the chain-rule graph (#18)", () => {
  it("refuses a formula that makes more steps than a graph shows, saying how many", () => {
    const nested = "sin(".repeat(MAX_CHAIN_STEPS + 1) + "x" + ")".repeat(MAX_CHAIN_STEPS + 1);
    const resolved = chainSpec({ mode: "composition", composition: nested });
    expect(resolved.ok).toBe(false);
    if (!resolved.ok)
      expect(resolved.problem.message).toBe(
        `This formula is too large to draw as a graph: it makes ${MAX_CHAIN_STEPS + 1} steps, and a graph shows at most ${MAX_CHAIN_STEPS}.`,
      );
    const fits = "sin(".repeat(MAX_CHAIN_STEPS) + "x" + ")".repeat(MAX_CHAIN_STEPS);
    expect(chainSpec({ mode: "composition", composition: fits }).ok).toBe(true);
  });

  it("refuses a graph over the budgets as a problem, never as a throw while drawing", () => {
    // Affine steps fuse into one step that grows with every level.
    const affine =
      "(".repeat(90) + "x" + Array.from({ length: 90 }, (_, i) => `+1)*${(i % 3) + 2}`).join("");
    const fused = chainSpec({ mode: "composition", composition: affine });
    expect(fused.ok).toBe(false);
    if (!fused.ok) expect(fused.problem.message).toMatch(/too large to differentiate here/);
    // A program whose one step is too long to write as TeX.
    const long = Array.from({ length: 800 }, (_, i) => `x^${i % 9}`).join(" + ");
    const program = chainSpec({ mode: "composition", program: { f: long } });
    expect(program.ok).toBe(false);
    if (!program.ok) expect(program.problem.message).toMatch(/too (long|large)/);
  });

  it("leaves the engine's check out, and says so, when the whole derivative is over budget", () => {
    // 30 factors: 31 boxes, within the graph's limit, but the whole derivative is over budget.
    const thirty = Array.from({ length: 30 }, (_, k) => `(x + ${k + 1})`).join("");
    const resolved = chainSpec({ mode: "composition", composition: thirty });
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    const state = chainGraphState({ spec: resolved.spec, values: { x: 0.5 } });
    expect(state.check.omitted).toMatch(/too large to differentiate/);
    expect(state.check.tex).toBeNull();
    expect(Number.isFinite(state.product)).toBe(true);
    expect(state.tex.check).not.toContain("null");
  });
});

describe("numbers and messages (#18)", () => {
  it("refuses a number literal JavaScript reads as Infinity, pointing at it", () => {
    const digits = "1".repeat(400);
    const result = safeParse(`2 + ${digits}x`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("too-large");
      expect([result.error.start, result.error.end]).toEqual([4, 404]);
      expect(result.error.message).toBe(
        "The number 11111111… is too large (more than 1.8 × 10^308)",
      );
    }
    expect(safeParse("1e308 x").ok).toBe(true);
    expect(safeParse("1e309 x").ok).toBe(false);
  });

  it("translates every budget message into French", () => {
    const messages: string[] = [];
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (isOverBudget(error)) messages.push(error.message);
        else throw error;
      }
    };
    refusal(() => parse("x+".repeat(1500) + "x"));
    refusal(() => parse("(".repeat(150) + "x" + ")".repeat(150)));
    refusal(() => parse(Array.from({ length: 1000 }, () => "1").join("+")));
    refusal(() => differentiate(product, "x"));
    refusal(() => toTeX(add(Array.from({ length: MAX_TEX_LENGTH }, () => variable("x")))));
    refusal(() => parse("1e999"));
    refusal(() => derivationSteps(product, "x"));
    // A derivative over its size (an outer budget without limit lifts the work budget) and a
    // simplification over its work.
    const sines = add(
      Array.from({ length: 1_500 }, (_, k) => call("sin", [mul([num(k + 2), variable("x")])])),
    );
    const unlimited = () => new Error("work") as never;
    refusal(() => withBudget(Number.POSITIVE_INFINITY, unlimited, () => differentiate(sines, "x")));
    refusal(() => simplify(sines));
    expect(messages.some((m) => m.endsWith("terms)"))).toBe(true);
    expect(messages.some((m) => m.endsWith("operations)"))).toBe(true);
    expect(messages).toHaveLength(9);
    for (const message of messages) {
      const french = translateProblem(message, "fr");
      expect(french, message).not.toBe(message);
      expect(french).toMatch(/trop (longue|grande|imbriquée|grand)/);
      expect(french).not.toMatch(/more than|operations|terms/);
    }
  });
});
