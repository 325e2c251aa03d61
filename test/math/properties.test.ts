// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computationGraph,
  differentiate,
  evaluate,
  exprEquals,
  format,
  freeVariables,
  numericDerivative,
  parse,
  simplify,
  toTeX,
} from "../../src/math";
import type { Expr } from "../../src/math";
import { exprArbitrary } from "./arbitraries";

const close = (a: number, b: number, tolerance: number): boolean =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
/** Points in [-3, 3] on a grid offset from the integers (no subnormal floats, no exact kinks). */
const point = fc.integer({ min: -3000, max: 3000 }).map((n) => n / 1000 + 0.000123);

/**
 * True when every sub-expression has a finite, moderate value (no 1/0 hidden inside tanh, no
 * tan(10⁷) whose value depends on the last bit of its argument).
 */
function finiteEverywhere(e: Expr, scope: Record<string, number>): boolean {
  if (!(Math.abs(evaluate(e, scope)) < 1e4)) return false;
  const children =
    e.kind === "neg"
      ? [e.arg]
      : e.kind === "add"
        ? e.terms
        : e.kind === "mul"
          ? e.factors
          : e.kind === "div"
            ? [e.num, e.den]
            : e.kind === "pow"
              ? [e.base, e.exp]
              : e.kind === "call"
                ? e.args
                : [];
  return children.every((c) => finiteEverywhere(c, scope));
}

describe("properties on generated expressions", () => {
  it("parse(format(e)) gives back e", () => {
    fc.assert(
      fc.property(exprArbitrary(["x", "y", "w1"]), (e) => {
        expect(exprEquals(parse(format(e)), e)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("simplified and differentiated trees also round-trip through format", () => {
    fc.assert(
      fc.property(exprArbitrary(["x", "y"]), (e) => {
        for (const t of [simplify(e), differentiate(e, "x")])
          expect(exprEquals(parse(format(t)), t)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("toTeX never throws and never prints NaN or undefined", () => {
    fc.assert(
      fc.property(exprArbitrary(["x", "y", "w_1", "α"]), (e) => {
        const tex = toTeX(e) + toTeX(differentiate(e, "x"));
        expect(tex).not.toMatch(/NaN|undefined|\[object/u);
      }),
      { numRuns: 1000 },
    );
  });

  it("simplify keeps the value wherever the original is defined", () => {
    fc.assert(
      fc.property(exprArbitrary(["x"]), point, (e, x) => {
        const before = evaluate(e, { x });
        if (!finiteEverywhere(e, { x }) || Math.abs(before) > 1e8) return;
        const after = evaluate(simplify(e), { x });
        expect(close(before, after, 1e-7)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("differentiate agrees with a central difference wherever both are defined", () => {
    let compared = 0;
    fc.assert(
      fc.property(exprArbitrary(["x"], { depth: 3 }), point, (e, x) => {
        const f = (t: number): number => evaluate(e, { x: t });
        if (!Number.isFinite(f(x)) || Math.abs(f(x)) > 1e8) return;
        const h = 1e-6 * Math.max(1, Math.abs(x));
        const left = (f(x) - f(x - h)) / h;
        const right = (f(x + h) - f(x)) / h;
        if (!(Math.abs(left - right) <= 1e-3 * Math.max(1, Math.abs(left), Math.abs(right))))
          return;
        const exact = evaluate(differentiate(e, "x"), { x });
        const numeric = numericDerivative(f, x, { method: "richardson" });
        if (!Number.isFinite(exact) || !Number.isFinite(numeric.value)) return;
        if (Math.abs(exact) > 1e6 || numeric.error > 1e-6 * Math.max(1, Math.abs(numeric.value)))
          return;
        compared++;
        expect(close(exact, numeric.value, 1e-5)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(compared).toBeGreaterThan(500);
  });

  it("path products sum to the derivative, which the backward sweep gives too", () => {
    fc.assert(
      fc.property(
        exprArbitrary(["x", "y"], { smooth: true, depth: 3 }),
        point,
        point,
        (e, x, y) => {
          if (!freeVariables(e).includes("x")) return;
          const values = { x, y };
          const f0 = evaluate(e, values);
          const exact = evaluate(differentiate(e, "x"), values);
          if (!Number.isFinite(f0) || !Number.isFinite(exact) || Math.abs(exact) > 1e6) return;
          const graph = computationGraph(e, values);
          if (!graph.nodes.every((n) => Number.isFinite(n.value))) return;
          const adjoint = graph.backward()["x"] ?? Number.NaN;
          const paths = graph.paths("x");
          if (paths.length >= 1000) return;
          const sum = paths.reduce((s, p) => s + p.product, 0);
          if (!Number.isFinite(adjoint)) return;
          // Paths whose products cancel (((x/0.001)/x)^3 at 1.69: ±1.8e9 that sum to 0) leave
          // rounding of the size of the products, not of the result: allow for it.
          const scale = paths.reduce((s, p) => s + Math.abs(p.product), 0);
          const near = (a: number, b: number, tolerance: number) =>
            close(a, b, tolerance) || Math.abs(a - b) <= 1e-12 * scale;
          expect(near(sum, adjoint, 1e-9)).toBe(true);
          expect(near(adjoint, exact, 1e-6)).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });
});
