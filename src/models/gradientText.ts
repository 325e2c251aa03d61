import { texNumber } from "../math/tex";
import type { Vec2 } from "../math/vec";
import { formatNumber, formatSignificant } from "../i18n/formatNumber";
import type { GradientWords } from "../i18n/catalogs";
import { GRADIENT_EN } from "../i18n/catalogs";
import { localizeTeX } from "../i18n/locale";
import type { GradientCost } from "./gradientCost";

/**
 * A number as the widget writes it in text, in the reader's language: four significant digits,
 * "undefined here" for NaN.
 * @param locale @default English
 */
export function gradientNumber(value: number, locale: GradientWords = GRADIENT_EN): string {
  return Number.isFinite(value)
    ? formatSignificant(value, { digits: 4, locale: locale.code })
    : locale.gradient.undefinedValue;
}

/**
 * A probe coordinate as written in text: up to three decimals.
 * @param locale @default English
 */
export function coordinateText(value: number, locale: GradientWords = GRADIENT_EN): string {
  return formatNumber(value, { maximumFractionDigits: 3, locale: locale.code });
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

/**
 * A number in TeX with at most six significant digits (`2`, `0.8`, `-4`); the locale's word for
 * "undefined" where it is not finite. The decimal point is left to {@link localizeTeX}.
 * @param locale @default English
 */
export function texValue(value: number, locale: GradientWords = GRADIENT_EN): string {
  return Number.isFinite(value)
    ? texNumber(Number(value.toPrecision(6)))
    : `\\text{${locale.gradient.formulaUndefined}}`;
}

/** A rounded value in TeX, four significant digits (what the readouts show). */
function texApprox(value: number): string {
  return texNumber(Number(value.toPrecision(4)));
}

/**
 * The formulas of the probe: the gradient at the probe, its length and one descent step, with
 * numbers and words in the reader's language (`0{,}5` and `(1 ;\\ 2)` in French).
 * @param locale @default English
 */
export function probeTeX(
  cost: GradientCost,
  probe: Vec2,
  partials: Vec2,
  learningRate: number,
  next: Vec2,
  locale: GradientWords = GRADIENT_EN,
): { gradient: string; length: string; step: string } {
  const tex = pointTeX(cost, probe, partials, learningRate, next, locale);
  return {
    gradient: localizeTeX(tex.gradient, locale.code),
    length: localizeTeX(tex.length, locale.code),
    step: localizeTeX(tex.step, locale.code),
  };
}

function pointTeX(
  cost: GradientCost,
  probe: Vec2,
  partials: Vec2,
  learningRate: number,
  next: Vec2,
  locale: GradientWords,
): { gradient: string; length: string; step: string } {
  const t = locale.gradient;
  const sep = t.formulaSeparator;
  const value = (v: number) => texValue(v, locale);
  const texPair = (p: Vec2) => `\\left(${value(p[0])}${sep}${value(p[1])}\\right)`;
  const squared = (v: number) => (v < 0 ? `(${value(v)})^2` : `${value(v)}^2`);
  const undefinedTeX = `\\text{${t.formulaUndefined}}`;
  const [a, b] = cost.tex.variables;
  const exactPartials = cost.tex.partials
    ? ` = \\left(${cost.tex.partials[0]}${sep}${cost.tex.partials[1]}\\right)`
    : "";
  const at = `${value(probe[0])}${sep.replace("\\ ", " ")}${value(probe[1])}`;
  const defined = Number.isFinite(partials[0]) && Number.isFinite(partials[1]);
  const gradient =
    `\\nabla L(${at}) = \\left(\\frac{\\partial L}{\\partial ${a}}${sep}\\frac{\\partial L}{\\partial ${b}}\\right)` +
    `${exactPartials} = ${defined ? texPair(partials) : undefinedTeX}`;
  if (!defined) {
    return {
      gradient,
      length: `|\\nabla L| = ${undefinedTeX}`,
      step: `\\text{${t.formulaNoStep}}`,
    };
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
    `w \\leftarrow w - \\eta\\,\\nabla L = ${texPair(probe)} - ${value(learningRate)}\\,${texPair(partials)}` +
    ` = ${texPair(next)}`;
  return { gradient, length: lengthTeX, step };
}

/**
 * What a screen reader says for the probe (variable names as typed, they read better), in the
 * reader's language.
 * @param locale @default English
 */
export function probeValueText(
  cost: GradientCost,
  probe: Vec2,
  value: number,
  partials: Vec2,
  length: number,
  locale: GradientWords = GRADIENT_EN,
): string {
  const t = locale.gradient;
  const n = (v: number) => gradientNumber(v, locale);
  const [a, b] = cost.variables;
  const w1 = `${a} = ${coordinateText(probe[0], locale)}`;
  const w2 = `${b} = ${coordinateText(probe[1], locale)}`;
  if (!Number.isFinite(value)) return t.valueTextUndefined(w1, w2);
  if (!Number.isFinite(length)) return t.valueTextNoSlope(w1, w2, n(value));
  return t.valueText(w1, w2, n(value), n(partials[0]), n(partials[1]), n(length));
}
