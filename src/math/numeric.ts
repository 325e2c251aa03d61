/** How {@link numericDerivative} estimates a slope. */
export type DifferenceMethod = "forward" | "central" | "richardson";

/** Options of {@link numericDerivative}. */
export interface NumericDerivativeOptions {
  /**
   * Difference formula.
   * @default "central"
   */
  readonly method?: DifferenceMethod;
  /**
   * Step. Defaults to a step that balances truncation and rounding error for the method:
   * `√ε·max(1, |x|)` (forward), `∛ε·max(1, |x|)` (central), `0.1·max(0.1, |x|)` (Richardson start; its error estimate then
   * also includes the disagreement with the central difference).
   */
  readonly h?: number;
}

/** A numeric slope with an estimate of its absolute error. */
export interface NumericDerivative {
  /** The estimated derivative; NaN where the function is not defined around `x`. */
  readonly value: number;
  /** Estimated absolute error (`Infinity` when the estimate is meaningless). */
  readonly error: number;
  /** The step used (the final one for Richardson). */
  readonly h: number;
  readonly method: DifferenceMethod;
}

const EPS = Number.EPSILON;

/**
 * Slope of the secant through `(x, f(x))` and `(x + h, f(x + h))`: `(f(x+h) − f(x)) / h`.
 * NaN for `h = 0` or where `f` is not finite.
 */
export function secantSlope(f: (x: number) => number, x: number, h: number): number {
  if (h === 0 || !Number.isFinite(h)) return Number.NaN;
  const slope = (f(x + h) - f(x)) / h;
  return Number.isFinite(slope) ? slope : Number.NaN;
}

const failed = (h: number, method: DifferenceMethod): NumericDerivative => ({
  value: Number.NaN,
  error: Infinity,
  h,
  method,
});

function ridders(f: (x: number) => number, x: number, h0: number): NumericDerivative {
  const CON = 1.4;
  const CON2 = CON * CON;
  const table: number[][] = [];
  let h = h0;
  let best = Number.NaN;
  let error = Infinity;
  for (let i = 0; i < 10; i++) {
    const row: number[] = [(f(x + h) - f(x - h)) / (2 * h)];
    let factor = CON2;
    for (let j = 1; j <= i; j++) {
      const previous = (table[i - 1] as number[])[j - 1] as number;
      const value = ((row[j - 1] as number) * factor - previous) / (factor - 1);
      row.push(value);
      factor *= CON2;
      const e = Math.max(Math.abs(value - (row[j - 1] as number)), Math.abs(value - previous));
      if (e <= error) {
        error = e;
        best = value;
      }
    }
    table.push(row);
    if (
      i > 0 &&
      Math.abs((row[i] as number) - ((table[i - 1] as number[])[i - 1] as number)) >= 2 * error
    )
      break;
    h /= CON;
  }
  if (!Number.isFinite(best)) return failed(h, "richardson");
  const rounding = (EPS * Math.abs(f(x))) / h;
  return {
    value: best,
    error: Math.max(error, EPS * Math.abs(best), rounding),
    h,
    method: "richardson",
  };
}

/**
 * Derivative of a plain JavaScript function at `x` by finite differences, with an error
 * estimate: `"forward"` `(f(x+h) − f(x))/h` (error ~h), `"central"` `(f(x+h) − f(x−h))/2h`
 * (error ~h²), `"richardson"` (Ridders' extrapolation, usually 10+ correct digits).
 */
export function numericDerivative(
  f: (x: number) => number,
  x: number,
  options: NumericDerivativeOptions = {},
): NumericDerivative {
  const method = options.method ?? "central";
  const scale = Math.max(1, Math.abs(x));
  const fx = f(x);
  if (method === "richardson") {
    const extrapolated = ridders(f, x, options.h ?? 0.1 * Math.max(Math.abs(x), 0.1));
    if (options.h !== undefined) return extrapolated;
    const check = numericDerivative(f, x, { method: "central" });
    const disagreement = Math.abs(extrapolated.value - check.value);
    return {
      ...extrapolated,
      error: Math.max(extrapolated.error, Number.isFinite(disagreement) ? disagreement : Infinity),
    };
  }
  if (method === "forward") {
    const h = options.h ?? Math.sqrt(EPS) * scale;
    const d1 = (f(x + h) - fx) / h;
    const d2 = (f(x + 2 * h) - fx) / (2 * h);
    if (!Number.isFinite(d1) || !Number.isFinite(fx)) return failed(h, method);
    const rounding = (EPS * Math.abs(fx)) / h;
    return {
      value: d1,
      error: (Number.isFinite(d2) ? Math.abs(d2 - d1) : Infinity) + rounding,
      h,
      method,
    };
  }
  const h = options.h ?? Math.cbrt(EPS) * scale;
  const c1 = (f(x + h) - f(x - h)) / (2 * h);
  const c2 = (f(x + 2 * h) - f(x - 2 * h)) / (4 * h);
  if (!Number.isFinite(c1)) return failed(h, method);
  const rounding = (EPS * Math.max(Math.abs(fx), 1e-300)) / h;
  return {
    value: c1,
    error: (Number.isFinite(c2) ? Math.abs(c2 - c1) / 3 : Infinity) + rounding,
    h,
    method,
  };
}
