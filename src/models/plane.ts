import { isFiniteNumber } from "../math/number";
import { formatNumber } from "../i18n/formatNumber";
import type { SecantWords } from "../i18n/catalogs";

/** The visible window of the plane in math coordinates: `x: [xmin, xmax]`, `y: [ymin, ymax]`. */
export interface Domain {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** Why a domain cannot be drawn. */
export type DomainProblem =
  | { readonly kind: "not-finite"; readonly axis: "x" | "y" }
  | {
      readonly kind: "empty" | "inverted";
      readonly axis: "x" | "y";
      readonly min: number;
      readonly max: number;
    };

/**
 * The first problem of a domain, or `null` when it can be drawn. A range whose width overflows
 * (max − min is not a finite number) is "not-finite" too.
 */
export function domainProblem(domain: Domain): DomainProblem | null {
  for (const axis of ["x", "y"] as const) {
    const pair = domain[axis] as readonly unknown[] | undefined;
    const min = pair?.[0];
    const max = pair?.[1];
    if (!isFiniteNumber(min) || !isFiniteNumber(max)) return { kind: "not-finite", axis };
    if (min === max) return { kind: "empty", axis, min, max };
    if (min > max) return { kind: "inverted", axis, min, max };
    // Finite ends whose distance is not (-1e308 to 1e308): every scale would divide by ∞.
    if (!Number.isFinite(max - min)) return { kind: "not-finite", axis };
  }
  return null;
}

/**
 * What a reader is told about a domain that cannot be drawn, in their language (the plane's
 * message, and the hooks' `windowProblem`).
 */
export function planeProblemText(
  problem: DomainProblem,
  { code, labels: words }: SecantWords,
): string {
  if (problem.kind === "not-finite") return words.planeProblemNotFinite(problem.axis);
  const min = formatNumber(problem.min, { locale: code });
  const max = formatNumber(problem.max, { locale: code });
  return problem.kind === "empty"
    ? words.planeProblemEmpty(problem.axis, min, max)
    : words.planeProblemInverted(problem.axis, min, max);
}

/**
 * The domain widened on one axis so that one unit has the same length in pixels on both axes,
 * centred on the original window (circles stay round, slopes look like slopes).
 */
export function fitAspect(domain: Domain, width: number, height: number): Domain {
  if (!(width > 0) || !(height > 0)) return domain;
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const perPixel = Math.max((x1 - x0) / width, (y1 - y0) / height);
  const halfX = (perPixel * width) / 2;
  const halfY = (perPixel * height) / 2;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { x: [cx - halfX, cx + halfX], y: [cy - halfY, cy + halfY] };
}

/** Where an axis line sits: at 0 when 0 is inside the other axis' range, else at the low end. */
export function axisPosition(range: readonly [number, number]): number {
  const [min, max] = range;
  return min <= 0 && 0 <= max ? 0 : min;
}

/**
 * A value usable as a drawing coordinate: ±Infinity is pulled to the window's edge, NaN gives
 * `null` (nothing sensible to draw).
 */
export function drawable(value: number, range: readonly [number, number]): number | null {
  if (Number.isNaN(value)) return null;
  return Math.min(range[1], Math.max(range[0], value));
}
