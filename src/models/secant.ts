import type { Vec2 } from "../math/vec";
import type { SecantWords } from "../i18n/catalogs";
import { SECANT_EN } from "../i18n/catalogs";
import { localizeTeX } from "../i18n/locale";
import { formatNumber, formatSignificant } from "../i18n/formatNumber";
import { clipLine } from "./lines";
import { quotientTeX } from "./secantQuotient";
import type { Domain } from "./plane";
import type { SlopeFunction, SlopeSource } from "./secantFunction";

/** Which difference quotient the secant uses. */
export type SecantMethod = "forward" | "central";

/** Which way the curve goes at x, read from the sign of the exact slope. */
export type SlopeDirection = "descending" | "flat" | "ascending" | "undefined";

/**
 * Whether x sits on a pole of f within floating-point noise, although f(x) and f′(x) came out
 * finite: tan at x = Math.PI / 2 gives f ≈ 1.6 × 10¹⁶ and f′ ≈ 2.7 × 10³², because the double
 * nearest π/2 is 6 × 10⁻¹⁷ short of the pole.
 *
 * The rule: the slope claims that f changes by more than its own size within
 * δ = 2⁻⁴⁰ |x| (about 4000 steps of the doubles around x; 2⁻¹⁰⁴⁰ at 0) (|f′| δ > |f|, a pole's
 * signature: only a function blowing up that
 * close to x does so), and the curve itself contradicts it: the central difference over
 * x ± δ has the other sign, or differs from f′ by more than a factor of 2. Near a pole the
 * two sides are on different branches (tan jumps from +∞ to −∞, sec² is symmetric), so the
 * quotient disagrees grossly; a smooth function agrees within round-off (|f| / (|f′| δ) · ε)
 * and truncation ((δ / distance to the nearest singularity)²), both far below a factor of 2.
 * Ordinary large slopes stay: x¹⁰ at 10 has |f′| δ ≈ 0.09, far below |f| = 10¹⁰.
 */
export function atPole(f: (x: number) => number, x: number, fx: number, slope: number): boolean {
  const delta = 2 ** -40 * Math.max(2 ** -1000, Math.abs(x));
  if (!(Math.abs(slope) * delta > Math.abs(fx))) return false;
  const quotient = (f(x + delta) - f(x - delta)) / (2 * delta);
  if (!Number.isFinite(quotient)) return true;
  if (Math.sign(quotient) !== Math.sign(slope)) return true;
  const ratio = quotient / slope;
  return !(ratio >= 0.5 && ratio <= 2);
}

/** Smallest and largest gap h the widget allows (h = 0 is never reached). */
export const H_RANGE: readonly [number, number] = [1e-12, 1];

/** The inputs of {@link secantState}. */
export interface SecantInput {
  readonly fn: SlopeFunction;
  readonly x: number;
  readonly h: number;
  readonly method: SecantMethod;
  /** The window drawn; lines are clipped to it. */
  readonly domain: Domain;
  /** Language of the value text and of numbers in formulas. @default English */
  readonly locale?: SecantWords | undefined;
}

/** One point of the error-against-h series. */
export interface ErrorSample {
  readonly h: number;
  /** |secant slope − exact slope|; NaN where either is undefined. */
  readonly error: number;
}

/** Everything a picture, a readout or a screen reader needs about the secant at x. */
export interface SecantState {
  readonly x: number;
  readonly h: number;
  readonly method: SecantMethod;
  /** f(x), NaN where f is undefined. */
  readonly fx: number;
  /** The point on the curve, and the secant's two points (x − h or x, and x + h). */
  readonly point: Vec2;
  readonly secantPoints: readonly [Vec2, Vec2];
  readonly secantSlope: number;
  readonly exactSlope: number;
  readonly slopeSource: SlopeSource;
  /** Estimated error of `exactSlope` (0 when symbolic or given). */
  readonly slopeError: number;
  /** secant slope − exact slope. */
  readonly difference: number;
  readonly direction: SlopeDirection;
  /** f is defined at x. */
  readonly defined: boolean;
  /** f′(x) exists (within the estimate's accuracy for a JavaScript function). */
  readonly slopeDefined: boolean;
  /** Secant and tangent lines clipped to the window, or null. */
  readonly secantLine: readonly [Vec2, Vec2] | null;
  readonly tangentLine: readonly [Vec2, Vec2] | null;
  /** The slope triangle: run (Δx) then rise (Δy), or null when the secant is undefined. */
  readonly triangle: {
    readonly run: readonly [Vec2, Vec2];
    readonly rise: readonly [Vec2, Vec2];
  } | null;
  readonly tex: {
    readonly f: string | null;
    readonly slope: string | null;
    readonly quotient: string;
  };
  /** What a screen reader says for the point. */
  readonly valueText: string;
}

/**
 * The secant model: from a function, a point x, a gap h and a method, every number, line and
 * sentence the widget shows. Pure: the same inputs always give the same state.
 */
export function secantState(input: SecantInput): SecantState {
  const { fn, method, domain } = input;
  const locale = input.locale ?? SECANT_EN;
  const x = input.x;
  const h = clampH(input.h);
  const fx = fn.f(x);
  const left = method === "central" ? x - h : x;
  const right = x + h;
  const fLeft = method === "central" ? fn.f(left) : fx;
  const fRight = fn.f(right);
  // Divide by the nominal gap h (or 2h), as the formula does: the points' true distance differs
  // from h by rounding, and that difference is part of the round-off lesson.
  const run = method === "central" ? 2 * h : h;
  const rawSecant = (fRight - fLeft) / run;
  const secantSlope = Number.isFinite(rawSecant) ? rawSecant : Number.NaN;
  const slope = fn.slope(x);
  const defined = Number.isFinite(fx);
  const slopeDefined =
    defined &&
    Number.isFinite(slope.value) &&
    (fn.source !== "estimated" || slope.error <= 1e-5 * Math.max(1, Math.abs(slope.value))) &&
    !atPole(fn.f, x, fx, slope.value);
  const exactSlope = slopeDefined ? slope.value : Number.NaN;
  const point: Vec2 = [x, fx];
  const secantPoints: [Vec2, Vec2] = [
    [left, fLeft],
    [right, fRight],
  ];
  const secantOk = Number.isFinite(secantSlope) && Number.isFinite(fLeft);
  const difference = secantSlope - exactSlope;
  let quotient: string | undefined;
  return {
    x,
    h,
    method,
    fx,
    point,
    secantPoints,
    secantSlope,
    exactSlope,
    slopeSource: fn.source,
    slopeError: slopeDefined ? slope.error : Number.NaN,
    difference: Number.isFinite(difference) ? difference : Number.NaN,
    direction: directionOf(exactSlope, fn.source === "symbolic" ? 0 : 1e-7),
    defined,
    slopeDefined,
    secantLine: secantOk ? clipLine([left, fLeft], secantSlope, domain) : null,
    tangentLine: slopeDefined ? clipLine(point, exactSlope, domain) : null,
    triangle: secantOk
      ? {
          run: [
            [left, fLeft],
            [right, fLeft],
          ],
          rise: [
            [right, fLeft],
            [right, fRight],
          ],
        }
      : null,
    // The quotient is written when first read (the formula panel reads it once a drag rests),
    // not on every move.
    tex: {
      f: fn.texF,
      slope: fn.texSlope,
      get quotient() {
        return (quotient ??= localizeTeX(
          quotientTeX(method, x, h, fLeft, fRight, secantSlope, locale),
          locale.code,
        ));
      },
    },
    valueText: valueText(x, h, defined, exactSlope, secantSlope, locale),
  };
}

/** h kept inside {@link H_RANGE}; a non-finite or non-positive h becomes the smallest gap. */
export function clampH(h: number): number {
  if (!(h > 0) || !Number.isFinite(h)) return h === Infinity ? H_RANGE[1] : H_RANGE[0];
  return Math.min(H_RANGE[1], Math.max(H_RANGE[0], h));
}

/** Sign of a slope as a direction, with `tolerance` counted as flat. */
export function directionOf(slope: number, tolerance = 0): SlopeDirection {
  if (!Number.isFinite(slope)) return "undefined";
  if (Math.abs(slope) <= tolerance) return "flat";
  return slope < 0 ? "descending" : "ascending";
}

/**
 * The error of the secant slope for gaps from 1 down to 10⁻¹² (`perDecade` samples a decade):
 * it falls like h (forward) or h² (central) until floating-point rounding, about ε/h, takes over.
 */
export function errorSeries(
  fn: SlopeFunction,
  x: number,
  method: SecantMethod,
  exactSlope: number,
  perDecade = 4,
): ErrorSample[] {
  const samples: ErrorSample[] = [];
  const decades = 12;
  for (let i = 0; i <= decades * perDecade; i++) {
    const h = 10 ** (-i / perDecade);
    const left = method === "central" ? x - h : x;
    const slope = (fn.f(x + h) - fn.f(left)) / (method === "central" ? 2 * h : h);
    const error = Math.abs(slope - exactSlope);
    samples.push({ h, error: Number.isFinite(error) ? error : Number.NaN });
  }
  return samples;
}

function valueText(
  x: number,
  h: number,
  defined: boolean,
  exact: number,
  secant: number,
  { code, labels }: SecantWords,
): string {
  const xs = formatNumber(x, { maximumFractionDigits: 4, locale: code });
  if (!defined) return labels.secantValueTextUndefined(xs);
  const hs = formatSignificant(h, { digits: 3, locale: code });
  const ss = formatSignificant(secant, { digits: 6, locale: code });
  if (!Number.isFinite(exact)) return labels.secantValueTextNoSlope(xs, ss, hs);
  return labels.secantValueText(xs, formatSignificant(exact, { digits: 6, locale: code }), ss, hs);
}
