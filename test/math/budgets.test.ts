// @vitest-environment node
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Expr } from "../../src/math";
import {
  MAX_DERIVATIVE_NODES,
  MAX_NODES,
  MAX_SAMPLING_WORK,
  MAX_SIMPLIFY_NODES,
  MAX_SYMBOLIC_WORK,
  MAX_TEX_LENGTH,
  derivationSteps,
  differentiate,
  evaluate,
  format,
  freeVariables,
  isOverBudget,
  parse,
  safeParse,
  sampleCurve,
  simplify,
  toTeX,
  writtenSize,
} from "../../src/math";
import { add, call, mul, num, variable } from "../../src/math/ast";
import { gridWithin, samplesWithin } from "../../src/math/budgets";
import { lastWork, withBudget, withoutBudget } from "../../src/math/meter";
import { exprArbitrary } from "./arbitraries";

const x = variable("x");

/** The largest n in [lo, hi] for which `fits(n)` holds (`fits` is true up to an edge, then false). */
function edgeOf(fits: (n: number) => boolean, lo: number, hi: number): number {
  expect(fits(lo)).toBe(true);
  expect(fits(hi)).toBe(false);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Calls `run` and returns the error code it throws (or "ok"). */
function outcome(run: () => unknown): string {
  try {
    run();
    return "ok";
  } catch (error) {
    if (isOverBudget(error)) return error.code;
    throw error;
  }
}

describe("budgets: each one at its edge", () => {
  it("MAX_NODES: a parsed formula of exactly MAX_NODES nodes is read, one more is refused", () => {
    // `1+1+…+1` with k ones is k + 1 nodes (the sum and its terms).
    const ones = (k: number) => Array.from({ length: k }, () => "1").join("+");
    expect(safeParse(ones(MAX_NODES - 1)).ok).toBe(true);
    const over = safeParse(ones(MAX_NODES));
    expect(over.ok).toBe(false);
    if (!over.ok) {
      expect(over.error.code).toBe("too-large");
      expect(over.error.message).toBe(
        `This formula is too large (more than ${MAX_NODES.toLocaleString("en")} parts)`,
      );
      expect([over.error.start, over.error.end]).toEqual([0, ones(MAX_NODES).length]);
    }
  });

  it("MAX_DERIVATIVE_NODES: the largest derivative that fits is returned whole, one term more is refused", () => {
    // d/dx Σ sin(k·x) = Σ k·cos(k·x): the derivative grows by a few nodes per term.
    const sines = (n: number): Expr =>
      add(Array.from({ length: n }, (_, k) => call("sin", [mul([num(k + 2), x])])));
    const size = (n: number) => withoutBudget(() => writtenSize(differentiate(sines(n), "x")));
    const n = edgeOf((k) => size(k) <= MAX_DERIVATIVE_NODES, 10, 2_000);
    // Such long sums pass the work budget first: an outer budget without limit lifts it, and
    // leaves the size of the result as the only limit in play.
    const refuse = () => new Error("work") as never;
    const sizeOnly = <T>(run: () => T): T => withBudget(Number.POSITIVE_INFINITY, refuse, run);
    const fits = sizeOnly(() => differentiate(sines(n), "x"));
    expect(writtenSize(fits)).toBe(size(n));
    expect(writtenSize(fits)).toBeLessThanOrEqual(MAX_DERIVATIVE_NODES);
    expect(() => sizeOnly(() => differentiate(sines(n + 1), "x"))).toThrow(
      `This formula is too large to differentiate here (more than ${MAX_DERIVATIVE_NODES.toLocaleString("en")} terms)`,
    );
    expect(outcome(() => sizeOnly(() => differentiate(sines(n + 1), "x")))).toBe(
      "derivative-too-large",
    );
  });

  it("MAX_SIMPLIFY_NODES: a simplified tree at the limit is returned, one term more is refused", () => {
    // Σ sin(k·x) simplifies to itself: 4 nodes per term plus the sum.
    const sines = (n: number): Expr =>
      add(Array.from({ length: n }, (_, k) => call("sin", [mul([num(k + 2), x])])));
    const n = edgeOf(
      (k) => withoutBudget(() => writtenSize(simplify(sines(k)))) <= MAX_SIMPLIFY_NODES,
      10,
      5_000,
    );
    const fits = simplify(sines(n));
    expect(writtenSize(fits)).toBeLessThanOrEqual(MAX_SIMPLIFY_NODES);
    expect(fits).toEqual(withoutBudget(() => simplify(sines(n))));
    expect(outcome(() => simplify(sines(n + 1)))).toBe("simplify-too-large");
  });

  it("MAX_SYMBOLIC_WORK: the meter refuses one unit past its limit, and differentiate keeps to it", () => {
    // x·x·…·x (n factors): its derivative is tiny (n·x^(n−1)), but collecting the n products of
    // the product rule costs about n² units, so the work budget is the one that stops it.
    const product = (n: number): Expr => mul(Array.from({ length: n }, () => x));
    // The meter itself: a run that spends W units fits a budget of W, not of W − 1.
    const refuse = () => new Error("over") as never;
    withBudget(Number.POSITIVE_INFINITY, refuse, () => differentiate(product(6), "x"));
    const spent = lastWork();
    expect(spent).toBeGreaterThan(0);
    expect(() => withBudget(spent, refuse, () => differentiate(product(6), "x"))).not.toThrow();
    expect(() => withBudget(spent - 1, refuse, () => differentiate(product(6), "x"))).toThrow(
      "over",
    );
    // differentiate: the largest such product that fits the work budget is derived exactly as
    // without a budget; one factor more is refused, with the work named.
    const work = (n: number): number => {
      withBudget(Number.POSITIVE_INFINITY, refuse, () => differentiate(product(n), "x"));
      return lastWork();
    };
    const n = edgeOf((k) => work(k) <= MAX_SYMBOLIC_WORK, 2, 600);
    const unbounded = withoutBudget(() => differentiate(product(n), "x"));
    expect(differentiate(product(n), "x")).toEqual(unbounded);
    expect(() => differentiate(product(n + 1), "x")).toThrow(
      `This formula is too large to differentiate here (more than ${MAX_SYMBOLIC_WORK.toLocaleString("en")} operations)`,
    );
  });

  it("MAX_SYMBOLIC_WORK: a derivation too long to explain is refused as a whole", () => {
    const nested = (n: number) => "sin(".repeat(n) + "x" + ")".repeat(n);
    expect(derivationSteps(nested(3), "x").length).toBeGreaterThan(3);
    expect(outcome(() => derivationSteps(nested(90), "x"))).toBe("steps-too-large");
  });

  it("MAX_TEX_LENGTH: TeX of exactly MAX_TEX_LENGTH characters is written, one more is refused", () => {
    // `x + x + … + x` (an unsimplified sum of k terms) is 4k − 3 characters of TeX; a last
    // term of d digits adds 3 + d, so k terms and MAX_TEX_LENGTH − 4k digits make exactly the limit.
    const sum = (k: number, digits: number): Expr =>
      add([...Array.from({ length: k }, () => x), num(Number("123456789".slice(0, digits)))]);
    const k = Math.floor(MAX_TEX_LENGTH / 4) - 2;
    const digits = MAX_TEX_LENGTH - 4 * k;
    expect(toTeX(sum(k, digits))).toHaveLength(MAX_TEX_LENGTH);
    expect(() => toTeX(sum(k, digits + 1))).toThrow(
      `This formula is too long to typeset here (more than ${MAX_TEX_LENGTH.toLocaleString("en")} characters)`,
    );
  });

  it("MAX_TEX_LENGTH: a tree with more nodes than characters allowed is refused before it is written", () => {
    // A derivative-sized tree shared many times (a DAG) would be enormous written out.
    let shared: Expr = x;
    for (let i = 0; i < 40; i++) shared = add([shared, shared]);
    expect(writtenSize(shared, MAX_TEX_LENGTH)).toBeGreaterThan(MAX_TEX_LENGTH);
    expect(outcome(() => toTeX(shared))).toBe("tex-too-long");
  });

  it("MAX_SAMPLING_WORK: a sampling pass never spends more than the budget", () => {
    let calls = 0;
    const f = (t: number) => {
      calls++;
      return Math.sin(5 * t) + t * t;
    };
    sampleCurve(f, [-3, 3]);
    const free = calls;
    expect(free).toBeGreaterThan(100);
    calls = 0;
    const cost = Math.floor(MAX_SAMPLING_WORK / 100);
    sampleCurve(f, [-3, 3], { cost });
    expect(calls * cost).toBeLessThanOrEqual(MAX_SAMPLING_WORK);
    expect(calls).toBeGreaterThan(50);
    expect(samplesWithin(1, 2000)).toBe(2000);
    expect(samplesWithin(MAX_SAMPLING_WORK, 2000)).toBe(8);
    expect(gridWithin(10, 64)).toBe(64);
    const side = gridWithin(MAX_SAMPLING_WORK / 400, 64);
    expect((side + 1) ** 2 * (MAX_SAMPLING_WORK / 400)).toBeLessThanOrEqual(MAX_SAMPLING_WORK);
    expect((side + 2) ** 2 * (MAX_SAMPLING_WORK / 400)).toBeGreaterThan(MAX_SAMPLING_WORK);
  });
});

describe("budgets: the issue's formulas answer quickly with a refusal", () => {
  const product = Array.from({ length: 200 }, (_, i) => `(x+${i + 1})`).join("");
  const nested = "sin(".repeat(199) + "x" + ")".repeat(199);
  const min300 = `min(${Array.from({ length: 300 }, () => "x").join(", ")})`;
  const factors = Array.from({ length: 4999 }, () => "x").join(" ");

  it.each([
    ["(x+1)…(x+200)", product, "derivative-too-large"],
    ["sin nested 199 deep", nested, "too-deep"],
    ["min of 300 arguments", min300, "derivative-too-large"],
    ["x x … x, 4,999 factors", factors, "too-long"],
  ])("%s", (_, source, code) => {
    expect(outcome(() => differentiate(source, "x"))).toBe(code);
  });
});

describe("budgets: nested calls share one meter", () => {
  it("a derivative inside a budgeted run charges the outer budget", () => {
    const refuse = () => new Error("outer") as never;
    expect(() => withBudget(10, refuse, () => differentiate("sin(x)^2 + x^3", "x"))).toThrow(
      "outer",
    );
    // …and the meter is free again afterwards.
    expect(differentiate("x^2", "x")).toEqual(mul([num(2), x]));
  });
});

describe("budgets refuse, they never alter", () => {
  /** The budgeted result, or the refusal's code; any other error is rethrown. */
  const guarded = <T>(run: () => T): { ok: true; value: T } | { ok: false; code: string } => {
    try {
      return { ok: true, value: run() };
    } catch (error) {
      if (isOverBudget(error)) return { ok: false, code: error.code };
      throw error;
    }
  };
  /** Compares a budgeted run with the same run without budgets (errors compared by message). */
  const same = <T>(run: () => T): void => {
    const bounded = guarded(run);
    let free: { value: T } | { error: string };
    try {
      free = { value: withoutBudget(run) };
    } catch (error) {
      free = { error: String(error) };
    }
    if (bounded.ok) expect(free).toEqual({ value: bounded.value });
  };

  it("differentiate, simplify, toTeX and derivationSteps give the results of the engine before the budgets", () => {
    // The chapter's formulas and 200 random ones (fast-check, seed 18), first written by the
    // engine at 31273d4, before any budget existed; rewritten without budgets when simplify
    // learnt the teacher forms of #16 (22 of 218 cases changed form), the forms of 31273d4 kept
    // in `before`. A refusal is allowed; any other difference is not.
    const golden = JSON.parse(
      readFileSync(new URL("./budgets.golden.json", import.meta.url), "utf8"),
    ) as {
      cases: {
        expr: Expr;
        derivative: string | { error: string };
        simplified: string | { error: string };
        tex: string | { error: string };
        steps: string[] | { error: string };
        before: { derivative: string | { error: string }; simplified: string | { error: string } };
      }[];
    };
    expect(golden.cases.length).toBeGreaterThanOrEqual(200);
    let compared = 0;
    for (const c of golden.cases) {
      const now = {
        derivative: guarded(() => format(differentiate(c.expr, "x"))),
        simplified: guarded(() => format(simplify(c.expr))),
        tex: guarded(() => toTeX(c.expr)),
        steps: guarded(() => derivationSteps(c.expr, "x").map((s) => s.tex)),
      };
      for (const key of ["derivative", "simplified", "tex", "steps"] as const) {
        const result = now[key];
        if (!result.ok) continue;
        expect(result.value, `${key} of ${format(c.expr)}`).toEqual(c[key]);
        compared++;
      }
    }
    // The budgets refuse none of these: every result was compared.
    expect(compared).toBe(golden.cases.length * 4);
  });

  it("the derivatives and simplified forms of the golden cases keep the values of 31273d4", () => {
    // Teacher forms (#16) change how results are written, never their value: each result has the
    // value of the form the engine wrote before, wherever that one is defined.
    const golden = JSON.parse(
      readFileSync(new URL("./budgets.golden.json", import.meta.url), "utf8"),
    ) as {
      cases: { expr: Expr; before: Record<"derivative" | "simplified", string | object> }[];
    };
    let compared = 0;
    for (const c of golden.cases) {
      for (const key of ["derivative", "simplified"] as const) {
        const then = c.before[key];
        if (typeof then !== "string") continue;
        const old = parse(then);
        const now = key === "derivative" ? differentiate(c.expr, "x") : simplify(c.expr);
        for (const at of [-1.37, 0.43, 2.11]) {
          const scope = Object.fromEntries(
            freeVariables(c.expr).map((v, i) => [v, v === "x" ? at : 0.7 + 0.3 * i]),
          );
          const expected = evaluate(old, scope);
          if (!Number.isFinite(expected) || Math.abs(expected) > 1e8) continue;
          const actual = evaluate(now, scope);
          expect(
            Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
            `${key} of ${format(c.expr)} at x = ${at}: ${format(now)} = ${actual}, was ${then} = ${expected}`,
          ).toBe(true);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(900);
  });

  it("a budgeted run equals the same run without budgets, on random formulas", () => {
    fc.assert(
      fc.property(exprArbitrary(["x", "y"], { depth: 5 }), (e) => {
        same(() => differentiate(e, "x"));
        same(() => simplify(e));
        same(() => toTeX(e));
        same(() => derivationSteps(e, "x"));
      }),
      { numRuns: 200 },
    );
  });

  it("the same for long products, sums and nestings near the limits", () => {
    const shapes = fc.oneof(
      fc
        .integer({ min: 1, max: 60 })
        .map((n) => mul(Array.from({ length: n }, (_, k) => add([x, num(k)])))),
      fc.integer({ min: 1, max: 60 }).map((n) => {
        let e: Expr = x;
        for (let k = 0; k < n; k++) e = call(k % 2 ? "sin" : "sqrt", [add([e, num(1)])]);
        return e;
      }),
      fc.integer({ min: 2, max: 60 }).map((n) =>
        call(
          "max",
          Array.from({ length: n }, (_, k) => add([x, num(k)])),
        ),
      ),
    );
    fc.assert(
      fc.property(shapes, (e) => {
        same(() => differentiate(e, "x"));
        same(() => toTeX(e));
      }),
      { numRuns: 60 },
    );
  });
});
