import { texNumber } from "../math/tex";
import type { Vec2 } from "../math/vec";
import { formatNumber, formatSignificant } from "../i18n/format";
import { gradientLabels } from "../i18n/gradient";
import type { GradientCost } from "./gradientCost";

/** A number as the widget writes it in text: four significant digits, "undefined here" for NaN. */
export function gradientNumber(value: number): string {
  return Number.isFinite(value)
    ? formatSignificant(value, { digits: 4 })
    : gradientLabels.undefinedValue;
}

/** A probe coordinate as written in text: up to three decimals. */
export function coordinateText(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 3 });
}

/**
 * The exact form of a length √s when s (the sum of the squared partials) is a whole number:
 * "√20", or "5" for a perfect square; null otherwise.
 */
export function rootText(sumOfSquares: number): string | null {
  if (!Number.isFinite(sumOfSquares) || sumOfSquares < 0) return null;
  const whole = Math.round(sumOfSquares);
  if (Math.abs(sumOfSquares - whole) > 1e-9 * Math.max(1, whole) || whole > 1e6) return null;
  const root = Math.round(Math.sqrt(whole));
  return root * root === whole ? String(root) : `√${whole}`;
}

/** A number in TeX with at most six significant digits (`2`, `0.8`, `-4`). */
export function texValue(value: number): string {
  return Number.isFinite(value) ? texNumber(Number(value.toPrecision(6))) : "\\text{undefined}";
}

/** A rounded value in TeX, four significant digits (what the readouts show). */
function texApprox(value: number): string {
  return texNumber(Number(value.toPrecision(4)));
}

function texPair(p: Vec2): string {
  return `\\left(${texValue(p[0])},\\ ${texValue(p[1])}\\right)`;
}

function squared(v: number): string {
  const t = texValue(v);
  return v < 0 ? `(${t})^2` : `${t}^2`;
}

/** The formulas of the probe: the gradient at the probe, its length and one descent step. */
export function probeTeX(
  cost: GradientCost,
  probe: Vec2,
  partials: Vec2,
  learningRate: number,
  next: Vec2,
): { gradient: string; length: string; step: string } {
  const [a, b] = cost.tex.variables;
  const [pa, pb] = cost.tex.partials;
  const at = `${texValue(probe[0])}, ${texValue(probe[1])}`;
  const defined = Number.isFinite(partials[0]) && Number.isFinite(partials[1]);
  const gradient =
    `\\nabla L(${at}) = \\left(\\frac{\\partial L}{\\partial ${a}},\\ \\frac{\\partial L}{\\partial ${b}}\\right)` +
    ` = \\left(${pa},\\ ${pb}\\right) = ${defined ? texPair(partials) : "\\text{undefined}"}`;
  if (!defined) {
    return { gradient, length: "|\\nabla L| = \\text{undefined}", step: "\\text{no step}" };
  }
  const sum = partials[0] ** 2 + partials[1] ** 2;
  const length = Math.sqrt(sum);
  const exact = rootText(sum);
  const lengthTeX =
    `|\\nabla L| = \\sqrt{${squared(partials[0])} + ${squared(partials[1])}}` +
    (exact === null
      ? ` \\approx ${texApprox(length)}`
      : exact.startsWith("√")
        ? ` = \\sqrt{${exact.slice(1)}} \\approx ${texApprox(length)}`
        : ` = ${exact}`);
  const step =
    `w \\leftarrow w - \\eta\\,\\nabla L = ${texPair(probe)} - ${texValue(learningRate)}\\,${texPair(partials)}` +
    ` = ${texPair(next)}`;
  return { gradient, length: lengthTeX, step };
}

/** What a screen reader says for the probe (variable names as typed, they read better). */
export function probeValueText(
  cost: GradientCost,
  probe: Vec2,
  value: number,
  partials: Vec2,
  length: number,
): string {
  const [a, b] = cost.variables;
  const w1 = `${a} = ${coordinateText(probe[0])}`;
  const w2 = `${b} = ${coordinateText(probe[1])}`;
  if (!Number.isFinite(value)) return gradientLabels.valueTextUndefined(w1, w2);
  if (!Number.isFinite(length))
    return gradientLabels.valueTextNoSlope(w1, w2, gradientNumber(value));
  return gradientLabels.valueText(
    w1,
    w2,
    gradientNumber(value),
    gradientNumber(partials[0]),
    gradientNumber(partials[1]),
    gradientNumber(length),
  );
}
