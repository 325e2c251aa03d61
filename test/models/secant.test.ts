// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compile, differentiate } from "../../src/math";
import type { SlopeFunction } from "../../src/models/secantFunction";
import { resolveFunction } from "../../src/models/secantFunction";
import { atPole, clampH, directionOf, errorSeries, secantState } from "../../src/models/secant";

const domain = { x: [-3, 3], y: [-1, 9] } as const;

function fnOf(source: string): SlopeFunction {
  const resolved = resolveFunction(source);
  if (!resolved.ok) throw new Error(resolved.problem.message);
  return resolved.fn;
}
const square = fnOf("x^2");
const at = (x: number, h = 0.1, method: "forward" | "central" = "forward", fn = square) =>
  secantState({ fn, x, h, method, domain });

describe("secantState: the chapter's parabola", () => {
  it.each([
    [1, 2, "ascending"],
    [0, 0, "flat"],
    [-1, -2, "descending"],
  ] as const)("at x = %d the exact slope is %d (%s)", (x, slope, direction) => {
    const state = at(x);
    expect(state.exactSlope).toBe(slope);
    expect(state.direction).toBe(direction);
    expect(state.fx).toBe(x * x);
    expect(state.slopeSource).toBe("symbolic");
  });

  it("the forward secant at x = 1 with h = 0.1 has slope 2.1", () => {
    const state = at(1, 0.1);
    expect(state.secantSlope).toBeCloseTo(2.1, 12);
    expect(state.difference).toBeCloseTo(0.1, 12);
    expect(state.secantPoints).toEqual([
      [1, 1],
      [1.1, expect.closeTo(1.21, 12)],
    ]);
    expect(state.valueText).toBe("x = 1, slope of the tangent 2, secant slope 2.1 with h = 0.1");
  });

  it("the central secant of a parabola is exact", () => {
    expect(at(1, 0.5, "central").secantSlope).toBeCloseTo(2, 12);
  });

  it("writes f, f′ and the quotient with the current numbers", () => {
    const state = at(1, 0.5);
    expect(state.tex.f).toBe("x^{2}");
    expect(state.tex.slope?.replace(/\s+/g, "")).toBe("2x");
    expect(state.tex.quotient).toContain("\\frac{f(1 + 0.5) - f(1)}{0.5}");
    expect(state.tex.quotient).toContain("\\frac{2.25 - 1}{0.5}");
    expect(state.tex.quotient).toMatch(/\\approx 2\.5$/);
  });

  it("shows as many digits of f as it takes for the numbers on screen to give the slope on screen (#12)", () => {
    // Before: at h = 10⁻¹² the quotient read (1 − 1)/10⁻¹² ≈ 2.0001778.
    const decimal = (tex: string): { digits: bigint; scale: number } => {
      const m = /^(-?)(\d+)(?:\.(\d+))?(?: \\times 10\^\{(-?\d+)\})?$/u.exec(tex.trim());
      const power = /^10\^\{(-?\d+)\}$/u.exec(tex.trim());
      if (power) return { digits: 1n, scale: -Number(power[1]) };
      if (!m) throw new Error(`not a number: ${tex}`);
      const [, sign = "", whole = "", fraction = "", exponent = "0"] = m;
      const digits = BigInt(`${sign}${whole}${fraction}`);
      return { digits, scale: fraction.length - Number(exponent) };
    };
    const minus = (a: ReturnType<typeof decimal>, b: ReturnType<typeof decimal>): number => {
      const scale = Math.max(a.scale, b.scale);
      const up = (d: ReturnType<typeof decimal>) => d.digits * 10n ** BigInt(scale - d.scale);
      return Number(up(a) - up(b)) / 10 ** scale;
    };
    const value = (d: ReturnType<typeof decimal>) => Number(d.digits) / 10 ** d.scale;
    for (const source of ["x^2", "exp(x)", "sin(x)"]) {
      const fn = fnOf(source);
      for (const method of ["forward", "central"] as const) {
        for (const h of [0.5, 1e-3, 1e-6, 1e-9, 1e-12]) {
          const tex = at(1, h, method, fn).tex.quotient;
          const match = /^.*= \\frac\{(.+?) - \(?(.+?)\)?\}\{(.+?)\} \\approx (.+)$/u.exec(tex);
          expect(match, tex).not.toBeNull();
          if (!match) continue;
          const [, right = "", left = "", run = "", shown = ""] = match;
          const slope = minus(decimal(right), decimal(left)) / value(decimal(run));
          const displayed = value(decimal(shown));
          expect(Math.abs(slope - displayed), `${source} ${method} h=${h}: ${tex}`).toBeLessThan(
            1e-7 * Math.abs(displayed),
          );
        }
      }
    }
  });

  it("says when rounding ate every digit of the difference", () => {
    const flat = at(1e8, 1e-12);
    expect(flat.tex.quotient).toContain("rounding ate every digit of the difference");
    expect(at(1, 1e-12).tex.quotient).not.toContain("rounding");
  });

  it("clips the tangent and the secant to the window", () => {
    const { tangentLine, secantLine } = at(2, 0.5);
    for (const line of [tangentLine, secantLine]) {
      expect(line).not.toBeNull();
      for (const [x, y] of line ?? []) {
        expect(x).toBeGreaterThanOrEqual(-3);
        expect(x).toBeLessThanOrEqual(3);
        expect(y).toBeGreaterThanOrEqual(-1 - 1e-9);
        expect(y).toBeLessThanOrEqual(9 + 1e-9);
      }
    }
  });
});

describe("secantState: the limit", () => {
  it("forward secant − exact slope = a·h for any parabola a x² + b x + c (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: -5, max: 5 }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        (a, b, c, x, h) => {
          const fn = fnOf(`${a} x^2 + ${b} x + ${c}`);
          const state = at(x, h, "forward", fn);
          expect(state.exactSlope).toBeCloseTo(2 * a * x + b, 9);
          expect(state.difference).toBeCloseTo(a * h, 6);
        },
      ),
    );
  });

  it("the secant slope approaches the exact slope as h shrinks, for many functions (property)", () => {
    // Taylor: forward secant − f′(x) = f″(x)·h/2 + O(h²). The bound uses the engine's exact f″
    // and |f‴| ≤ 16 on these functions over [−2, 2] (tanh(2x) is the steepest), so the error
    // goes to 0 with h — even at points where the two terms cancel for one particular h.
    const sources = [
      "x^3 - 2x",
      "sin(x)",
      "exp(x)",
      "sigmoid(x)",
      "ln(x + 4)",
      "sqrt(x + 4)",
      "tanh(2x)",
    ];
    const second = Object.fromEntries(
      sources.map((source) => [
        source,
        compile(differentiate(differentiate(source, "x"), "x"), ["x"]),
      ]),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (source, x) => {
          const fn = fnOf(source);
          const curvature = Math.abs((second[source] as (x: number) => number)(x));
          for (const h of [1e-1, 1e-2, 1e-3, 1e-4]) {
            const error = Math.abs(at(x, h, "forward", fn).difference);
            expect(error).toBeLessThanOrEqual((curvature / 2) * h + (16 / 6) * h * h + 1e-9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("round-off takes over for tiny h with the forward difference", () => {
    const series = errorSeries(square, 1, "forward", 2);
    const errorAt = (h: number) =>
      series.reduce((best, s) =>
        Math.abs(Math.log10(s.h / h)) < Math.abs(Math.log10(best.h / h)) ? s : best,
      ).error;
    const smallest = Math.min(...series.map((s) => s.error));
    expect(errorAt(1e-8)).toBeLessThan(1e-6);
    expect(errorAt(1e-12)).toBeGreaterThan(1e-5);
    expect(errorAt(1e-12)).toBeGreaterThan(100 * smallest);
    expect(series[0]).toEqual({ h: 1, error: 1 });
  });
});

describe("secantState: where the slope does not exist", () => {
  it("|x| at 0: f is defined, the slope is not, no tangent is drawn", () => {
    const state = at(0, 0.1, "forward", fnOf("abs(x)"));
    expect(state.defined).toBe(true);
    expect(state.slopeDefined).toBe(false);
    expect(state.tangentLine).toBeNull();
    expect(state.direction).toBe("undefined");
    expect(state.valueText).toMatch(/tangent slope is undefined here/);
  });

  it.each([
    ["1/x", 0],
    ["ln(x)", -1],
    ["ln(x)", 0],
    ["sqrt(x)", -2],
  ])("%s at %d: undefined here, no lines, no NaN", (source, x) => {
    const state = at(x, 0.1, "forward", fnOf(source));
    expect(state.defined).toBe(false);
    expect(state.secantLine).toBeNull();
    expect(state.tangentLine).toBeNull();
    expect(state.triangle).toBeNull();
    expect(state.valueText).toBe(
      `x = ${x === 0 ? 0 : "−" + Math.abs(x)}, the function is undefined here`,
    );
  });

  it.each([
    ["tan(x)", Math.PI / 2],
    ["tan(x)", 1.5707963267948966],
    ["tan(x)", -Math.PI / 2],
    ["tan(x)", (3 * Math.PI) / 2],
    ["1/cos(x)^2", Math.PI / 2],
    ["1/cos(x)", -Math.PI / 2],
    ["x*tan(x)", Math.PI / 2],
  ])(
    "%s at %d, a pole within floating-point noise: the slope is undefined here (#18)",
    (source, x) => {
      const state = at(x, 0.1, "forward", fnOf(source));
      expect(state.slopeDefined).toBe(false);
      expect(state.exactSlope).toBeNaN();
      expect(state.tangentLine).toBeNull();
      expect(state.direction).toBe("undefined");
      expect(state.valueText).toMatch(/tangent slope is undefined here/);
    },
  );

  it.each([
    ["x^10", 10, 1e10],
    ["x^10", -10, -1e10],
    ["exp(x)", 30, Math.exp(30)],
    ["1e20*sin(x)", Math.PI, -1e20],
    ["tan(x)", 1.5707, 1 / Math.cos(1.5707) ** 2],
    ["tan(x)", Math.PI / 2 - 1e-6, 1 / Math.sin(1e-6) ** 2],
    ["sin(x)", Math.PI, -1],
    ["1/x", 1e-8, -1e16],
  ])("%s at %d keeps its large or ordinary slope %d (#18)", (source, x, slope) => {
    const state = at(x, 0.1, "forward", fnOf(source));
    expect(state.slopeDefined).toBe(true);
    expect(state.exactSlope / slope).toBeCloseTo(1, 6);
  });

  it.each([
    ["x^3", 0],
    ["x^2", 0],
    ["cos(x)", 0],
    ["1/x", 1e-13],
    ["ln(x)", 1e-300],
  ])("%s at %d keeps its slope (#18)", (source, x) => {
    const fn = fnOf(source);
    const state = at(x, 0.1, "forward", fn);
    expect(state.slopeDefined).toBe(true);
    expect(state.exactSlope).toBe(fn.slope(x).value);
  });

  it("never calls a smooth function's slope undefined (property, #18)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "x^10",
          "exp(x)",
          "sin(x)",
          "x^3 - 2x",
          "tan(x)",
          "1/x",
          "ln(x)",
          "sqrt(x)",
        ),
        fc.double({ min: -40, max: 40, noNaN: true }),
        (source, x) => {
          const fn = fnOf(source);
          const fx = fn.f(x);
          const slope = fn.slope(x).value;
          if (!Number.isFinite(fx) || !Number.isFinite(slope)) return;
          // Farther than 1e-6 from a pole of tan (and from 0 for 1/x): an ordinary point.
          const fromPole = Math.abs(((x - Math.PI / 2) / Math.PI) % 1);
          if (source === "tan(x)" && Math.min(fromPole, 1 - fromPole) * Math.PI < 1e-6) return;
          // At 0 itself (within 2⁻¹⁰⁰⁰), 1/x, ln and sqrt are singular: undefined is right there.
          if (Math.abs(x) < 1e-250) return;
          expect(atPole(fn.f, x, fx, slope)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps h away from 0 and inside [1e-12, 1]", () => {
    expect(clampH(0)).toBe(1e-12);
    expect(clampH(-3)).toBe(1e-12);
    expect(clampH(Number.NaN)).toBe(1e-12);
    expect(clampH(5)).toBe(1);
    expect(clampH(Infinity)).toBe(1);
    expect(at(1, 0).h).toBe(1e-12);
  });

  it("reads the direction from the sign with a tolerance", () => {
    expect(directionOf(1e-9, 1e-7)).toBe("flat");
    expect(directionOf(-0.5)).toBe("descending");
    expect(directionOf(Number.NaN)).toBe("undefined");
  });
});

describe("resolveFunction", () => {
  it("differentiates formulas exactly and in teacher form", () => {
    const fn = fnOf("sigmoid(x)");
    expect(fn.texSlope).toContain("\\sigma");
    expect(fn.slope(0).value).toBeCloseTo(0.25, 15);
    expect(fn.text).toBe("sigmoid(x)");
  });

  it("refuses a formula in another variable, pointing at it", () => {
    const resolved = resolveFunction("x^2 + t");
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) {
      expect(resolved.problem.message).toMatch(/only use x; it also uses t/);
      expect(resolved.problem.start).toBe(6);
      expect(resolved.problem.end).toBe(7);
    }
  });

  it("reports a parse error with its span", () => {
    const resolved = resolveFunction("sinn(x)");
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) {
      expect(resolved.problem.message).toMatch(/did you mean 'sin'/);
      expect(resolved.problem.start).toBe(0);
      expect(resolved.problem.end).toBe(4);
    }
  });

  it("uses a given derivative of a JavaScript function", () => {
    const resolved = resolveFunction(
      (x) => x ** 3,
      (x) => 3 * x ** 2,
    );
    if (!resolved.ok) throw new Error();
    expect(resolved.fn.source).toBe("given");
    expect(resolved.fn.slope(2).value).toBe(12);
  });

  it("estimates the slope of a JavaScript function (Richardson), flagged as estimated", () => {
    const resolved = resolveFunction(Math.sin);
    if (!resolved.ok) throw new Error();
    const state = secantState({ fn: resolved.fn, x: 1, h: 0.1, method: "forward", domain });
    expect(state.slopeSource).toBe("estimated");
    expect(state.exactSlope).toBeCloseTo(Math.cos(1), 9);
    expect(state.slopeError).toBeLessThan(1e-8);
  });

  it("turns a throwing JavaScript function into NaN and a message", () => {
    const resolved = resolveFunction((x) => {
      if (x > 0) throw new Error("no positive inputs");
      return x;
    });
    if (!resolved.ok) throw new Error();
    const before = resolved.fn.throws().count;
    expect(resolved.fn.f(1)).toBeNaN();
    expect(resolved.fn.f(-1)).toBe(-1);
    expect(resolved.fn.throws()).toEqual({ count: before + 1, message: "no positive inputs" });
  });
});
