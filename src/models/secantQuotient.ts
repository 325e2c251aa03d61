import { texNumber } from "../math/tex";
import type { SecantWords } from "../i18n/catalogs";
import type { SecantMethod } from "./secant";

// The difference quotient as the secant explorer writes it, with the digits its numbers need.

/** `\\frac{f(x+h) - f(x)}{h} = … ≈ slope`, with the current numbers. */
export function quotientTeX(
  method: SecantMethod,
  x: number,
  h: number,
  fLeft: number,
  fRight: number,
  slope: number,
  locale: SecantWords,
): string {
  const n = (v: number) => texNumber(Number(v.toPrecision(8)));
  const xs = n(x);
  const hs = n(h);
  const general = method === "central" ? "\\frac{f(x+h) - f(x-h)}{2h}" : "\\frac{f(x+h) - f(x)}{h}";
  const withX =
    method === "central"
      ? `\\frac{f(${xs} + ${hs}) - f(${xs} - ${hs})}{2 \\cdot ${hs}}`
      : `\\frac{f(${xs} + ${hs}) - f(${xs})}{${hs}}`;
  if (!Number.isFinite(slope))
    return `${general} = ${withX} \\quad \\text{(${locale.labels.undefinedTeX})}`;
  // As many digits of f as the difference needs: at h = 10⁻¹² the two values agree in their
  // first 12 digits, and 8 digits would print "1 − 1" next to a slope of 2.0001778.
  const digits = digitsForDifference(fLeft, fRight);
  const v = (value: number) => texDigits(value, digits);
  const values = `\\frac{${v(fRight)} - ${fLeft < 0 ? `(${v(fLeft)})` : v(fLeft)}}{${method === "central" ? n(2 * h) : hs}}`;
  // Equal values with a gap: rounding in the computer ate every digit of the difference.
  const ate =
    fRight === fLeft && h > 0 ? ` \\quad \\text{(${locale.labels.roundingAteDifference})}` : "";
  return `${general} = ${withX} = ${values} \\approx ${n(slope)}${ate}`;
}

/**
 * Significant digits that show the difference of two values to 8 digits of its own: 8 plus the
 * leading digits the two values share (at most 40; a double's decimal expansion is exact).
 */
export function digitsForDifference(a: number, b: number): number {
  const size = Math.max(Math.abs(a), Math.abs(b));
  const gap = Math.abs(a - b);
  if (!(gap > 0) || !(size > 0)) return 8;
  return Math.min(40, 8 + Math.max(0, Math.ceil(Math.log10(size / gap))));
}

/** TeX of `value` with `digits` significant digits, trailing zeros dropped (`1.000000000002`). */
export function texDigits(value: number, digits: number): string {
  if (digits <= 8) return texNumber(Number(value.toPrecision(8)));
  const [mantissa = "", exponent] = value.toPrecision(digits).split("e");
  const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/u, "") : mantissa;
  return exponent === undefined ? trimmed : `${trimmed} \\times 10^{${Number(exponent)}}`;
}
